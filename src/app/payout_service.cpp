#include "app/payout_service.h"

#include "app/permissions.h"

#include <algorithm>

#include "app/claims_set_off.h"
#include "app/entity_json.h"
#include "app/payout_json.h"
#include "app/payout_payroll_dues.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/top_up_store.h"
#include "store/ledger_store.h"
#include "store/payout_basis_store.h"
#include "store/payout_seals.h"
#include "store/payout_store.h"
#include "store/rates_store.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

// `written`: the run's rows this step wrote, covered by the entry (store/row_seals.h).
void audit_run(soci::session& sql, const User& actor, const std::string& action,
               const std::optional<PayoutRunHeader>& before, const PayoutRunHeader& after,
               const store::RowSeals& written) {
    store::append_audit(sql,
                        {actor.username, action, "payout_run", iso(after.month),
                         before ? stringify(to_json(*before)) : "", stringify(to_json(after))},
                        written);
}

// "kladde", "godkendt", "udbetalt": a run's status as refusals name it.
std::string danish_status(RunStatus status) {
    switch (status) {
    case RunStatus::draft: return "en kladde";
    case RunStatus::approved: return "godkendt";
    case RunStatus::paid: return "udbetalt";
    }
    return to_string(status);
}

PayoutRunHeader existing_run(soci::session& sql, Month month) {
    auto run = store::find_payout_run(sql, month);
    if (!run) throw NotFound(Message{MessageCode::run_not_prepared, {danish_month(month)}});
    return *run;
}

// Runs are settled in month order: what a month pays depends on the months before it.
void refuse_if_later_month_approved(soci::session& sql, Month month, const std::string& doing) {
    auto latest = store::latest_approved_month(sql);
    if (latest && *latest > month)
        throw Conflict(Message{MessageCode::run_out_of_order, {doing, danish_month(month), danish_month(*latest)}});
}

// A family whose year is closed by its final reconciliation gets no more
// lines concerning that year; corrections go to the next open period. What
// that reconciliation found owed to the family (its top-ups) is still paid,
// so it never waits for a run that may not come (a family that ended in the
// year): the family stays in the run with its top-ups and payees only.
void leave_out_closed_families(soci::session& sql, PayoutBasis& basis) {
    auto closed = store::families_with_closed_year(sql, static_cast<int>(basis.month.year()));
    std::erase_if(basis.families, [&](const FamilyPayoutBasis& f) {
        return closed.count(f.family.id) > 0 && f.top_ups.empty();
    });
    for (auto& f : basis.families)
        if (closed.count(f.family.id)) f = FamilyPayoutBasis{.family = f.family, .last_payees = f.last_payees,
                                                             .top_ups = f.top_ups};
}

void refuse_lines_of_closed_years(soci::session& sql, const PayoutRun& run) {
    auto closed = store::families_with_closed_year(sql, static_cast<int>(run.header.month.year()));
    for (const auto& line : run.lines)
        if (closed.count(line.family_id) && line.kind != LineKind::top_up)
            store::refuse_closed(line.family_id, static_cast<int>(line.month_concerned.year()),
                                 "udbetalingslinjerne (forbered " + danish_month(run.header.month) + " igen)");
}

// The register's side of what a run pays beyond the month's entitlements:
// the lines owed from earlier runs and the payees the last approved run recorded.
void add_owed_and_last_payees(soci::session& sql, PayoutBasis& basis) {
    auto owed = store::owed_lines(sql);
    auto last = store::last_approved_payees(sql, basis.month);
    for (auto& family : basis.families) {
        if (auto found = owed.find(family.family.id); found != owed.end()) family.owed = std::move(found->second);
        if (auto found = last.find(family.family.id); found != last.end())
            family.last_payees = std::move(found->second);
    }
}

// Top-ups of final reconciliations that no approved run has taken: each is
// paid by this run as its own line (domain/payout_top_up.h).
void add_top_ups_due(soci::session& sql, PayoutBasis& basis) {
    auto due = store::top_ups_due(sql);
    for (auto& family : basis.families)
        if (auto found = due.find(family.family.id); found != due.end()) family.top_ups = std::move(found->second);
}

} // namespace

std::vector<Month> months_without_run(const std::vector<Month>& approved_before, Month month) {
    std::vector<Month> missing;
    if (approved_before.empty()) return missing;  // the year's first run pays its own month only
    for (Month m = approved_before.front(); m < month; m += date::months{1})
        if (std::find(approved_before.begin(), approved_before.end(), m) == approved_before.end())
            missing.push_back(m);
    return missing;
}

PayoutRates payout_rates(const RateBook& rates, const Policy& policy, int year) {
    const YearRates& y = rates.year(year);
    if (!y.home_training_cap)
        throw ValidationError("rates", Message{MessageCode::rates_without_cap, {std::to_string(year)}});
    return PayoutRates{y.home_training_cap->amount, y.home_training_cap->estimated, y.holiday_pay,
                       policy.oncost_for(year), y,
                       lost_earnings_terms(rates, policy)};
}

PayoutRates stored_payout_rates(soci::session& sql, int year) {
    return payout_rates(store::load_rates(sql), store::load_policy(sql, first_day_of_year(year)), year);
}

