// Shifts and payslips as JSON for the API, the CLI's --json and the audit
// trail, in the conventions of app/entity_json.h (money in øre, hours in
// hundredths, minutes where the unit is minutes, ISO dates).
#pragma once

#include <Poco/JSON/Object.h>

#include "app/payslip_service.h"
#include "domain/payslip.h"
#include "domain/policy.h"
#include "domain/shift_record.h"

namespace hjt::app {

// {id, helper_id, family_id, date, start, end, kind ("work"|"sick"), minutes, subsidisable_minutes,
//  excluded: [{reason, minutes, holiday|null, description}]}
Poco::JSON::Object::Ptr to_json(const ShiftRecord& s, const Policy& policy);
// {rounding_method: 1|2|3, helper_income: "A"|"B", household_help_paid_holiday, description: [Danish lines]}
Poco::JSON::Object::Ptr to_json(const PayrollRules& rules);
// {policy: {...}, hours, sick_hours, household_help, hourly_wage, sick_pay, gross, atp_employee,
//  atp_employer, am_income, am_bidrag, a_income, deduction_used, a_skat, net, holiday_pay,
//  holiday_am_bidrag, holiday_deduction_used, holiday_a_skat, holiday_net, employer_contributions,
//  employer_cost, contributions: {aub, aes, barsel, fib}}
Poco::JSON::Object::Ptr to_json(const Payslip& p);
// {helper_id, month, shifts, minutes, sick_minutes, subsidisable_minutes, rates_estimated,
//  employer_figures_estimated, tax_card: {the card in force, app/tax_card_json.h}, payslip: {...}}
Poco::JSON::Object::Ptr to_json(const HelperMonth& m);
// {family_id, month, items: [helper months], totals: {payslip sums}, work_injury, work_injury_estimated,
//  reported_withholding, employer_cost}
Poco::JSON::Object::Ptr to_json(const FamilyMonth& payroll);

} // namespace hjt::app
