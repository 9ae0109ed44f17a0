// Overlapping shifts of the same helper (domain.md §5: refused). Two helpers at
// the same time is normal and never an overlap. Shifts are half-open [start, end):
// one ending at 10:00 and the next starting at 10:00 do not overlap.
#pragma once

#include <cstddef>
#include <cstdint>
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

// A shift as a file's import holds it for the overlap check, 16 bytes where a
// ShiftSpan takes 40 (issue 18: three million of them). Built and read only
// by PackedShifts (domain/packed_shifts.h), which checks every narrowing.
struct PackedShift {
    std::uint32_t helper = 0;            // index into the import's table of helpers
    std::int32_t start = 0;              // UTC minutes since 1970-01-01T00:00Z
    std::uint32_t ref = 0;               // a new shift's input line; a stored shift's index among the stored
    std::uint16_t minutes : 15 = 0;      // length, at most max_shift_minutes (960)
    std::uint16_t stored : 1 = 0;        // already in the store (1) or new (0)
    std::int8_t start_offset = 0;        // local wall clock minus UTC at the start, in quarter hours
    std::int8_t end_offset = 0;          // the same at the end (they differ across a DST change)
};

template <class Span>
struct Clash {
    Span shift;  // a new shift
    Span other;  // the shift it overlaps (stored or new)
};
using ShiftClash = Clash<ShiftSpan>;
using PackedClash = Clash<PackedShift>;

// Every new shift that overlaps another shift of its helper, each reported once
// against the shift before it that reaches furthest. Sorts `spans`.
std::vector<ShiftClash> find_overlaps(std::vector<ShiftSpan>& spans);
// The same for a file's millions of packed shifts (one sweep for both), gathered
// in a deque as the file is read: it grows a block at a time, where a vector's
// doubling would hold them twice.
std::vector<PackedClash> find_overlaps(std::deque<PackedShift>& shifts);

} // namespace hjt
