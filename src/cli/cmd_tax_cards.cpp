// hjt tax-cards list | add | import: helpers' tax cards with history (issue
// 23, domain/tax_cards.h). The family, as employer, registers each card it
// gets; each payslip then uses the card in force for its month and says which.
#include <Poco/JSON/Array.h>

#include "app/register_reads.h"
#include "app/tax_card_json.h"
#include "app/tax_card_service.h"
#include "cli/commands.h"
#include "cli/input_file.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

// "Frikort fra 01-01-2026: trækprocent 38 %, frikortbeløb 10.000,00 kr (registreret af familie1)"
std::string card_line(const DatedTaxCard& c) {
    std::string text = std::to_string(c.id) + ": " + danish_label(c.kind) + " fra " + format_danish_date(c.valid_from) +
                       ": trækprocent " + format_rate(c.withholding);
    if (c.kind == TaxCardKind::main) text += ", månedsfradrag " + format_kroner(c.monthly_deduction);
    if (c.kind == TaxCardKind::free) text += ", frikortbeløb " + format_kroner(c.free_amount);
    return text + " (registreret af " + c.registered_by + ")";
}

Poco::JSON::Object::Ptr items_of(const std::vector<DatedTaxCard>& cards) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& c : cards) items->add(app::to_json(c));
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("items", items);
    return data;
}

Helper helper_option(soci::session& sql, const Args& args) {
    const std::string& reference = args.required("helper");
    auto helper = app::find_helper_by_reference(sql, reference);
    if (!helper) throw NotFound("hjælper " + reference + " findes ikke");
    return *helper;
}

int run_list(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    soci::session& sql = ctx.database().session();
    const Helper helper = helper_option(sql, args);
    const auto cards = app::list_tax_cards(sql, actor, helper.id);
    std::string text = "skattekort for " + helper.name + " (hjælper " + std::to_string(helper.id) + "):";
    if (cards.empty()) text += "\n  ingen daterede; lønsedlerne bruger kortet registreret med hjælperen";
    for (const auto& c : cards) text += "\n  " + card_line(c);
    ctx.print(text, items_of(cards));
    return 0;
}

TaxCardKind kind_option(const Args& args) {
    const std::string& text = args.required("kind");
    auto kind = parse_code<TaxCardKind>(text);
    if (!kind) throw UsageError("--kind skal være hovedkort, bikort eller frikort, ikke '" + text + "'");
    return *kind;
}

int run_add(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    DatedTaxCard card;
    card.kind = kind_option(args);
    card.valid_from = typed_option<Date>(args, "from", parse_typed_date);
    card.withholding = typed_option<Rate>(args, "rate", parse_rate);
    card.monthly_deduction = typed_option<Money>(args, "deduction", parse_amount, Money{});
    card.free_amount = typed_option<Money>(args, "free-amount", parse_amount, Money{});
    ctx.database().in_transaction([&](soci::session& sql) {
        card.helper_id = helper_option(sql, args).id;
        card = app::register_tax_card(sql, actor, card);
    });
    ctx.print("skattekort registreret: " + card_line(card), app::to_json(card));
    return 0;
}

int run_import(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("angiv præcis én fil at indlæse");
    const std::string& path = args.positional[0];
    const app::User& actor = ctx.actor();
    const std::string text = read_file(path, ctx.settings().max_import_bytes);
    std::vector<DatedTaxCard> cards;
    ctx.database().in_transaction(
        [&](soci::session& sql) { cards = app::import_tax_cards(sql, actor, text, path); });
    std::string out = std::to_string(cards.size()) + " skattekort indlæst fra " + path + ":";
    for (const auto& c : cards) out += "\n  hjælper " + std::to_string(c.helper_id) + ": " + card_line(c);
    ctx.print(out, items_of(cards));
    return 0;
}

constexpr const char* kKinds =
    "hovedkort: trækprocent and monthly fradrag; bikort: trækprocent, no fradrag; frikort: an amount\n"
    "free of A-skat (AM-bidrag is still withheld), then the trækprocent. A card holds from the month\n"
    "whose last day is on or after its first day, within its income year, until a later card; months\n"
    "without one use the card registered with the helper. Cards are never edited: register a new one.";

} // namespace

Command tax_cards_list_command() {
    return {"tax-cards list", "--helper KEY|ID", "List a helper's dated tax cards (skattekort)",
            std::string("--helper KEY|ID  the helper: its import key (H001) or id\n") + kKinds, {"helper"}, run_list};
}

Command tax_cards_add_command() {
    return {"tax-cards add",
            "--helper KEY|ID --kind hovedkort|bikort|frikort --from DATE --rate PCT [--deduction KR] [--free-amount KR]",
            "Register a helper's new tax card from a date (the family as employer)",
            std::string("--helper KEY|ID     the helper: its import key (H001) or id\n"
                        "--kind KIND         hovedkort, bikort or frikort\n"
                        "--from DATE         the first day it holds (dd-mm-yyyy or yyyy-mm-dd)\n"
                        "--rate PCT          trækprocent, e.g. 38 or 38,5\n"
                        "--deduction KR      a hovedkort's månedsfradrag, e.g. 4.000,00\n"
                        "--free-amount KR    a frikort's amount left when it takes effect, e.g. 10.000,00\n") +
                kKinds,
            {"helper", "kind", "from", "rate", "deduction", "free-amount"},
            run_add};
}

Command tax_cards_import_command() {
    return {"tax-cards import", "FILE", "Load helpers' tax cards from a CSV file, all or nothing",
            std::string("FILE: ';' separated, UTF-8, header hjælper;skattekort;gælder_fra;trækprocent and optional\n"
                        "månedsfradrag;frikortbeløb; hjælper is the helper's import key or id. Every bad line is\n"
                        "listed and nothing is stored. Example: sample-data/tax-cards.csv.\n") +
                kKinds,
            {},
            run_import};
}

} // namespace hjt::cli
