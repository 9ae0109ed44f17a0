// Retention (README "Persondata"): `hjt retention --before YEAR` anonymises
// the families whose case closed before YEAR (store/retention_store.h says
// what "closed" means and what is replaced). The bookkeeping act (bogførings-
// loven § 10) keeps the books 5 years from the end of the financial year they
// concern: YEAR may be at most this year minus the policy's years
// (hjt.retention.years, default 5), so the newest year anonymised ended at
// least that long ago. Every amount stays, so the books still tie; each family
// is one audit entry "anonymise" that seals its payees, run lines and postings
// as they now are, so `audit verify` passes and names any later change. Admin
// only; four eyes are not required (it removes, it pays nothing). One
// transaction: all the families or none.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "app/auth.h"
#include "domain/entities.h"

namespace hjt::app {

struct AnonymisedFamily {
    Id family_id = 0;
    int closed_year = 0;
    Id audit_entry = 0;
    long long children = 0, helpers = 0, awards = 0, payees = 0;
};

// ValidationError "--before" (code "retention_year_out_of_range") when YEAR is later than
// `today`'s year minus `retention_years`; Forbidden unless admin.
std::vector<AnonymisedFamily> anonymise_closed_cases(soci::session& sql, const User& actor, int before_year,
                                                     int retention_years, Date today);

} // namespace hjt::app
