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

// {id, helper_id, family_id, date, start, end, minutes, subsidisable_minutes,
//  excluded: [{reason, minutes, holiday|null, description}]}
Poco::JSON::Object::Ptr to_json(const ShiftRecord& s, const Policy& policy);
// {hours, hourly_wage, gross, atp_employee, atp_employer, am_bidrag, a_skat, net, holiday_pay,
//  holiday_am_bidrag, holiday_a_skat, holiday_net, other_oncosts, employer_cost}
Poco::JSON::Object::Ptr to_json(const Payslip& p);
// {helper_id, month, shifts, minutes, subsidisable_minutes, rates_estimated, payslip: {...}}
Poco::JSON::Object::Ptr to_json(const HelperMonth& m);

} // namespace hjt::app
