// Overlapping shifts of the same helper (domain.md §5: refused). Two helpers at
// the same time is normal and never an overlap. Shifts are half-open [start, end):
// one ending at 10:00 and the next starting at 10:00 do not overlap.
#pragma once

#include <cstddef>
#include <deque>
#include <vector>

#include "domain/copenhagen_clock.h"
#include "domain/entities.h"

namespace hjt {

struct ShiftSpan {
    Id helper_id = 0;
    UtcMinutes start;
    UtcMinutes end;
    std::size_t ref = 0;  // the caller's reference: an input line, or a stored shift's id
    bool stored = false;  // already in the store (true) or new (false)
};

struct ShiftClash {
    ShiftSpan shift;  // a new shift
    ShiftSpan other;  // the shift it overlaps (stored or new)
};

// Every new shift that overlaps another shift of its helper, each reported once
// against the shift before it that reaches furthest. Sorts `spans`.
std::vector<ShiftClash> find_overlaps(std::vector<ShiftSpan>& spans);
// The same for a file's millions of spans, gathered in a deque as it is read:
// it grows a block at a time, where a vector's doubling would hold them twice.
std::vector<ShiftClash> find_overlaps(std::deque<ShiftSpan>& spans);

} // namespace hjt
