// hjt expense show | decide: an expense (udlæg) with what is left of its
// category's budget, which the decider sees before deciding and again in the
// answer (issue 16): an approval beyond the budget needs a reason (--reason)
// and is flagged in the payout run; a rejection needs one too. The submitter
// may not decide its own expense (four eyes).
#include "app/entity_json.h"
#include "app/expense_budget.h"
#include "app/register_reads.h"
#include "app/register_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "reports/statement_labels.h"

namespace hjt::cli {

namespace {

// "budget 2026 for 'Kurser': 10.000,00 kr, godkendt indtil nu 2.000,00 kr, tilbage 8.000,00 kr"
std::string budget_text(const Expense& e, const app::ExpenseBudgetStatus& b) {
    if (!b.budget)
        return "budget " + std::to_string(b.year) + " for '" + e.category +
               "': bevillingen har intet budget for kategorien (godkendt indtil nu " + format_kroner(b.approved) + ")";
    std::string text = "budget " + std::to_string(b.year) + " for '" + e.category + "': " + format_kroner(*b.budget) +
                       ", godkendt indtil nu " + format_kroner(b.approved) + ", tilbage " + format_kroner(*b.remaining);
    if (b.over_budget && e.status == ExpenseStatus::submitted)
        text += "\nOVER BUDGET: " + format_kroner(e.amount) + " er mere end det, der er tilbage; godkendelse kræver --reason";
    return text;
}

std::string expense_text(const Expense& e) {
    std::string text = "udlæg " + std::to_string(e.id) + ": " + format_kroner(e.amount) + ", " + e.category + ", " +
                       format_danish_date(e.date) + ", bilag " + e.document_ref + ", indsendt af " +
                       (e.submitted_by.empty() ? "-" : e.submitted_by) + ", " + reports::danish_label(e.status);
    if (!e.decided_by.empty()) text += " af " + e.decided_by;
    if (!e.reject_reason.empty()) text += " (begrundelse: " + e.reject_reason + ")";
    if (!e.over_budget_reason.empty()) text += " (over budget: " + e.over_budget_reason + ")";
    return text;
}

void print_expense(Context& ctx, soci::session& sql, const Expense& e) {
    app::ExpenseBudgetStatus budget = app::expense_budget_status(sql, e);
    auto data = app::to_json(e);
    data->set("budget", app::to_json(budget));
    ctx.print(expense_text(e) + "\n" + budget_text(e, budget), data);
}

int run_expense_show(Context& ctx, const Args& args) {
    const Id id = id_option(args, "expense");
    soci::session& sql = ctx.database().session();
    auto expense = app::find_expense(sql, id);
    if (!expense) throw NotFound(Message{MessageCode::expense_not_found, {std::to_string(id)}});
    ctx.actor_who_may(app::Operation::read_own_family, expense->family_id);
    print_expense(ctx, sql, *expense);
    return 0;
}

int run_decide(Context& ctx, const Args& args) {
    const Id id = id_option(args, "expense");
    if (args.has("approve") == args.has("reject")) throw UsageError("angiv enten --approve eller --reject");
    const ExpenseStatus status = args.has("approve") ? ExpenseStatus::approved : ExpenseStatus::rejected;
    const std::string reason = args.optional("reason").value_or("");
    const app::User& actor = ctx.actor();
    Expense decided;
    ctx.database().in_transaction(
        [&](soci::session& sql) { decided = app::decide_expense(sql, actor, id, status, reason); });
    print_expense(ctx, ctx.database().session(), decided);
    return 0;
}

constexpr const char* kBudgetHelp =
    "Viser kategoriens årsbudget i barnets bevilling, hvad der er godkendt af det indtil nu\n"
    "(barnets andre udlæg i kategorien og året), og hvad der er tilbage.";

} // namespace

Command expense_show_command() {
    return {"expense show", "--expense ID", "Vis et udlæg med kategoriens budget: budget, godkendt indtil nu, tilbage",
            std::string("--expense ID   udlægget\n") + kBudgetHelp,
            {"expense"},
            run_expense_show};
}

Command expense_decide_command() {
    return {"expense decide", "--expense ID (--approve | --reject) [--reason TEKST]",
            "Godkend eller afvis et indsendt udlæg med kategoriens budget for øje (fire øjne: ikke den, der indsendte)",
            std::string("--expense ID    udlægget\n"
                        "--approve       godkend det; ud over det resterende budget kun med --reason (markeres i kørslen)\n"
                        "--reject        afvis det (kræver --reason)\n"
                        "--reason TEKST  hvorfor: skal angives ved afvisning og ved godkendelse over budget\n") +
                kBudgetHelp + " Kør 'hjt expense show' først for at se det, før du beslutter.",
            {"expense", "reason"},
            run_decide};
}

} // namespace hjt::cli
