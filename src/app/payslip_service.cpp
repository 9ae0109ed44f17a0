#include "app/payslip_service.h"

#include <map>

#include "domain/errors.h"
#include "domain/minutes.h"
#include "domain/validation.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/shift_store.h"

namespace hjt::app {

namespace {

HelperMonth month_of_shifts(const Family& family, const Helper& helper, Month month,
                            const std::vector<ShiftRecord>& shifts, const RateBook& rates, const PayrollRules& rules) {
    HelperMonth m{family, helper, month, static_cast<long long>(shifts.size()), 0, 0, 0, {}, false, false};
    for (const auto& s : shifts) {
        m.minutes += s.classification.minutes;
        if (s.kind == ShiftKind::sick) m.sick_minutes += s.classification.minutes;
        m.subsidisable_minutes += s.classification.subsidisable_minutes;
    }
    const YearRates& year = rates.year(static_cast<int>(month.year()));
    // Each kind is rounded once to hundredths, so the slip's work and sick hours add up to its hours.
    const PayslipInput in{month, hours_of_minutes(m.minutes - m.sick_minutes), hours_of_minutes(m.sick_minutes),
                          helper.hourly_wage, helper.tax_card};
    m.payslip = compute_payslip(in, year, rules);
    m.rates_estimated = year.atp_estimated;
    m.employer_figures_estimated = employer_figures_estimated(year);
    return m;
}

Family family_or_not_found(soci::session& sql, Id family_id) {
    auto family = store::find_family(sql, family_id);
    if (!family) throw NotFound("family " + std::to_string(family_id) + " does not exist");
    return *family;
}

} // namespace

PayrollRules payroll_rules(const Policy& policy) {
    return {policy.rounding_method, policy.helper_income, policy.household_help_paid_holiday};
}

HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month, const RateBook& rates, const Policy& policy) {
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound("helper " + std::to_string(helper_id) + " does not exist");
    return month_of_shifts(family_or_not_found(sql, helper->family_id), *helper, month,
                           store::list_helper_shifts(sql, helper_id, month), rates, payroll_rules(policy));
}

HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month) {
    return helper_payslip(sql, helper_id, month, store::load_rates(sql), store::load_policy(sql));
}

FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month) {
    return family_payslips(sql, family_id, month, store::load_rates(sql), store::load_policy(sql));
}

FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month, const RateBook& rates, const Policy& policy) {
    FamilyMonth out{family_or_not_found(sql, family_id), month, {}, {}, {}, false, {}, {}};
    const PayrollRules rules = payroll_rules(policy);
    std::map<Id, std::vector<ShiftRecord>> by_helper;
    for (auto& s : store::list_family_shifts(sql, family_id, month)) by_helper[s.helper_id].push_back(std::move(s));
    std::vector<Payslip> slips;
    for (const auto& helper : store::list_helpers(sql, family_id)) {
        auto shifts = by_helper.find(helper.id);
        if (shifts == by_helper.end()) continue;
        out.helpers.push_back(month_of_shifts(out.family, helper, month, shifts->second, rates, rules));
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

reports::PayslipDocument payslip_document(const HelperMonth& m) {
    return {m.family.name,       m.family.cvr,    m.helper.name, mask_cpr(m.helper.cpr),
            m.month,             m.helper.tax_card, m.payslip,   hours_of_minutes(m.subsidisable_minutes),
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
