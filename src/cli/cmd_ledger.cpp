// hjt ledger --family KEY|ID: every posting on the family's account and the
// balance, then what is owed: lines held back by approved runs, not paid yet.
#include "app/payout_json.h"
#include "app/payout_service.h"
#include "app/register_reads.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_ledger(Context& ctx, const Args& args) {
    soci::session& sql = ctx.database().session();
    const std::optional<Id> family_id = family_option(sql, args);
    ctx.actor_who_may(app::Operation::read_own_family, *family_id);
    auto family = app::find_family(sql, *family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(*family_id)}});
    const auto [postings, owed] = app::family_ledger(sql, *family_id);

    std::string text = "ledger of family " + std::to_string(family->id) + " " + family->name + "\n";
    for (const auto& p : postings) {
        std::string run = p.run_month ? "run " + iso(*p.run_month) : "";
        std::string amount = format_amount(p.amount);
        text += p.posted_at.substr(0, 10) + "  " + run + "  " + iso(p.month_concerned) + "  " + p.kind +
                std::string(p.kind.size() < 11 ? 11 - p.kind.size() : 1, ' ') +
                std::string(amount.size() < 14 ? 14 - amount.size() : 1, ' ') + amount + "  " + p.description + "\n";
    }
    text += "balance " + format_kroner(balance(postings)) + " (" + std::to_string(postings.size()) + " postings)\n";
    Money owed_total;
    for (const auto& o : owed) {
        text += "owed  held back in run " + iso(o.run_month) + "  " + iso(o.line.month_concerned) + "  " +
                format_amount(o.line.amount) + "  " + o.line.held_back + ": " + o.line.description + "\n";
        owed_total += o.line.amount;
    }
    if (!owed.empty()) text += "owed " + format_kroner(owed_total) + " (held back, paid when the cause is fixed)\n";
    ctx.print(text, app::ledger_json(*family_id, postings, owed));
    return 0;
}

} // namespace

Command ledger_command() {
    return {"ledger", "--family KEY|ID", "Show every posting on a family's account, the balance and what is owed (held back)",
            "--family KEY|ID   the family: its import key (F001) or id", {"family"}, run_ledger};
}

} // namespace hjt::cli
