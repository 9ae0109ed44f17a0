// hjt claims list|show: repayment claims with their state, balance and how to
// pay (the FI payment line). Finance sees all; a family user its own.
#include <Poco/JSON/Array.h>

#include "app/claims_json.h"
#include "app/claims_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "cli/claims_text.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/payment_reference.h"

namespace hjt::cli {

namespace {

int run_claims_list(Context& ctx, const Args& args) {
    const std::optional<Id> family = optional_family_option(ctx.database().session(), args);
    const app::User& actor = ctx.actor();
    std::vector<app::ClaimView> claims;
    ctx.database().in_transaction([&](soci::session& sql) {
        claims = app::list_claims(sql, actor, family, date_option(args, "date"));
    });
    std::string text;
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& c : claims) {
        text += claim_line(c);
        list->add(app::to_json(c));
    }
    text += std::to_string(claims.size()) + (claims.size() == 1 ? " krav\n" : " krav i alt\n");
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("claims", list);
    ctx.print(text, o);
    return 0;
}

int run_claims_show(Context& ctx, const Args& args) {
    Id id = id_option(args, "claim");
    const app::User& actor = ctx.actor();
    app::ClaimView view;
    ctx.database().in_transaction([&](soci::session& sql) {
        view = app::show_claim(sql, actor, id, date_option(args, "date"));
    });
    const std::string line = fi_payment_line(view.claim.payment_id, app::load_fi_creditor(ctx.settings().config_dir));
    std::string text = claim_line(view) + "Betales med indbetalingskort: " + line + "\n";
    for (const auto& e : view.claim.events)
        text += "  " + format_danish_date(e.date) + "  " + danish_label(e.kind) + std::string("  ") + format_kroner(e.amount) +
                (e.note.empty() ? "" : "  " + e.note) + "  (" + e.recorded_by + ")\n";
    Poco::JSON::Object::Ptr o = app::to_json(view);
    o->set("payment_line", line);
    ctx.print(text, o);
    return 0;
}

const char* kDateHelp = "--date DATO   dagen tilstanden opgøres på, dd-mm-åååå (standard: i dag, dansk tid)\n";

} // namespace

Command claims_list_command() {
    return {"claims list", "[--family NØGLE|ID] [--date DATO]",
            "Tilbagebetalingskrav med tilstand og restgæld (økonomi: alle; familie: egne)",
            std::string("--family NØGLE|ID   én families krav: dens importnøgle (F001) eller id\n") + kDateHelp, {"family", "date"}, run_claims_list};
}

Command claims_show_command() {
    return {"claims show", "--claim ID [--date DATO]",
            "Et krav: beløb, forfald, hændelser og betalingslinjen (+71<...)",
            std::string("--claim ID    kravet\n") + kDateHelp, {"claim", "date"}, run_claims_show};
}

} // namespace hjt::cli
