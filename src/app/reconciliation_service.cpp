#include "app/reconciliation_service.h"
#include "app/permissions.h"

#include <map>
#include <set>

#include "app/claims_service.h"
#include "app/entity_json.h"
#include "app/payout_service.h"
#include "app/reconciliation_json.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/family_range.h"
#include "store/rates_store.h"
#include "store/reconciliation_rows.h"
#include "store/register_repository.h"
#include "store/reconciliation_seals.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

void require_year(int year) { limits::checked_year(year, "year"); }

Poco::JSON::Object::Ptr summary_json(int year, std::optional<Id> family_id, long long children, Money draft_balance) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("year", year);
    o->set("family_id", family_id ? Poco::Dynamic::Var(*family_id) : Poco::Dynamic::Var());
    o->set("children", children);
    o->set("draft_balance", draft_balance.ore());
    return o;
}

std::string scope_id(int year, std::optional<Id> family_id) {
    return std::to_string(year) + (family_id ? "/family " + std::to_string(*family_id) : "");
}

store::StoredReconciliation stored(ChildReconciliation figures, ReconciliationStatus status,
                                   const std::string& at, const User& actor) {
    store::StoredReconciliation s;
    s.status = status;
    s.figures = std::move(figures);
    s.computed_at = at;
    s.computed_by = actor.username;
    if (status == ReconciliationStatus::final) {
        s.finalised_at = at;
        s.finalised_by = actor.username;
    }
    return s;
}

// The figures of a page's families (or one family's, or all), by family,
// children in order; the children of closed years are left alone, counted.
using FiguresByFamily = std::map<Id, std::vector<ChildReconciliation>>;

// A page's families made final: settlements posted, figures frozen, years
// closed, an audit entry per family. The page's seals go with its first
// entry, so each covers the rows its page wrote: every row of the run is
// sealed as before, by an entry of the run, in its transaction.
void finalise_page(soci::session& sql, const User& actor, int year, const store::FamilyScope& page,
                   FiguresByFamily& by_family, const std::string& at, Date today, ReconcileReport& report) {
    if (by_family.empty()) return;  // every family of the page is closed already: nothing changes
    std::vector<store::StoredReconciliation> finals;
    std::vector<Id> families;
    for (auto& [family, children] : by_family) {
        families.push_back(family);
        for (auto& child : children)
            finals.push_back(stored(std::move(child), ReconciliationStatus::final, at, actor));
    }
    // The page's drafts are released and those left (children without a
    // final) sealed again, so the entry covers exactly what this page changed.
    store::RowSeals written;
    store::cover_drafts(sql, written, store::SealAction::release, year, page);
    store::post_settlements(sql, finals, at, actor.username);
    store::store_finals(sql, year, finals);
    create_claims(sql, finals, today, at, actor.username, written);  // a repayment claim becomes a claim, issued today
    store::close_years(sql, families, year, at, actor.username);
    store::seal_finals(sql, written, year, at, actor.username, page);
    store::cover_drafts(sql, written, store::SealAction::seal, year, page);

    // A family's entry holds its children's figures as JSON (some 8 KB).
    std::vector<store::AuditChange> entries;
    auto next = finals.cbegin();
    for (const auto& [family, children] : by_family) {
        Poco::JSON::Array::Ptr figures = new Poco::JSON::Array;
        for (std::size_t i = 0; i < children.size(); ++i, ++next) {
            figures->add(to_json(*next));
            report.settlements += next->figures.settlement;
        }
        Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
        after->set("year", year);
        after->set("family_id", family);
        after->set("reconciliations", figures);
        entries.push_back({actor.username, "finalise", "reconciliation",
                           std::to_string(year) + "/family " + std::to_string(family), "", stringify(after)});
    }
    store::append_audits(sql, entries, written);
    report.computed += static_cast<long long>(finals.size());
    report.families_closed += static_cast<long long>(families.size());
}

// A page's drafts replaced; their rows go into the run's `written`.
void draft_page(soci::session& sql, const User& actor, int year, const store::FamilyScope& page,
                FiguresByFamily& by_family, const std::string& at, store::RowSeals& written, ReconcileReport& report) {
    std::vector<store::StoredReconciliation> drafts;
    for (auto& [family, children] : by_family)
        for (auto& child : children)
            drafts.push_back(stored(std::move(child), ReconciliationStatus::draft, at, actor));
    report.computed += static_cast<long long>(drafts.size());
    store::cover_drafts(sql, written, store::SealAction::release, year, page);
    store::replace_drafts(sql, year, page, drafts);
    store::cover_drafts(sql, written, store::SealAction::seal, year, page);
}

} // namespace

ReconciliationTerms reconciliation_terms(soci::session& sql, int year, Date today) {
    require_year(year);
    Policy policy = store::load_policy(sql, first_day_of_year(year));
    ReconciliationTerms terms;
    terms.year = year;
    terms.rates = payout_rates(store::load_rates(sql), policy, year);
    terms.pooling = policy.pool_hours_over_year ? HourPooling::over_year : HourPooling::month_by_month;
    terms.pay_top_ups = policy.pay_top_ups;
    terms.excluded_categories = policy.excluded_expense_categories;
    if (static_cast<int>(today.year()) <= year)
        // The forecast counts months that have ended: up to the month before today's.
        terms.elapsed_through = std::min(month_of(today), Month{date::year{year + 1}, date::January}) - date::months{1};
    return terms;
}

