#include "app/fresh_reconciliations.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/entity_json.h"
#include "app/reconciliation_json.h"
#include "app/reconciliation_service.h"
#include "store/ledger_store.h"
#include "support/clock.h"

namespace hjt::app {

namespace {

// Figures are the same when their JSON is: every amount, month row and expense verdict.
bool same_figures(const ChildReconciliation& a, const ChildReconciliation& b) {
    return stringify(to_json(a)) == stringify(to_json(b));
}

} // namespace

std::vector<DocumentReconciliation> document_reconciliations(soci::session& sql, int year, store::FamilyScope scope,
                                                             Date today, bool include_unstored) {
    auto stored = store::list_reconciliations(sql, year, scope);
    std::vector<DocumentReconciliation> out;
    // What the figures are now, by child: the same computation a draft run
    // stores. Only a draft can be stale (a final is frozen), so without a
    // draft and with nothing else asked for there is nothing to compute: a
    // year without rates is fine, and a closed year's finals are read, not
    // recomputed.
    const bool has_draft = std::ranges::any_of(stored, [](const auto& s) { return s.status == ReconciliationStatus::draft; });
    std::map<Id, ChildReconciliation> now;
    if (has_draft || include_unstored)
        for (auto& figures : compute_reconciliations(sql, year, scope, today))
            now.emplace(figures.child_id, std::move(figures));
    const std::string computed_now = support::utc_now();

    std::set<Id> stored_children;
    for (auto& s : stored) {
        stored_children.insert(s.figures.child_id);
        DocumentReconciliation d{std::move(s), true, ""};
        auto fresh = now.find(d.shown.figures.child_id);
        const bool stale = d.shown.status == ReconciliationStatus::draft && fresh != now.end() &&
                           !same_figures(d.shown.figures, fresh->second);
        if (stale) {
            d.stale_draft_computed_at = d.shown.computed_at;
            d.shown.figures = std::move(fresh->second);
            d.shown.computed_at = computed_now;
        }
        out.push_back(std::move(d));
    }
    if (include_unstored)
        for (auto& [child, figures] : now)
            if (!stored_children.count(child)) {
                DocumentReconciliation d;
                d.shown.figures = std::move(figures);
                d.shown.computed_at = computed_now;
                out.push_back(std::move(d));
            }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::pair(a.shown.figures.family_id, a.shown.figures.child_id) <
               std::pair(b.shown.figures.family_id, b.shown.figures.child_id);
    });
    return out;
}

std::vector<Month> runs_paying_year(std::span<const LedgerPosting> postings, int year) {
    std::set<Month> months;
    for (const auto& p : postings)
        if (p.run_month && static_cast<int>(p.month_concerned.year()) == year) months.insert(*p.run_month);
    return {months.begin(), months.end()};
}

} // namespace hjt::app
