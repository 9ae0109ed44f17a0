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

namespace hjt::cli {

namespace {

// "budget 2026 for 'Kurser': 10.000,00 kr, approved so far 2.000,00 kr, remaining 8.000,00 kr"
std::string budget_text(const Expense& e, const app::ExpenseBudgetStatus& b) {
    if (!b.budget)
        return "budget " + std::to_string(b.year) + " for '" + e.category + "': none in the grant (approved so far " +
               format_kroner(b.approved) + ")";
    std::string text = "budget " + std::to_string(b.year) + " for '" + e.category + "': " + format_kroner(*b.budget) +
                       ", approved so far " + format_kroner(b.approved) + ", remaining " + format_kroner(*b.remaining);
    if (b.over_budget && e.status == ExpenseStatus::submitted)
        text += "\nOVER BUDGET: " + format_kroner(e.amount) + " is more than what remains; approving needs --reason";
    return text;
}

std::string expense_text(const Expense& e) {
    std::string text = "expense " + std::to_string(e.id) + ": " + format_kroner(e.amount) + ", " + e.category + ", " +
                       format_danish_date(e.date) + ", document " + e.document_ref + ", submitted by " +
                       (e.submitted_by.empty() ? "-" : e.submitted_by) + ", " + to_string(e.status);
    if (!e.decided_by.empty()) text += " by " + e.decided_by;
    if (!e.reject_reason.empty()) text += " (reason: " + e.reject_reason + ")";
    if (!e.over_budget_reason.empty()) text += " (over budget: " + e.over_budget_reason + ")";
    return text;
}

void print_expense(Context& ctx, soci::session& sql, const Expense& e) {
    app::ExpenseBudgetStatus budget = app::expense_budget_status(sql, e);
    auto data = app::to_json(e);
    data->set("budget", app::to_json(budget));
    ctx.print(expense_text(e) + "\n" + budget_text(e, budget), data);
}

int run_show(Context& ctx, const Args& args) {
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
    if (args.has("approve") == args.has("reject")) throw UsageError("give either --approve or --reject");
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
    "Shows the category's yearly budget in the child's grant, what is approved of it so far\n"
    "(other expenses of the child, category and year) and what remains.";

} // namespace

Command expense_show_command() {
    return {"expense show", "--expense ID", "Show an expense with its category's budget: budget, approved so far, remaining",
            std::string("--expense ID   the expense\n") + kBudgetHelp,
            {"expense"},
            run_show};
}

Command expense_decide_command() {
    return {"expense decide", "--expense ID (--approve | --reject) [--reason TEXT]",
            "Approve or reject a submitted expense, seeing its category's budget (four eyes: not the submitter)",
            std::string("--expense ID    the expense\n"
                        "--approve       approve it; beyond the remaining budget only with --reason (flagged in the run)\n"
                        "--reject        reject it (needs --reason)\n"
                        "--reason TEXT   why: required for a rejection and for an approval over budget\n") +
                kBudgetHelp + " Run 'hjt expense show' first to see it before deciding.",
            {"expense", "reason"},
            run_decide};
}

} // namespace hjt::cli