namespace {

// The store loads the scope's rows; the domain makes each child's input of
// them. `used`: every family's minutes, read once for a run over every family
// (store::load_year_used_minutes); nullptr: the scope's own are read.
std::vector<ChildReconciliationInput> year_inputs(soci::session& sql, const ReconciliationTerms& terms,
                                                  const store::FamilyScope& scope,
                                                  const store::UsedMinutes* used = nullptr) {
    auto rows = used ? store::load_reconciliation_rows(sql, terms.year, scope, *used)
                     : store::load_reconciliation_rows(sql, terms.year, scope);
    return reconciliation_inputs(std::move(rows), terms);
}

FiguresByFamily open_families_figures(soci::session& sql, const ReconciliationTerms& terms,
                                      const store::FamilyScope& scope, const store::UsedMinutes* used,
                                      const std::set<Id>& closed, ReconcileReport& report) {
    FiguresByFamily by_family;
    for (const auto& in : year_inputs(sql, terms, scope, used)) {
        if (closed.count(in.family_id)) {
            ++report.already_final;
            continue;
        }
        by_family[in.family_id].push_back(reconcile_child(in));
    }
    return by_family;
}

// The families of a run: the one asked for by id, or every family by ascending id.
std::vector<Id> run_families(soci::session& sql, std::optional<Id> family_id) {
    return family_id ? std::vector<Id>{*family_id} : store::list_family_ids(sql);
}

// Calls page(scope, families done after it) for each page of `families`, in
// order: one family asked for by id is a page of its own, asked for by id
// (NotFound when there is none); every family goes in pages of `per_page`.
template <class Page>
void each_page(const std::vector<Id>& families, std::optional<Id> family_id, std::size_t per_page, Page page) {
    if (family_id) {
        const store::FamilyScope one(*family_id);
        page(one, 1LL);
        return;
    }
    store::each_family_page(families.size(), per_page, [&](std::size_t i) { return families[i]; },
                            [&](const store::FamilyScope& scope, std::size_t, std::size_t to) {
                                page(scope, static_cast<long long>(to));
                            });
}

} // namespace

std::vector<ChildReconciliation> compute_reconciliations(soci::session& sql, int year, store::FamilyScope scope,
                                                         Date today) {
    std::vector<ChildReconciliation> out;
    for (const auto& in : year_inputs(sql, reconciliation_terms(sql, year, today), scope))
        out.push_back(reconcile_child(in));
    return out;
}

ReconcileReport reconcile_year(soci::session& sql, const User& actor, int year, std::optional<Id> family_id,
                               bool make_final, Date today, const Progress& progress,
                               const ReconcileOptions& options) {
    require_permission(actor, make_final ? Operation::reconcile_final : Operation::reconcile_draft);
    require_year(year);
    if (make_final) {
        if (static_cast<int>(today.year()) <= year)
            throw Conflict(Message{MessageCode::year_not_over,
                                   {std::to_string(year), format_danish_date(first_day_of_year(year + 1))}});
    }
    ReconcileReport report;
    report.year = year;
    report.final = make_final;
    const ReconciliationTerms terms = reconciliation_terms(sql, year, today);
    const std::set<Id> closed = store::families_with_closed_year(sql, year);
    const std::string at = support::utc_now();

    // A page of families at a time: computed, then written, then the next.
    const char* stage = make_final ? "gør familierne endelige" : "skriver kladder";
    const std::vector<Id> families = run_families(sql, family_id);
    const auto all = static_cast<long long>(families.size());
    if (progress) progress(stage, 0, all);
    store::RowSeals written;  // a draft run's: every page's drafts deleted and written
    const std::optional<store::UsedMinutes> used =
        family_id ? std::nullopt : std::optional(store::load_year_used_minutes(sql, year));
    each_page(families, family_id, options.families_a_page, [&](const store::FamilyScope& page, long long done) {
        FiguresByFamily by_family = open_families_figures(sql, terms, page, used ? &*used : nullptr, closed, report);
        if (make_final) {
            // A family asked for by id closes even without a child to reconcile.
            if (family_id && !closed.count(*family_id)) by_family.try_emplace(*family_id);
            finalise_page(sql, actor, year, page, by_family, at, today, report);
        } else {
            draft_page(sql, actor, year, page, by_family, at, written, report);
        }
        if (progress) progress(stage, done, all);
    });
    const store::StoredBalances balances = store::stored_balances(sql, year, family_id);
    report.balance = balances.drafts + balances.finals;
    if (options.list_stored) report.reconciliations = store::list_reconciliations(sql, year, family_id);
    // An entry whenever drafts were written or deleted: its seals cover them.
    if (!make_final && !written.empty())
        store::append_audit(sql,
                            {actor.username, "draft", "reconciliation", scope_id(year, family_id), "",
                             stringify(summary_json(year, family_id, report.computed, balances.drafts))},
                            written);
    return report;
}

} // namespace hjt::app
