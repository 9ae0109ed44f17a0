// The payroll year as JSON (app/entity_json.h's conventions).
#pragma once

#include <Poco/JSON/Object.h>

#include "app/payroll_year_service.h"

namespace hjt::app {

// {family_id, year, ties, helpers: [{helper_id, name, ties, totals: {payslip sums},
//  months: [{month, payslip: {...}, reported: bool}],
//  fields: [{group, field, label, computed, reported}], differences: [{month, group, field, computed, reported}]}]}
Poco::JSON::Object::Ptr to_json(const FamilyPayrollYear& year);

} // namespace hjt::app
