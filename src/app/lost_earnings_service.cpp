#include "app/lost_earnings_service.h"

#include "domain/errors.h"
#include "domain/validation.h"
#include "store/rates_store.h"
#include "store/register_repository.h"

namespace hjt::app {

AwardStatement award_statement(soci::session& sql, Id award_id) {
    auto award = store::find_award(sql, award_id);
    if (!award) throw NotFound(Message{MessageCode::award_not_found, {std::to_string(award_id)}});
    auto child = store::find_child(sql, award->child_id);
    if (!child) throw NotFound(Message{MessageCode::child_not_found, {std::to_string(award->child_id)}});
    reports::LostEarningsStatement who{award->parent_name,        mask_cpr(award->parent_cpr), child->name,
                                       award->tax_card,           award->hours_off_per_week,
                                       award->normal_weekly_hours, award->holiday_periods};
    return {*award, *child, who};
}

LostEarningsTerms lost_earnings_terms(soci::session& sql, const RateBook& rates, int year) {
    return hjt::lost_earnings_terms(
        rates, store::has_policy(sql) ? store::load_policy(sql, first_day_of_year(year)) : Policy{});
}

LostEarningsMonth award_month(const AwardStatement& s, Month month, const RateBook& rates,
                              const LostEarningsTerms& terms) {
    return compute_lost_earnings(s.award, s.child.birth_date, month, rates.year(static_cast<int>(month.year())),
                                 terms);
}

std::vector<LostEarningsMonth> award_year(const AwardStatement& s, int year, const RateBook& rates,
                                          const LostEarningsTerms& terms) {
    std::vector<LostEarningsMonth> months;
    for (unsigned m = 1; m <= 12; ++m) months.push_back(award_month(s, date::year{year} / m, rates, terms));
    return months;
}

} // namespace hjt::app
