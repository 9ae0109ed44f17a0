// The monthly payout run's life (domain.md §4): prepare a draft, approve it
// (four eyes; frozen as reviewed and posted to the ledger), mark it paid.
// Each function works in the caller's transaction (the CLI wraps each call in
// Database::in_transaction, the API in the request's), appends its audit
// entry there, and so a failure anywhere leaves no partial run and no postings.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>

#include "app/auth.h"
#include "domain/ledger.h"
#include "domain/payout_run.h"
#include "domain/policy.h"
#include "domain/rates.h"

namespace hjt::app {

// The year's figures of a run: cap and holiday pay from the rate table, the
// on-cost from the policy. ValidationError "rates" when the year has no
// home-training cap; NotFound when the rate table lacks the year.
PayoutRates payout_rates(const RateBook& rates, const Policy& policy, int year);
// The same from the stored rates and policy.
PayoutRates stored_payout_rates(soci::session& sql, int year);

// How a run is prepared beyond its month.
struct PrepareOptions {
    // Pay months of the year that have no approved run late (see prepare_payout).
    bool catch_up = false;
    // Pays the pension of an award without a scheme of its own
    // (load_default_pension_payee); without it such pensions are held back.
    std::optional<PensionPayee> default_pension;
    // The payroll service's payees (load_payroll_service_payees): required
    // while the policy turns the service on (payroll.service).
    std::optional<PayrollServicePayees> payroll_service;
    // Called as the run's lines are stored (progress).
    std::function<void(std::size_t written, std::size_t total)> line_written{};
};

struct PrepareOutcome {
    PayoutRunHeader run;
    bool replaced_draft = false;  // the month had a draft, now replaced
    bool unchanged = false;       // ... with exactly the same lines and flags
    std::size_t flags = 0;
};

// Computes the month's run and stores it as the month's draft with each
// transfer's payee as the register has it now, replacing an earlier draft.
// Conflict when the month's run is approved or paid, or a later month's run
// is approved (runs go in month order). ValidationError "catch_up" (nothing
// stored) when months of the year between its first approved run and `month`
// have no approved run and catch-up was not asked for: their lines would be
// paid late by this run. With catch-up the run records those months and flags
// each family's late lines.
PrepareOutcome prepare_payout(soci::session& sql, const User& actor, Month month, const PayoutRates& rates,
                              const PrepareOptions& options = {});
PrepareOutcome prepare_payout(soci::session& sql, const User& actor, Month month,
                              const PrepareOptions& options = {});

// The months of the year before `month` that catch-up would pay: from the
// year's first approved run on, those without an approved run.
std::vector<Month> months_without_run(const std::vector<Month>& approved_before, Month month);

// Freezes the month's draft exactly as stored (never recomputed), its payees
// with it, and posts its lines that are paid to the families' ledgers. NotFound when the month has no run.
// Conflict when: the run is not a draft; `actor` prepared it (four eyes); a
// later month is approved; an earlier month was approved after this draft was
// prepared; the stored lines no longer match the prepared content; or
// `expected_hash` is given and is not the run's content hash (the approver
// approves the version reviewed).
PayoutRunHeader approve_payout(soci::session& sql, const User& actor, Month month,
                               const std::optional<std::string>& expected_hash = std::nullopt);

// Records that the bank has executed the approved run. Conflict unless approved.
PayoutRunHeader mark_payout_paid(soci::session& sql, const User& actor, Month month);

// Reading runs for the front ends (who may is the caller's check).
std::vector<PayoutRunHeader> list_payout_runs(soci::session& sql);
// The month of the run with this id; NotFound when there is none.
Month payout_run_month(soci::session& sql, Id run_id);
// The month's run with its lines, flags and payees; NotFound when there is none.
PayoutRun load_payout_run(soci::session& sql, Month month);

// A family's account: every posting, and what approved runs held back and
// have not paid yet.
struct FamilyLedger {
    std::vector<LedgerPosting> postings;
    std::vector<OwedLine> owed;
};
FamilyLedger family_ledger(soci::session& sql, Id family_id);

} // namespace hjt::app
