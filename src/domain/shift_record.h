// A shift as kept: who worked it, when, and its classification. The month a
// shift counts in (payslip, reconciliation) is the month of the day it starts.
#pragma once

#include "domain/entities.h"
#include "domain/shift_classification.h"

namespace hjt {

struct ShiftRecord {
    Id id = 0;
    Id helper_id = 0;
    Id family_id = 0;
    ShiftTimes times;
    ShiftClassification classification;
};

} // namespace hjt
