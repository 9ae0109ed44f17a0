#include "app/payslip_service.h"

#include <map>
#include <span>

#include "domain/errors.h"
#include "domain/frikort_use.h"
#include "domain/minutes.h"
#include "domain/validation.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/shift_store.h"
#include "store/tax_card_store.h"

namespace hjt::app {

namespace {

// The month's hours from its shifts added up, each kind rounded once to
// hundredths so the slip's work and sick hours add up to its hours.
PayslipInput input_of(Month month, const store::HelperMonthMinutes& worked, Money wage) {
    return {month, hours_of_minutes(worked.minutes - worked.sick_minutes), hours_of_minutes(worked.sick_minutes), wage,
            TaxCard{}};
}

// What a frikort's months before `month` used of it: their payslips from the
// helper's shifts, one query per month (at most eleven, and only for a helper
// on a frikort: the amount left depends on every earlier month's slip).
Money frikort_used_before(soci::session& sql, const Helper& helper, const TaxCardInForce& card, Month month,
                          const YearRates& year, const PayrollRules& rules) {
    if (card.kind != TaxCardKind::free) return Money{};
    std::vector<PayslipInput> earlier;
    for (Month m = first_month_of(card); m < month; m += date::months{1})
        earlier.push_back(input_of(m, store::helper_month_minutes(sql, helper.id, m), helper.hourly_wage));
    return free_used_by(card, earlier, year, rules);
}

HelperMonth month_of_shifts(soci::session& sql, const Family& family, const Helper& helper, Month month,
                            const store::HelperMonthMinutes& worked, std::span<const DatedTaxCard> cards,
                            const RateBook& rates, const PayrollRules& rules) {
    HelperMonth m{family, helper, month, worked.shifts, worked.minutes, worked.sick_minutes,
                  worked.subsidisable_minutes, {}, false, false, {}, {}};
    const YearRates& year = rates.year(static_cast<int>(month.year()));
    PayslipInput in = input_of(month, worked, helper.hourly_wage);
    m.tax_card = card_in_force(helper.tax_card, cards, month);
    const Money used_before = frikort_used_before(sql, helper, m.tax_card, month, year, rules);
    in.tax_card = withholding_card(m.tax_card, used_before);
    m.payslip = compute_payslip(in, year, rules);
    if (m.tax_card.kind == TaxCardKind::free) m.free_left = m.tax_card.free_amount - used_before - deduction_used(m.payslip);
    m.rates_estimated = year.atp_estimated;
    m.employer_figures_estimated = employer_figures_estimated(year);
    return m;
}

// A family's month from its helpers (by id) and the page's shifts and cards by helper.
FamilyMonth month_of_family(soci::session& sql, Family family, Month month, const std::vector<Helper>& helpers,
                            const std::map<Id, store::HelperMonthMinutes>& worked_by_helper,
                            const std::map<Id, std::vector<DatedTaxCard>>& cards, const RateBook& rates,
                            const PayrollRules& rules) {
    FamilyMonth out{std::move(family), month, {}, {}, {}, false, {}, {}};
    std::vector<Payslip> slips;
    for (const auto& helper : helpers) {
        const auto worked = worked_by_helper.find(helper.id);
        if (worked == worked_by_helper.end()) continue;
        const auto held = cards.find(helper.id);
        const std::span<const DatedTaxCard> helper_cards =
            held == cards.end() ? std::span<const DatedTaxCard>{} : std::span<const DatedTaxCard>(held->second);
        out.helpers.push_back(month_of_shifts(sql, out.family, helper, month, worked->second, helper_cards, rates, rules));
        slips.push_back(out.helpers.back().payslip);
    }
    out.totals = add_up(slips);
    out.totals.rules = rules;
    const YearRates& year = rates.year(static_cast<int>(month.year()));
    // The premium is the employer's whether or not a helper worked this month.
    out.work_injury = work_injury_month(year, month);
    out.work_injury_estimated = !year.work_injury_premium || year.work_injury_premium->estimated;
    out.reported_withholding = reported_total(out.totals.withheld_tax(), rules.rounding);
    out.employer_cost = out.totals.employer_cost + out.work_injury;
    return out;
}

Family family_or_not_found(soci::session& sql, Id family_id) {
    auto family = store::find_family(sql, family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
    return *family;
}

} // namespace

PayrollRules payroll_rules(const Policy& policy) {
    return {policy.rounding_method, policy.helper_income, policy.household_help_paid_holiday};
}

HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month, const RateBook& rates, const Policy& policy) {
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper_id)}});
    return month_of_shifts(sql, family_or_not_found(sql, helper->family_id), *helper, month,
                           store::helper_month_minutes(sql, helper_id, month), store::list_tax_cards(sql, helper_id),
                           rates, payroll_rules(policy));
}

HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month) {
    return helper_payslip(sql, helper_id, month, store::load_rates(sql), store::load_policy(sql, first_day(month)));
}

FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month) {
    return family_payslips(sql, family_id, month, store::load_rates(sql), store::load_policy(sql, first_day(month)));
}

FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month, const RateBook& rates, const Policy& policy) {
    auto page = families_payslips(sql, family_id, family_id, month, rates, policy);
    if (page.empty()) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
    return std::move(page.front());
}

std::vector<FamilyMonth> families_payslips(soci::session& sql, Id first_family, Id last_family, Month month,
                                           const RateBook& rates, const Policy& policy) {
    const PayrollRules rules = payroll_rules(policy);
    std::vector<Id> helper_ids;  // the page's, by id: their month's minutes are read without reading them again
    std::map<Id, std::vector<Helper>> helpers;  // by family, each family's by id
    for (auto& helper : store::list_families_helpers(sql, first_family, last_family)) {
        helper_ids.push_back(helper.id);
        helpers[helper.family_id].push_back(std::move(helper));
    }
    std::map<Id, store::HelperMonthMinutes> worked;  // the helpers with shifts in the month
    for (const auto& w : store::families_month_minutes(sql, std::move(helper_ids), first_family, last_family, month))
        worked.emplace(w.helper_id, w);
    std::map<Id, std::vector<DatedTaxCard>> cards;  // by helper
    for (auto& card : store::list_families_tax_cards(sql, first_family, last_family))
        cards[card.helper_id].push_back(std::move(card));
    std::vector<FamilyMonth> out;
    for (auto& family : store::list_families(sql, first_family, last_family)) {
        const Id id = family.id;
        out.push_back(month_of_family(sql, std::move(family), month, helpers[id], worked, cards, rates, rules));
    }
    return out;
}

reports::PayslipDocument payslip_document(const HelperMonth& m) {
    return {m.family.name,       m.family.cvr,    m.helper.name, mask_cpr(m.helper.cpr),
            m.month,             m.tax_card,      m.free_left,  m.payslip,   hours_of_minutes(m.subsidisable_minutes),
            m.rates_estimated,   m.employer_figures_estimated};
}

reports::PayrollSummary payroll_summary(const FamilyMonth& payroll) {
    reports::PayrollSummary summary{payroll.family.name, payroll.family.cvr, payroll.month, {}, payroll.totals.rules,
                                    payroll.work_injury, payroll.work_injury_estimated, payroll.reported_withholding,
                                    payroll.employer_cost, payroll_dues(payroll.totals, payroll.month)};
    for (const auto& m : payroll.helpers) summary.slips.push_back(payslip_document(m));
    return summary;
}

} // namespace hjt::app
