// hjt claims import-camt FILE | receipts | assign: payments received from the
// bank (camt.054), matched to claims; the rest assigned by hand (finance).
#include <Poco/JSON/Array.h>

#include "app/claims_json.h"
#include "app/claims_receipts.h"
#include "cli/claims_text.h"
#include "cli/commands.h"
#include "cli/file_input.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_import_camt(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("angiv præcis én camt.054-fil");
    const std::string& path = args.positional[0];
    const std::string xml = read_input_file(path, ctx.settings().max_import_bytes);
    const app::User& actor = ctx.actor();
    app::CamtImport r;
    ctx.database().in_transaction([&](soci::session& sql) {
        r = app::import_camt(sql, actor, xml, path, date_option(args, "date"));
    });
    std::string text = "indlæst " + path + " (MsgId " + r.message_id + "): " + std::to_string(r.receipts) +
                       " indbetalinger, " + format_kroner(r.total) + "; " + std::to_string(r.matched) +
                       " matchet til krav (" + format_kroner(r.settled) + "), ufordelt " +
                       format_kroner(r.unassigned) + "; " + std::to_string(r.left_out) +
                       " poster udeladt (debet eller ikke bogført)\n";
    ctx.print(text, app::to_json(r));
    return 0;
}

int run_receipts(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    std::vector<Receipt> receipts;
    ctx.database().in_transaction([&](soci::session& sql) {
        receipts = app::list_receipts(sql, actor, !args.has("all"));
    });
    std::string text;
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& r : receipts) {
        text += "indbetaling " + std::to_string(r.id) + "  " + format_danish_date(r.payment.booked) + "  " +
                format_kroner(r.payment.amount) + ", ufordelt " + format_kroner(r.left()) + "  " +
                r.payment.payer_name + "  '" + r.payment.reference + "'  (" + r.payment.entry_ref + ")\n";
        list->add(app::to_json(r));
    }
    text += std::to_string(receipts.size()) + " indbetalinger\n";
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("receipts", list);
    ctx.print(text, o);
    return 0;
}

int run_assign(Context& ctx, const Args& args) {
    Id receipt = id_option(args, "receipt");
    Id claim = id_option(args, "claim");
    std::optional<Money> amount = amount_option(args, "amount");
    const app::User& actor = ctx.actor();
    app::ClaimView view;
    ctx.database().in_transaction([&](soci::session& sql) {
        view = app::assign_receipt(sql, actor, receipt, claim, amount, date_option(args, "date"));
    });
    ctx.print("indbetaling " + std::to_string(receipt) + " fordelt: " + claim_line(view), app::to_json(view));
    return 0;
}

} // namespace

Command claims_import_camt_command() {
    return {"claims import-camt", "FIL [--date DATO]",
            "Indlæs bankens camt.054 med indbetalinger; match til krav, resten til manuel fordeling",
            "FIL           en ISO 20022 camt.054-advisering (001.02-001.08); afvises helt, hvis den er fejlbehæftet,\n"
            "              og når filen eller en af dens poster er indlæst før\n"
            "--date DATO   dagen kravenes tilstand opgøres på, dd-mm-åååå (standard i dag)",
            {"date"}, run_import_camt};
}

Command claims_receipts_command() {
    return {"claims receipts", "[--all]", "Indbetalinger med ufordelt beløb (--all: alle)",
            "--all         alle indbetalinger, også de helt fordelte", {}, run_receipts};
}

Command claims_assign_command() {
    return {"claims assign", "--receipt ID --claim ID [--amount KR]",
            "Fordel en indbetaling til et krav (højst det der er tilbage af begge)",
            "--receipt ID  indbetalingen (hjt claims receipts)\n--claim ID    kravet\n"
            "--amount KR   en del af den (standard: så meget som begge tillader)",
            {"receipt", "claim", "amount", "date"}, run_assign};
}

} // namespace hjt::cli
