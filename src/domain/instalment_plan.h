// An instalment plan (afdragsordning): the balance split into monthly amounts
// from a first due date, the last one the remainder.
#pragma once

#include <vector>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt {

struct Instalment {
    Date due;
    Money amount;
};

// ValidationError "amount_per_month" unless 0 < per_month; at most 120
// instalments ("amount_per_month" too small otherwise). A due day past the end
// of a shorter month falls on its last day.
std::vector<Instalment> instalment_schedule(Money total, Money per_month, Date first);

// Σ of the instalments due on or before `day`.
Money due_by(const std::vector<Instalment>& schedule, Date day);

} // namespace hjt
