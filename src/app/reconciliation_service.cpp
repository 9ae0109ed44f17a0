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
#include "store/reconciliation_seals.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

void require_year(int year) { limits::checked_year(year, "year"); }

Poco::JSON::Object::Ptr summary_json(int year, std::optional<Id> family_id, const ReconcileReport& report) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("year", year);
    o->set("family_id", family_id ? Poco::Dynamic::Var(*family_id) : Poco::Dynamic::Var());
    o->set("children", report.computed);
    Money balance;
    for (const auto& r : report.reconciliations)
        if (r.status == ReconciliationStatus::draft) balance += r.figures.balance;
    o->set("draft_balance", balance.ore());
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

// The families made final: settlements posted, figures frozen, years closed,
// an audit entry per family. Each step is one batch over all the families but
// the audit entries, appended a page at a time.
void finalise_families(soci::session& sql, const User& actor, int year, std::optional<Id> family_id,
                       std::map<Id, std::vector<ChildReconciliation>>& by_family, const std::string& at, Date today,
                       ReconcileReport& report) {
    if (by_family.empty()) return;  // every family in scope is closed already: nothing changes
    std::vector<store::StoredReconciliation> finals;
    std::vector<Id> families;
    for (auto& [family, children] : by_family) {
        families.push_back(family);
        for (auto& child : children)
            finals.push_back(stored(std::move(child), ReconciliationStatus::final, at, actor));
    }
    // The drafts in scope are released and those left (children without a
    // final) sealed again, so the entry covers exactly what this step changed.
    store::RowSeals written;
    store::cover_drafts(sql, written, store::SealAction::release, year, family_id);
    store::post_settlements(sql, finals, at, actor.username);
    store::store_finals(sql, year, finals);
    create_claims(sql, finals, today, at, actor.username, written);  // a repayment claim becomes a claim, issued today
    store::close_years(sql, families, year, at, actor.username);
    store::seal_finals(sql, written, year, at, actor.username);
    store::cover_drafts(sql, written, store::SealAction::seal, year, family_id);

    // The entries go to the chain a page of families at a time, the step's
    // seals with the first: a family's entry holds its children's figures as
    // JSON (some 8 KB), so all at once held 86 MB at 10,000 families.
    const store::RowSeals none;
    std::vector<store::AuditChange> entries;
    bool first_page = true;
    auto append_page = [&] {
        store::append_audits(sql, entries, first_page ? written : none);
        first_page = false;
        entries.clear();
    };
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
        if (entries.size() == store::kFamiliesAPage) append_page();
    }
    if (!entries.empty()) append_page();
    report.computed += static_cast<long long>(finals.size());
    report.families_closed += static_cast<long long>(families.size());
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

// The store loads the scope's rows; the domain makes each child's input of them.
std::vector<ChildReconciliationInput> year_inputs(soci::session& sql, int year, const store::FamilyScope& scope,
                                                  Date today) {
    ReconciliationTerms terms = reconciliation_terms(sql, year, today);
    return reconciliation_inputs(store::load_reconciliation_rows(sql, year, scope), terms);
}

} // namespace

std::vector<ChildReconciliation> compute_reconciliations(soci::session& sql, int year, store::FamilyScope scope,
                                                         Date today) {
    std::vector<ChildReconciliation> out;
    for (const auto& in : year_inputs(sql, year, scope, today)) out.push_back(reconcile_child(in));
    return out;
}

ReconcileReport reconcile_year(soci::session& sql, const User& actor, int year, std::optional<Id> family_id,
                               bool make_final, Date today, const Progress& progress) {
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
    auto inputs = year_inputs(sql, year, family_id, today);
    std::set<Id> closed = store::families_with_closed_year(sql, year);
    std::string at = support::utc_now();

    // Figures per family, children in order; closed families are left alone.
    std::map<Id, std::vector<ChildReconciliation>> by_family;
    ProgressTicker ticker(progress, "opgør børnenes år", static_cast<long long>(inputs.size()));
    for (const auto& in : inputs) {
        ticker.tick();
        if (closed.count(in.family_id)) {
            ++report.already_final;
            continue;
        }
        by_family[in.family_id].push_back(reconcile_child(in));
    }
    // A family asked for by id closes even without a child to reconcile.
    if (make_final && family_id && !closed.count(*family_id)) by_family.try_emplace(*family_id);

    store::RowSeals written;  // the drafts' rows this call deletes and writes
    if (make_final) {
        const auto families = static_cast<long long>(by_family.size());
        // One batch for all families: the start and the end are all there is to report.
        if (progress) progress("gør familierne endelige", 0, families);
        finalise_families(sql, actor, year, family_id, by_family, at, today, report);
        if (progress) progress("gør familierne endelige", families, families);
    } else {
        std::vector<store::StoredReconciliation> drafts;
        for (auto& [family, children] : by_family)
            for (auto& child : children)
                drafts.push_back(stored(std::move(child), ReconciliationStatus::draft, at, actor));
        report.computed = static_cast<long long>(drafts.size());
        if (progress) progress("skriver kladder", 0, report.computed);
        store::cover_drafts(sql, written, store::SealAction::release, year, family_id);
        store::replace_drafts(sql, year, family_id, drafts);
        store::cover_drafts(sql, written, store::SealAction::seal, year, family_id);
        if (progress) progress("skriver kladder", report.computed, report.computed);
    }
    report.reconciliations = store::list_reconciliations(sql, year, family_id);
    // An entry whenever drafts were written or deleted: its seals cover them.
    if (!make_final && !written.empty())
        store::append_audit(sql,
                            {actor.username, "draft", "reconciliation", scope_id(year, family_id), "",
                             stringify(summary_json(year, family_id, report))},
                            written);
    return report;
}

} // namespace hjt::app
