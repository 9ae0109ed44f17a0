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

int run_show(Context& ctx, const Args& args) {
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
    return {"policy show", "[--on DATE]", "Show the municipal policy in force on a day, and where each value comes from",
            "--on DATE   the day (dd-mm-yyyy or yyyy-mm-dd; today when absent)", {"on"}, run_show};
}

Command policy_set_command() {
    return {"policy set", "--name KEY --value TEXT --from DATE --reason TEXT",
            "Change a policy setting from a date; a new audited record, never an edit (finance)",
            "--name KEY      a key of config/policy.properties, e.g. employer_oncost_per_hour.2027\n"
            "--value TEXT    its value as written there, e.g. 6,50 or true or 07:00\n"
            "--from DATE     the first day it holds: 1 January for year-long settings (window, holidays,\n"
            "                reconciliation, payroll rounding and income, on-cost, lost-earnings supplement),\n"
            "                the first of a month for payroll.service, claims.* and expenses.excluded_categories\n"
            "--reason TEXT   why (e.g. the council's decision); shown with the value and in the audit trail",
            {"name", "value", "from", "reason"},
            run_set};
}

} // namespace hjt::cli
