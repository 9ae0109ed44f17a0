// Retention (README "Persondata"): which families' cases closed long enough
// ago, and their personal data replaced while every amount stays.
//
// A case is CLOSED when the family has at least one grant, no grant or
// lost-earnings award is open-ended, no line of it sits in a payout run that
// is not paid, no line held back is still owed, and every year it has run
// lines or ledger postings in is closed by a final reconciliation
// (store/closed_years.h): nothing more can be paid, claimed or reconciled. It closed in the latest year of: its grants' and awards' ends,
// its shifts, expenses, postings and run lines. Helpers' employment is not
// counted (the register often leaves it open; without a grant it pays nothing).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "domain/entities.h"
#include "store/row_seals.h"

namespace hjt::store {

struct ClosedCase {
    Id family_id = 0;
    int closed_year = 0;
};

// Families not yet anonymised whose case closed in a year before `before_year`, by id.
std::vector<ClosedCase> closed_cases(soci::session& sql, int before_year);

struct Anonymised {
    long long children = 0, helpers = 0, awards = 0, payees = 0;
};

// Replaces the family's personal data (in the caller's write transaction):
// names become "Anonymiseret familie/barn/hjælper/forælder <id>"; CPR numbers
// become empty (masked "XXXXXX-XXXX"), birth dates the 1st of January of the
// year; contact e-mail and phone empty; register bank accounts removed; the
// run payees' account numbers cut to their last four digits; the old names
// replaced in the descriptions of its run lines, postings and run flags.
// The family's CVR/SE number becomes "anonymiseret-<family id>" in the
// register, its run payees and the eIndkomst reports sent under it.
// Amounts, dates of the books and ids are kept. Adds to `seals` the
// family's payees, run lines and postings as they now are (the audit entry
// recording this must carry them, so verify checks the new content).
Anonymised anonymise_family(soci::session& sql, Id family_id, RowSeals& seals);

// True when retention anonymised the family: its case is closed for good.
bool family_anonymised(soci::session& sql, Id family_id);

// Marks the family anonymised (anonymised_families), naming the audit entry.
void record_anonymised(soci::session& sql, const ClosedCase& c, const std::string& at, const std::string& by,
                       Id audit_id);

} // namespace hjt::store
