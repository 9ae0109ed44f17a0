// hjt tax-cards list | add | import: helpers' tax cards with history (issue
// 23, domain/tax_cards.h). The family, as employer, registers each card it
// gets; each payslip then uses the card in force for its month and says which.
#include <Poco/JSON/Array.h>

#include "app/register_reads.h"
#include "app/tax_card_json.h"
#include "app/tax_card_service.h"
#include "cli/commands.h"
#include "cli/file_input.h"
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

Helper helper_named(soci::session& sql, const Args& args) { return *app::find_helper(sql, helper_option(sql, args)); }

int run_tax_cards_list(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    soci::session& sql = ctx.database().session();
    const Helper helper = helper_named(sql, args);
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

int run_tax_cards_add(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    DatedTaxCard card;
    card.kind = kind_option(args);
    card.valid_from = typed_option<Date>(args, "from", parse_typed_date);
    card.withholding = typed_option<Rate>(args, "rate", parse_rate);
    card.monthly_deduction = typed_option<Money>(args, "deduction", parse_amount, Money{});
    card.free_amount = typed_option<Money>(args, "free-amount", parse_amount, Money{});
    ctx.database().in_transaction([&](soci::session& sql) {
        card.helper_id = helper_option(sql, args);
        card = app::register_tax_card(sql, actor, card);
    });
    ctx.print("skattekort registreret: " + card_line(card), app::to_json(card));
    return 0;
}

int run_tax_cards_import(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("angiv præcis én fil at indlæse");
    const std::string& path = args.positional[0];
    const app::User& actor = ctx.actor();
    const std::string text = read_input_file(path, ctx.settings().max_import_bytes);
    std::vector<DatedTaxCard> cards;
    ctx.database().in_transaction(
        [&](soci::session& sql) { cards = app::import_tax_cards(sql, actor, text, path); });
    std::string out = std::to_string(cards.size()) + " skattekort indlæst fra " + path + ":";
    for (const auto& c : cards) out += "\n  hjælper " + std::to_string(c.helper_id) + ": " + card_line(c);
    ctx.print(out, items_of(cards));
    return 0;
}

constexpr const char* kKinds =
    "hovedkort: trækprocent og månedsfradrag; bikort: trækprocent, intet fradrag; frikort: et beløb\n"
    "fri for A-skat (AM-bidrag indeholdes stadig), derefter trækprocenten. Et kort gælder fra den måned,\n"
    "hvis sidste dag er på eller efter kortets første dag, inden for dets indkomstår, til et senere kort;\n"
    "måneder uden kort bruger kortet registreret med hjælperen. Kort rettes aldrig: registrér et nyt.";

} // namespace

Command tax_cards_list_command() {
    return {"tax-cards list", "--helper NØGLE|ID", "Vis en hjælpers daterede skattekort",
            std::string("--helper NØGLE|ID   hjælperen: dens importnøgle (H001) eller id\n") + kKinds, {"helper"}, run_tax_cards_list};
}

Command tax_cards_add_command() {
    return {"tax-cards add",
            "--helper NØGLE|ID --kind hovedkort|bikort|frikort --from DATO --rate PCT [--deduction KR] [--free-amount KR]",
            "Registrér en hjælpers nye skattekort fra en dato (familien som arbejdsgiver)",
            std::string("--helper NØGLE|ID   hjælperen: dens importnøgle (H001) eller id\n"
                        "--kind ART          hovedkort, bikort eller frikort\n"
                        "--from DATO         første dag det gælder (dd-mm-åååå eller åååå-mm-dd)\n"
                        "--rate PCT          trækprocent, fx 38 eller 38,5\n"
                        "--deduction KR      et hovedkorts månedsfradrag, fx 4.000,00\n"
                        "--free-amount KR    et frikorts resterende beløb, når det træder i kraft, fx 10.000,00\n") +
                kKinds,
            {"helper", "kind", "from", "rate", "deduction", "free-amount"},
            run_tax_cards_add};
}

Command tax_cards_import_command() {
    return {"tax-cards import", "FIL", "Indlæs hjælperes skattekort fra en CSV-fil, alt eller intet",
            std::string("FIL: adskilt med ';', UTF-8, overskrift hjælper;skattekort;gælder_fra;trækprocent og valgfri\n"
                        "månedsfradrag;frikortbeløb; hjælper er hjælperens importnøgle eller id. Hver fejlbehæftet\n"
                        "linje nævnes, og intet gemmes. Eksempel: sample-data/skattekort.csv.\n") +
                kKinds,
            {},
            run_tax_cards_import};
}

} // namespace hjt::cli
