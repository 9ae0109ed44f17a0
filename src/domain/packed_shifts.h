// A shift file's shifts as its import holds them for the overlap check and
// its messages (issue 18: the import holds no more than the file). Each is a
// PackedShift of 16 bytes (the file has about 31 bytes a row): the helper as
// an index into a table of the file's helpers, the UTC start in 32-bit
// minutes, the length in 15 bits, the input line as the reference, and the
// UTC offsets at start and end, from which the times as written are
// recovered for the messages. Every narrowing is checked: an input line past
// 32 bits is a ValidationError (the file's size limit is a setting, so nothing
// else bounds it); the rest are invariants the limits guarantee and break
// with InvariantBroken (domain/invariant.h), each said where it is checked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <set>
#include <unordered_map>
#include <vector>

#include "domain/shift_overlap.h"
#include "domain/shift_times.h"

namespace hjt {

class PackedShifts {
public:
    // A new shift of the file on input `line`: `times` as written, [start,
    // end) its instants as classified (ShiftClassifier: 1 to max_shift_minutes
    // long, its year checked against limits::kYear).
    void add(Id helper_id, const ShiftTimes& times, UtcMinutes start, UtcMinutes end, std::size_t line);
    // After the new ones: the stored shifts of their helpers that the
    // overlap check compares them with (store::stored_shift_spans).
    void add_stored(const std::vector<ShiftSpan>& stored);

    std::size_t new_shifts() const { return new_shifts_; }
    // The helpers of the new shifts and the time they span, for reading the
    // stored shifts to compare; from() and to() only when there are new shifts.
    std::set<Id> helpers() const { return {helper_ids_.begin(), helper_ids_.end()}; }
    UtcMinutes from() const { return UtcMinutes{std::chrono::minutes{from_}}; }
    UtcMinutes to() const { return UtcMinutes{std::chrono::minutes{to_}}; }

    // find_overlaps over all of them (sorts them).
    std::vector<PackedClash> overlaps() { return find_overlaps(shifts_); }

    // A new shift's input line and its times as written; a stored one's id.
    static std::size_t line(const PackedShift& s) { return s.ref; }
    static ShiftTimes times(const PackedShift& s);
    Id stored_id(const PackedShift& s) const { return stored_ids_.at(s.ref); }
    Id helper_id(const PackedShift& s) const { return helper_ids_.at(s.helper); }

private:
    std::uint32_t helper_index(Id helper_id);

    std::deque<PackedShift> shifts_;  // see find_overlaps: a deque grows a block at a time
    std::vector<Id> helper_ids_;      // PackedShift::helper indexes these
    std::unordered_map<Id, std::uint32_t> helper_indexes_;
    std::vector<Id> stored_ids_;      // a stored PackedShift's ref indexes these
    std::size_t new_shifts_ = 0;
    std::int32_t from_ = 0;
    std::int32_t to_ = 0;
};

} // namespace hjt
