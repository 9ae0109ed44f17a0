// hjt ledger --family KEY|ID: every posting on the family's account and the
// balance, then what is owed: lines held back by approved runs, not paid yet.
#include "app/payout_json.h"
#include "app/payout_service.h"
#include "app/register_reads.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/local_time.h"
#include "reports/payout_labels.h"

namespace hjt::cli {

namespace {

int run_ledger(Context& ctx, const Args& args) {
    soci::session& sql = ctx.database().session();
    const std::optional<Id> family_id = family_option(sql, args);
    ctx.actor_who_may(app::Operation::read_own_family, *family_id);
    auto family = app::find_family(sql, *family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(*family_id)}});
    const auto [postings, owed] = app::family_ledger(sql, *family_id);

    std::string text = "konto for familie " + std::to_string(family->id) + " " + family->name + "\n";
    for (const auto& p : postings) {
        std::string run = p.run_month ? "kørsel " + danish_month(*p.run_month) : "";
        text += danish_local_time(p.posted_at).substr(0, 10) + "  " + padded(run, 22) +
                padded(danish_month(p.month_concerned), 16) + padded(reports::posting_kind_label(p.kind), 28) +
                right_aligned(format_amount(p.amount), 14) + "  " + p.description + "\n";
    }
    text += "saldo " + format_kroner(balance(postings)) + " (" + counted(static_cast<long long>(postings.size()), "postering", "posteringer") + ")\n";
    Money owed_total;
    for (const auto& o : owed) {
        text += "skyldes  tilbageholdt i kørsel " + danish_month(o.run_month) + "  " + danish_month(o.line.month_concerned) + "  " +
                format_amount(o.line.amount) + "  " + o.line.held_back + ": " + o.line.description + "\n";
        owed_total += o.line.amount;
    }
    if (!owed.empty()) text += "skyldes " + format_kroner(owed_total) + " (tilbageholdt; udbetales, når årsagen er rettet)\n";
    ctx.print(text, app::ledger_json(*family_id, postings, owed));
    return 0;
}

} // namespace

Command ledger_command() {
    return {"ledger", "--family NØGLE|ID", "Vis alle posteringer på en families konto, saldoen og hvad der skyldes (tilbageholdt)",
            "--family NØGLE|ID   familien: dens importnøgle (F001) eller id", {"family"}, run_ledger};
}

} // namespace hjt::cli
