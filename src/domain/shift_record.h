// A shift as kept: who worked it, when, and its classification. The month a
// shift counts in (payslip, reconciliation) is the month of the day it starts.
#pragma once

#include <optional>
#include <string>

#include "domain/entities.h"
#include "domain/shift_classification.h"

namespace hjt {

// What the hours of a timesheet line are (domain.md §6): worked, or sick hours
// in the employer period, which are wages too (sygedagpengeloven) and go on
// the payslip at the wage. Both are classified alike for the subsidy.
enum class ShiftKind { work, sick };

// "work", "sick": storage, JSON and the import files' kind column.
std::span<const EnumText<ShiftKind>> codes(ShiftKind);
// Also the Danish words of the timesheet template ("arbejde", "syg"), in any
// case; an empty text is work. nullopt for anything else.
std::optional<ShiftKind> parse_shift_kind(const std::string& text);

struct ShiftRecord {
    Id id = 0;
    Id helper_id = 0;
    Id family_id = 0;
    ShiftTimes times;
    ShiftClassification classification;
    ShiftKind kind = ShiftKind::work;
};

} // namespace hjt
