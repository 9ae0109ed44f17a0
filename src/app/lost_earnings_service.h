// The parent's lost-earnings statements (domain.md §8): an award's months
// computed with the stored rate tables and policy, ready for the xlsx specification.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "domain/lost_earnings.h"
#include "reports/lost_earnings_sheet.h"

namespace hjt::app {

struct AwardStatement {
    LostEarningsAward award;
    Child child;
    reports::LostEarningsStatement who;  // the sheet's heading: CPR masked
};

// NotFound when the award (or its child) does not exist.
AwardStatement award_statement(soci::session& sql, Id award_id);

// What the stored rates (every year's satsreguleringsprocent) and policy (the
// holiday supplement, a year-long setting read on 1 January of `year`) add to
// an award's own figures.
LostEarningsTerms lost_earnings_terms(soci::session& sql, const RateBook& rates, int year);

// The award's figures for a month, with that year's stored rates (NotFound
// when the year has no rate table or no lost-earnings cap; ValidationError on
// "normal_weekly_hours" for an award without the parent's normal hours).
LostEarningsMonth award_month(const AwardStatement& s, Month month, const RateBook& rates,
                              const LostEarningsTerms& terms);
// The 12 months of a year.
std::vector<LostEarningsMonth> award_year(const AwardStatement& s, int year, const RateBook& rates,
                                          const LostEarningsTerms& terms);

} // namespace hjt::app
