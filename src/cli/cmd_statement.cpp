// hjt statement | statements: the family's annual hour statement (årsopgørelse)
// as xlsx, one family or all with finance's overview (domain.md §7).
#include <Poco/JSON/Array.h>

#include "app/payout_export.h"
#include "app/statement_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/local_time.h"

namespace hjt::cli {

namespace {

Poco::JSON::Object::Ptr to_json(const reports::FinanceOverviewRow& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", r.family_id);
    o->set("children", r.children);
    o->set("received", r.received.ore());
    o->set("eligible", r.eligible.ore());
    o->set("balance", r.balance.ore());
    o->set("repayment_claims", r.repayment_claims.ore());
    o->set("top_ups", r.top_ups.ore());
    o->set("next_step", r.next_step);
    o->set("status", r.status);
    o->set("uses_estimates", r.uses_estimates);
    o->set("file", r.file);
    return o;
}

std::string summary_line(const reports::FinanceOverviewRow& r) {
    return "familie " + std::to_string(r.family_id) + " " + r.family_name + ": modtaget " + format_kroner(r.received) +
           ", støtteberettiget " + format_kroner(r.eligible) + ", saldo " + format_kroner(r.balance) + " (" +
           r.next_step + "; " + r.status + ")";
}

int run_statement(Context& ctx, const Args& args) {
    const Id family = family_option(ctx.database().session(), args);
    const int year = year_option(args);
    const std::string& out = args.required("out");
    ctx.actor_who_may(app::Operation::read_own_family, family);
    const Date today = app::today_in_copenhagen();
    auto statement = app::annual_statement(ctx.database().session(), family, year, today);
    app::add_decision(statement, app::load_letter_settings(ctx.settings().config_dir), today);
    reports::write_annual_statement(out, statement);
    const auto row = reports::overview_row(statement, out);
    auto data = to_json(row);
    data->set("year", year);
    // When each child's figures were computed: a stale stored draft is recomputed for the statement.
    std::string computed;
    Poco::JSON::Array::Ptr children = new Poco::JSON::Array;
    for (const auto& c : statement.children) {
        computed += "\n" + c.figures.child_name + ": tallene er beregnet " + danish_local_time(c.computed_at) +
                    (c.stale_draft_computed_at.empty()
                         ? ""
                         : " (den gemte kladde fra " + danish_local_time(c.stale_draft_computed_at) +
                               " er ældre end senere ændringer; kør 'hjt reconcile' for at gemme friske tal)");
        Poco::JSON::Object::Ptr child = new Poco::JSON::Object;
        child->set("child_id", c.figures.child_id);
        child->set("computed_at", c.computed_at);
        child->set("stale_draft_computed_at",
                   c.stale_draft_computed_at.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(c.stale_draft_computed_at));
        children->add(child);
    }
    data->set("children_computed", children);
    ctx.print("årsopgørelse " + std::to_string(year) + " for " + summary_line(row) + computed + "\nskrev " + out, data);
    return 0;
}

int run_statements(Context& ctx, const Args& args) {
    const int year = year_option(args);
    const std::string& dir = args.required("out");
    ctx.actor_who_may(app::Operation::read_across_families);
    auto progress = [&](const std::string& what, long long done, long long total) { ctx.progress(what, done, total); };
    // The families are listed only for --json: a municipality's thousands of
    // rows are not held for the text, which gives the count and totals.
    Poco::JSON::Array::Ptr families = new Poco::JSON::Array;
    app::EachStatement each;
    if (ctx.json()) each = [&](const reports::FinanceOverviewRow& r) { families->add(to_json(r)); };
    const auto report = app::write_all_statements(ctx.database().session(), year, app::today_in_copenhagen(), dir,
                                                  app::load_letter_settings(ctx.settings().config_dir), progress, each);
    const auto& totals = report.totals;
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("year", year);
    data->set("statements", families);
    data->set("overview_file", report.overview_file);
    data->set("received", totals.received.ore());
    data->set("eligible", totals.eligible.ore());
    data->set("balance", totals.balance.ore());
    ctx.print("skrev " + std::to_string(totals.families) + " årsopgørelser for " + std::to_string(year) + " i " + dir +
                  " og oversigten " + report.overview_file + "\nmodtaget " + format_kroner(totals.received) +
                  ", støtteberettiget " + format_kroner(totals.eligible) + ", saldo " + format_kroner(totals.balance),
              data);
    return 0;
}

} // namespace

Command statement_command() {
    return {"statement", "--family NØGLE|ID --year ÅÅÅÅ --out FIL.xlsx",
            "Skriv en families årsopgørelse over timer og beløb",
            "--family NØGLE|ID   familien\n"
            "--year ÅÅÅÅ   kalenderåret: den endelige årsopgørelse eller kladden, eller, er året ikke\n"
            "              opgjort endnu, tallene indtil nu med prognosen\n"
            "--out FIL     xlsx-filen der skrives",
            {"family", "year", "out"},
            run_statement};
}

Command statements_command() {
    return {"statements", "--year ÅÅÅÅ --out MAPPE",
            "Skriv alle familiers årsopgørelser og økonomis oversigt over året",
            "--year ÅÅÅÅ   kalenderåret\n"
            "--out MAPPE   mappe til aarsopgoerelse-<familie>-<år>.xlsx og aarsopgoerelser-<år>-oversigt.xlsx",
            {"year", "out"},
            run_statements};
}

} // namespace hjt::cli
