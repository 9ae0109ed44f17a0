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
#include "reports/statement_labels.h"

namespace hjt::cli {

namespace {

// Where the pace of the year so far leads: a repayment claim, a top-up or nothing.
std::string forecast_text(const ReconciliationForecast& f) {
    const std::string pace = " (tempo " + format_rate(f.pace) + " af de planlagte timer)";
    if (f.expected_balance > Money())
        return "; prognose ved uændret tempo: tilbagebetaling af " + format_kroner(f.expected_balance) +
               " (familien betaler tilbage)" + pace;
    if (f.expected_balance < Money())
        return "; prognose ved uændret tempo: efterbetaling af " + format_kroner(-f.expected_balance) +
               " (kommunen betaler familien)" + pace;
    return "; prognose ved uændret tempo: intet at betale" + pace;
}

std::string child_line(const store::StoredReconciliation& s) {
    const ChildReconciliation& r = s.figures;
    std::string text = "familie " + std::to_string(r.family_id) + " barn " + std::to_string(r.child_id) + " " +
                       r.child_name + " [" + reports::danish_label(s.status) + "]: timer " + format_hours(r.used_hours) +
                       " af " + format_hours(r.approved_hours) + "; støtteberettiget " + format_kroner(r.eligible) +
                       (r.capped ? " (loft)" : "") + ", modtaget " + format_kroner(r.received.total()) + ", saldo " +
                       format_kroner(r.balance) + " -> " + reports::danish_label(r.outcome);
    if (r.forecast) text += forecast_text(*r.forecast);
    if (r.uses_estimates) text += " [anslåede satser]";
    return text + "\n";
}

int run_reconcile(Context& ctx, const Args& args) {
    auto year = args.number("year");
    if (!year) throw UsageError("--year mangler");
    std::optional<Id> family = optional_family_option(ctx.database().session(), args);
    bool final = args.has("final");
    app::ReconcileReport report;
    auto progress = [&ctx](const std::string& stage, long long done, long long total) {
        ctx.progress(stage, done, total);
    };
    const app::User& actor = ctx.actor();
    // Thousands of families: the children's figures are listed only when asked
    // for one family or for the JSON; otherwise the counts and the balance.
    app::ReconcileOptions options;
    options.list_stored = family || ctx.json();
    ctx.database().in_transaction([&](soci::session& sql) {
        report = app::reconcile_year(sql, actor, static_cast<int>(*year), family, final,
                                     app::today_in_copenhagen(), progress, options);
    });

    std::string text;
    if (family)
        for (const auto& s : report.reconciliations) text += child_line(s);
    text += "årsopgørelse " + std::to_string(*year) + (final ? " gjort endelig" : " som kladde") + ": " +
            std::to_string(report.computed) + " børn beregnet, " + std::to_string(report.already_final) +
            " allerede endelige (uændret); saldo i alt " + format_kroner(report.balance) + "\n";
    if (final)
        text += std::to_string(report.families_closed) + " familier lukket, " + format_kroner(report.settlements) +
                " bogført på konti (negativt: tilbagebetalingskrav)\n";
    // The JSON of thousands of children is built only when asked for (--json).
    ctx.print(text, ctx.json() ? app::to_json(report) : Poco::JSON::Object::Ptr());
    return 0;
}

} // namespace

Command reconcile_command() {
    return {"reconcile", "--year ÅÅÅÅ [--family NØGLE|ID] [--final]",
            "Årsopgørelse pr. barn: bevilgede mod brugte timer, støtteberettiget, modtaget, saldo (kladde eller endelig)",
            "--year ÅÅÅÅ        kalenderåret\n"
            "--family NØGLE|ID  én familie (standard: alle familier, med fremdrift)\n"
            "--final            gør året endeligt: bogfør tilbagebetalingskrav og efterbetalinger på konti og\n"
            "                   luk året (ingen flere ændringer af vagter, udlæg eller udbetalinger). Året skal\n"
            "                   være slut; familier, der allerede er endelige, ændres ikke.\n"
            "Begge kræver en indlogget økonomibruger (hjt login).\n"
            "Et år, der ikke er slut, får en prognose: saldoen ved årets udgang, hvis tempoet fortsætter, og\n"
            "om den fører til tilbagebetaling eller efterbetaling.",
            {"year", "family"}, run_reconcile};
}

} // namespace hjt::cli
