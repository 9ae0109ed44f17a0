// hjt policy show | set: the municipal policy as dated, audited changes
// (issue 19, app/policy_service.h). Year-long settings change from 1 January,
// monthly ones from the first of a month; each change needs a reason.
#include "app/payout_export.h"
#include "app/policy_json.h"
#include "app/policy_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"

namespace hjt::cli {

namespace {

// "fra 01-01-2027 (økonomi1: Byrådets budget 2027)"
std::string since_text(const std::optional<PolicyChange>& c) {
    if (!c) return "fra hjt init";
    return "fra " + format_danish_date(c->valid_from) + " (" + c->set_by + ": " + c->reason + ")";
}

int run_policy_show(Context& ctx, const Args& args) {
    const Date on = typed_option<Date>(args, "on", parse_typed_date, app::today_in_copenhagen());
    const auto view = app::show_policy(ctx.database().session(), ctx.actor(), on);
    std::string text = "kommunens politik den " + format_danish_date(on) + ":";
    for (const auto& s : view.settings)
        text += "\n  " + s.name + " = " + s.value + "  " + since_text(s.since);
    int coming = 0;
    for (const auto& c : view.changes) coming += c.valid_from > on ? 1 : 0;
    if (coming > 0) text += "\n" + std::to_string(coming) + " ændring(er) gælder senere; se --json";
    ctx.print(text, app::to_json(view));
    return 0;
}

int run_set(Context& ctx, const Args& args) {
    PolicyChange change;
    change.name = args.required("name");
    change.value = args.required("value");
    change.valid_from = typed_option<Date>(args, "from", parse_typed_date);
    change.reason = args.required("reason");
    const app::User& actor = ctx.actor();
    ctx.database().in_transaction([&](soci::session& sql) { change = app::change_policy(sql, actor, change); });
    ctx.print("politikken ændret: " + change.name + " = " + change.value + " " + since_text(change),
              app::to_json(change));
    return 0;
}

} // namespace

Command policy_show_command() {
    return {"policy show", "[--on DATO]", "Vis kommunens politik, som den gælder på en dag, og hvor hver værdi kommer fra",
            "--on DATO   dagen (dd-mm-åååå eller åååå-mm-dd; i dag, når den udelades)", {"on"}, run_policy_show};
}

Command policy_set_command() {
    return {"policy set", "--name NØGLE --value TEKST --from DATO --reason TEKST",
            "Ændr en politikindstilling fra en dato; en ny post med revisionsspor, aldrig en rettelse (økonomi)",
            "--name NØGLE    en nøgle i config/policy.properties, fx employer_oncost_per_hour.2027\n"
            "--value TEKST   dens værdi, som den skrives dér, fx 6,50 eller true eller 07:00\n"
            "--from DATO     første dag den gælder: 1. januar for indstillinger for et helt år (tidsrum,\n"
            "                helligdage, årsopgørelse, lønafrunding og -indkomst, arbejdsgiverudgift, tillæg\n"
            "                til tabt arbejdsfortjeneste), den første i en måned for payroll.service, claims.*\n"
            "                og expenses.excluded_categories\n"
            "--reason TEKST  hvorfor (fx byrådets beslutning); vises med værdien og i revisionssporet",
            {"name", "value", "from", "reason"},
            run_set};
}

} // namespace hjt::cli
