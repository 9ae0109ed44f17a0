// Set-off (modregning) between payout runs and claims (issue 21): a prepared
// run withholds from each family's a-conto for its open claims (at most the
// policy's share, domain/payout_set_off.h); the approval freezes the line with
// the run, and only when the approved run's bank files are made is the claim
// settled by it (a set_off event per claim, and a ledger posting that the
// claim was so repaid). A line settles once, however often the files are made.
#pragma once

#include <soci/soci.h>

#include "app/auth.h"
#include "domain/payout.h"

namespace hjt::app {

// The policy's share and each family's claims to set off, as open on the
// first day of the run's month, less set-offs approved and not yet settled.
void add_set_off_claims(soci::session& sql, PayoutBasis& basis);

// Settles the claims with the run's set-off lines not settled yet, dated the
// payment's execution date; audited with the rows written.
void settle_set_offs(soci::session& sql, const User& actor, Id run_id, Month month, Date execution_date);

} // namespace hjt::app