PrepareOutcome prepare_payout(soci::session& sql, const User& actor, Month month, const PayoutRates& rates,
                              const PrepareOptions& options) {
    require_permission(actor, Operation::payout_prepare);
    limits::checked_year(static_cast<int>(month.year()), "month");
    auto existing = store::find_payout_run(sql, month);
    if (existing && existing->status != RunStatus::draft)
        throw Conflict(Message{MessageCode::run_cannot_prepare_again, {danish_month(month), danish_status(existing->status)}});
    refuse_if_later_month_approved(sql, month, "forberede");
    std::vector<Month> approved = store::approved_months_before(sql, month);
    std::vector<Month> missing = months_without_run(approved, month);
    if (!missing.empty() && !options.catch_up)
        throw ValidationError("catch_up", Message{MessageCode::catch_up_needed, {danish_months(missing), danish_month(month)}});

    PayoutBasis basis = store::load_payout_basis(sql, month, rates);
    basis.catch_up_months = missing;
    basis.default_pension = options.default_pension;
    add_payroll_dues(sql, basis, options.payroll_service);
    add_owed_and_last_payees(sql, basis);
    add_set_off_claims(sql, basis);
    add_top_ups_due(sql, basis);
    leave_out_closed_families(sql, basis);
    PayoutResult result = compute_payout(basis);

    PayoutRun run;
    run.header.id = existing ? existing->id : 0;
    run.header.month = month;
    run.header.prepared_by = actor.username;
    run.header.prepared_at = support::utc_now();
    run.header.total = total_of(result.lines);
    run.header.line_count = static_cast<long long>(result.lines.size());
    run.header.held_back = held_back_total(result.lines);
    run.header.catch_up_months = missing;
    run.lines = std::move(result.lines);
    run.flags = std::move(result.flags);
    run.payees = std::move(result.payees);
    run.header.content_hash = store::content_hash(run);
    store::RowSeals written;
    if (existing) store::release_run_lines(sql, written, existing->id);  // with the draft's payees
    run.header.id = store::store_draft_run(sql, run, settled_months_text(approved), options.line_written);
    store::seal_run_row(sql, written, run.header.id);
    store::seal_run_lines(sql, written, run.header.id);
    audit_run(sql, actor, "prepare", existing, run.header, written);
    return PrepareOutcome{run.header, existing.has_value(),
                          existing && existing->content_hash == run.header.content_hash, run.flags.size()};
}

PrepareOutcome prepare_payout(soci::session& sql, const User& actor, Month month, const PrepareOptions& options) {
    require_permission(actor, Operation::payout_prepare);  // before the rates are read
    return prepare_payout(sql, actor, month, stored_payout_rates(sql, static_cast<int>(month.year())), options);
}

PayoutRunHeader approve_payout(soci::session& sql, const User& actor, Month month,
                               const std::optional<std::string>& expected_hash) {
    require_permission(actor, Operation::payout_approve);
    PayoutRunHeader run = existing_run(sql, month);
    if (run.status != RunStatus::draft)
        throw Conflict(Message{MessageCode::run_not_draft, {danish_month(month), danish_status(run.status)}});
    if (run.prepared_by == actor.username)
        throw Conflict(Message{MessageCode::four_eyes_preparer_approves, {danish_month(month), actor.username}});
    refuse_if_later_month_approved(sql, month, "godkende");
    if (store::stored_settled_months(sql, run.id) !=
        settled_months_text(store::approved_months_before(sql, month)))
        throw Conflict(Message{MessageCode::earlier_month_approved_since, {danish_month(month)}});
    if (expected_hash && *expected_hash != run.content_hash)
        throw Conflict(Message{MessageCode::run_not_reviewed_version, {danish_month(month), run.content_hash}});
    // Approve what was stored and shown, and only that: the stored lines must
    // still be the content the preparer computed.
    PayoutRun stored = store::load_payout_run(sql, month);
    if (store::content_hash(stored) != run.content_hash)
        throw Conflict(Message{MessageCode::run_lines_changed, {danish_month(month)}});
    refuse_lines_of_closed_years(sql, stored);

    const std::string at = support::utc_now();
    store::approve_run(sql, run.id, actor.username, at);
    store::post_top_ups_paid(sql, run.id, at, actor.username);
    PayoutRunHeader approved = existing_run(sql, month);
    store::RowSeals written;
    store::seal_run_row(sql, written, run.id);
    store::seal_run_postings(sql, written, run.id);
    audit_run(sql, actor, "approve", run, approved, written);
    return approved;
}

PayoutRunHeader mark_payout_paid(soci::session& sql, const User& actor, Month month) {
    require_permission(actor, Operation::payout_mark_paid);
    PayoutRunHeader run = existing_run(sql, month);
    if (run.status != RunStatus::approved)
        throw Conflict(Message{MessageCode::run_not_approved, {danish_month(month), danish_status(run.status)}});
    store::mark_run_paid(sql, run.id, actor.username, support::utc_now());
    PayoutRunHeader paid = existing_run(sql, month);
    store::RowSeals written;
    store::seal_run_row(sql, written, run.id);
    audit_run(sql, actor, "mark-paid", run, paid, written);
    return paid;
}

std::vector<PayoutRunHeader> list_payout_runs(soci::session& sql) { return store::list_payout_runs(sql); }

Month payout_run_month(soci::session& sql, Id run_id) {
    auto run = store::find_payout_run(sql, run_id);
    if (!run) throw NotFound(Message{MessageCode::run_not_found, {std::to_string(run_id)}});
    return run->month;
}

PayoutRun load_payout_run(soci::session& sql, Month month) { return store::load_payout_run(sql, month); }

FamilyLedger family_ledger(soci::session& sql, Id family_id) {
    FamilyLedger ledger;
    ledger.owed = std::move(store::owed_lines(sql, family_id)[family_id]);
    ledger.postings = store::list_postings(sql, family_id);
    return ledger;
}

} // namespace hjt::app
