#include "domain/packed_shifts.h"

#include <algorithm>
#include <limits>
#include <string>

#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/shift_classification.h"

namespace hjt {

namespace {

using std::chrono::minutes;

constexpr int minutes_per_day = 24 * 60;
constexpr int offset_unit = 15;  // a UTC offset is whole quarter hours (Copenhagen's: 4 or 8 of them)

static_assert(sizeof(PackedShift) == 16, "the import's memory is counted in PackedShifts of 16 bytes");
static_assert(max_shift_minutes < (1 << 15), "a shift's length must fit PackedShift::minutes (15 bits)");

template <class Narrow>
bool fits(long long value) {
    return value >= std::numeric_limits<Narrow>::min() && value <= std::numeric_limits<Narrow>::max();
}

long long minutes_of(UtcMinutes t) { return t.time_since_epoch().count(); }

// [start, end) as a 32-bit start and a 15-bit length. Invariants: every
// shift's date is in limits::kYear (2000–2099, checked before a shift is
// classified or stored), so its minutes since 1970 are between 15 and 69
// million, far inside 32 bits; and ShiftClassifier refuses a shift that does
// not end after it starts or lasts longer than max_shift_minutes (16 h), new
// and stored shifts alike.
void pack_instants(PackedShift& s, UtcMinutes start, UtcMinutes end) {
    check_invariant(fits<std::int32_t>(minutes_of(start)) && fits<std::int32_t>(minutes_of(end)),
                    "a shift's UTC minutes fit 32 bits (limits::kYear)");
    const long long length = (end - start).count();
    check_invariant(length > 0 && length <= max_shift_minutes, "a shift lasts 1 minute to max_shift_minutes");
    s.start = static_cast<std::int32_t>(minutes_of(start));
    s.minutes = static_cast<std::uint16_t>(length) & 0x7fff;  // the bit-field's width; length < 2^15 (static_assert)
}

// The wall clock's offset from UTC at an instant, in quarter hours. Invariant:
// the instant is the wall time less the zone's offset (CopenhagenClock::to_utc),
// and a zone's offset is whole quarter hours within a day (int8: ±31 h).
std::int8_t packed_offset(long long local_minutes, UtcMinutes utc) {
    const long long offset = local_minutes - minutes_of(utc);
    check_invariant(offset % offset_unit == 0 && fits<std::int8_t>(offset / offset_unit),
                    "a shift's UTC offset is whole quarter hours within a day");
    return static_cast<std::int8_t>(offset / offset_unit);
}

} // namespace

void PackedShifts::add(Id helper_id, const ShiftTimes& times, UtcMinutes start, UtcMinutes end, std::size_t line) {
    // The one narrowing input can break: a line past 32 bits needs a file of
    // tens of gigabytes, which only a raised hjt.import.max_file_bytes allows.
    if (!fits<std::uint32_t>(static_cast<long long>(line)))
        throw ValidationError("", Message{MessageCode::out_of_range,
                                          {"1", std::to_string(std::numeric_limits<std::uint32_t>::max()),
                                           std::to_string(line)}});
    const long long midnight = date::sys_days{times.date}.time_since_epoch().count() * minutes_per_day;
    PackedShift s;
    s.helper = helper_index(helper_id);
    pack_instants(s, start, end);
    s.ref = static_cast<std::uint32_t>(line);
    s.start_offset = packed_offset(midnight + times.start_minute, start);
    s.end_offset = packed_offset(midnight + times.end_minute, end);
    const std::int32_t until = s.start + s.minutes;
    from_ = new_shifts_ ? std::min(from_, s.start) : s.start;
    to_ = new_shifts_ ? std::max(to_, until) : until;
    shifts_.push_back(s);
    ++new_shifts_;
}

void PackedShifts::add_stored(const std::vector<ShiftSpan>& stored) {
    for (const ShiftSpan& span : stored) {
        const auto known = helper_indexes_.find(span.helper_id);
        check_invariant(known != helper_indexes_.end(), "stored shifts are read for the file's helpers only");
        // Invariant: the stored shifts are held as ShiftSpans (40 bytes) as well,
        // so memory runs out long before there are 2^32 of them.
        check_invariant(fits<std::uint32_t>(static_cast<long long>(stored_ids_.size())),
                        "fewer than 2^32 stored shifts are compared");
        PackedShift s;
        s.helper = known->second;
        pack_instants(s, span.start, span.end);
        s.ref = static_cast<std::uint32_t>(stored_ids_.size());
        s.stored = 1;
        stored_ids_.push_back(static_cast<Id>(span.ref));
        shifts_.push_back(s);
    }
}

ShiftTimes PackedShifts::times(const PackedShift& s) {
    const minutes local_start{s.start + offset_unit * s.start_offset};
    const minutes local_end{s.start + s.minutes + offset_unit * s.end_offset};
    const date::days day = std::chrono::floor<date::days>(local_start);
    return ShiftTimes{Date{date::sys_days{day}}, static_cast<int>((local_start - day).count()),
                      static_cast<int>((local_end - day).count())};
}

// Invariant: a helper enters the table with a new shift, and new shifts are
// fewer than their lines, which fit 32 bits (add), so the indexes do too.
std::uint32_t PackedShifts::helper_index(Id helper_id) {
    if (const auto known = helper_indexes_.find(helper_id); known != helper_indexes_.end()) return known->second;
    check_invariant(fits<std::uint32_t>(static_cast<long long>(helper_ids_.size())),
                    "a file's helpers fit a 32-bit index");
    const auto index = static_cast<std::uint32_t>(helper_ids_.size());
    helper_ids_.push_back(helper_id);
    helper_indexes_.emplace(helper_id, index);
    return index;
}

} // namespace hjt
