// hjt reconcile --year YYYY [--family KEY|ID] [--final]: the annual reconciliation
// (domain.md §7), both by a signed-in finance user. A draft recomputes
// freely; --final (the year over) posts each child's repayment claim or top-up to
// the family's ledger and closes the family's year.
#include "app/payout_export.h"
#include "app/reconciliation_json.h"
#include "app/reconciliation_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

constexpr const char* kOutcomeText[] = {"0", "repayment claim", "top-up", "top-up not paid (policy)"};

std::string child_line(const store::StoredReconciliation& s) {
    const ChildReconciliation& r = s.figures;
    std::string text = "family " + std::to_string(r.family_id) + " child " + std::to_string(r.child_id) + " " +
                       r.child_name + " [" + to_string(s.status) + "]: hours " + format_hours(r.used_hours) + " of " +
                       format_hours(r.approved_hours) + "; eligible " + format_kroner(r.eligible) +
                       (r.capped ? " (cap)" : "") + ", received " + format_kroner(r.received.total()) +
                       ", balance " + format_kroner(r.balance) + " -> " +
                       kOutcomeText[static_cast<int>(r.outcome)];
    if (r.forecast)
        text += "; forecast " + format_kroner(r.forecast->expected_balance) + " at this pace (" +
                format_rate(r.forecast->pace) + " of planned hours)";
    if (r.uses_estimates) text += " [estimated rates]";
    return text + "\n";
}

int run_reconcile(Context& ctx, const Args& args) {
    auto year = args.number("year");
    if (!year) throw UsageError("missing option --year");
    std::optional<Id> family = optional_family_option(ctx.database().session(), args);
    bool final = args.has("final");
    app::ReconcileReport report;
    auto progress = [&ctx](const std::string& stage, long long done, long long total) {
        ctx.progress(stage, done, total);
    };
    const app::User& actor = ctx.actor();
    ctx.database().in_transaction([&](soci::session& sql) {
        report = app::reconcile_year(sql, actor, static_cast<int>(*year), family, final,
                                     app::today_in_copenhagen(), progress);
    });

    std::string text;
    Money balance;
    for (const auto& s : report.reconciliations) {
        // Thousands of families: one line each only when asked for one family.
        if (family) text += child_line(s);
        balance += s.figures.balance;
    }
    text += "reconciliation " + std::to_string(*year) + (final ? " made final" : " drafted") + ": " +
            std::to_string(report.computed) + " children computed, " + std::to_string(report.already_final) +
            " already final (unchanged); balance in all " + format_kroner(balance) + "\n";
    if (final)
        text += std::to_string(report.families_closed) + " families closed, " + format_kroner(report.settlements) +
                " posted to the ledgers (negative: repayment claims)\n";
    // The JSON of thousands of children is built only when asked for (--json).
    ctx.print(text, ctx.json() ? app::to_json(report) : Poco::JSON::Object::Ptr());
    return 0;
}

} // namespace

Command reconcile_command() {
    return {"reconcile", "--year YYYY [--family KEY|ID] [--final]",
            "Reconcile a year per child: approved vs used hours, eligible, received, balance (draft or final)",
            "--year YYYY    the calendar year\n"
            "--family KEY|ID    one family (default: every family, with progress)\n"
            "--final        make the year final: post repayment claims / top-ups to the ledgers and close the\n"
            "               year (no more shift, expense or payout changes). Needs the year to be over;\n"
            "               families already final are left unchanged.\n"
            "Both need a signed-in finance user (hjt login).\n"
            "A year still open gets a forecast: the balance at year end if the pace of hours continues.",
            {"year", "family"}, run_reconcile};
}

} // namespace hjt::cli
