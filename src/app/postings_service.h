// The month's postings journal (hjt postings, README "Postings journal"):
// the approved run of the month as double entries on the municipality's
// accounts (domain/postings_journal.h), and the claims raised, payments
// received (placed on claims or not yet) and write-offs of the month, as CSV
// for the financial system. The
// journal's line kinds add up to the run's total to the øre; the service
// checks that before anything is written.
#pragma once

#include <soci/soci.h>

#include <string>

#include "app/auth.h"
#include "domain/postings_journal.h"

namespace hjt::app {

// config/postings.properties: postings.<kind>.function and .type per kind.
// ValidationError naming "postings.properties:postings.<kind>.function|type"
// for a kind with only one of them.
AccountMap load_account_map(const std::string& config_dir);

struct PostingsJournal {
    Month month;
    Id run_id = 0;
    Money run_total;
    JournalTotals totals;
    std::string csv;  // ";"-separated, Danish amounts, a header row
    long long entries = 0;
    Money claims_raised{};      // the claims' side (domain claims_journal): claims issued in the month,
    Money received{};           // payments the bank booked in it (placed on a claim or not),
    Money unassigned_change{};  // what the month added to (or, negative, took from) money not yet on a claim,
    Money written_off{};        // and write-offs approved in it
};

// read_books (finance, auditor, admin). NotFound when the month has no run;
// ValidationError "month" when its run is not approved; the mapping's refusal
// naming a kind without an account.
PostingsJournal postings_journal(soci::session& sql, const User& actor, Month month, const AccountMap& accounts);

} // namespace hjt::app
