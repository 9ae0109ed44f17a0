#include "store/top_up_store.h"

#include <set>
#include <utility>

#include "domain/line_kinds.h"
#include "domain/reconciliation.h"

namespace hjt::store {

std::map<Id, std::vector<TopUpDue>> top_ups_due(soci::session& sql) {
    // Taken: (child, month concerned) of top_up lines in runs past their draft.
    std::set<std::pair<Id, std::string>> taken;
    long long child = 0;
    std::string month, kind = to_string(LineKind::top_up);
    soci::statement lines = (sql.prepare << "SELECT l.child_id, l.month_concerned FROM payout_lines l"
                                            " JOIN payout_runs r ON r.id = l.run_id"
                                            " WHERE r.status <> 'draft' AND l.kind = :kind",
                             soci::into(child), soci::into(month), soci::use(kind));
    lines.execute();
    while (lines.fetch()) taken.insert({child, month});

    std::map<Id, std::vector<TopUpDue>> due;
    long long family = 0, amount = 0;
    int year = 0;
    std::string outcome = to_string(ReconciliationOutcome::top_up);
    soci::statement finals = (sql.prepare << "SELECT family_id, child_id, year, settlement_ore FROM reconciliations"
                                             " WHERE status = 'final' AND outcome = :outcome AND settlement_ore > 0"
                                             " AND ledger_posting_id IS NOT NULL ORDER BY family_id, child_id, year",
                              soci::into(family), soci::into(child), soci::into(year), soci::into(amount),
                              soci::use(outcome));
    finals.execute();
    while (finals.fetch())
        if (!taken.count({child, std::to_string(year) + "-12"}))
            due[family].push_back({child, year, Money::ore(amount)});
    return due;
}

void post_top_ups_paid(soci::session& sql, Id run_id, const std::string& at, const std::string& by) {
    std::string kind = to_string(LineKind::top_up), paid = "top_up_paid",
                text = "Efterbetalingen er udbetalt: udligner årsopgørelsens efterbetaling";
    long long run = run_id;
    sql << "INSERT INTO ledger_postings (family_id, child_id, run_id, kind, month_concerned, amount_ore,"
           " description, posted_at, posted_by)"
           " SELECT family_id, child_id, run_id, :paid, month_concerned, -amount_ore, :text, :at, :by"
           " FROM payout_lines WHERE run_id = :run AND kind = :kind AND amount_ore <> 0 AND held_back = ''"
           " ORDER BY seq",
        soci::use(paid), soci::use(text), soci::use(at), soci::use(by), soci::use(run), soci::use(kind);
}

} // namespace hjt::store
