// The import's packed shifts (domain/packed_shifts.h, issue 18): the times
// written come back from 16 bytes across midnight and both DST nights and at
// the limits, and every narrowing outside them is refused, never wrapped.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/packed_shifts.h"
#include "domain/shift_classification.h"

using namespace hjt;

namespace {

using date::day;
using date::month;
using date::year;

// The instants of a shift as ShiftClassifier makes them.
std::pair<UtcMinutes, UtcMinutes> instants(const ShiftTimes& t) {
    static const CopenhagenClock clock;
    return {*clock.to_utc(date::sys_days{t.date}, t.start_minute), *clock.to_utc(date::sys_days{t.date}, t.end_minute)};
}

void add(PackedShifts& shifts, Id helper, const ShiftTimes& t, std::size_t line) {
    const auto [start, end] = instants(t);
    shifts.add(helper, t, start, end, line);
}

ShiftTimes on(int y, unsigned m, unsigned d, int start, int end) {
    return ShiftTimes{year{y} / month{m} / day{d}, start, end};
}

UtcMinutes at(long long minute) { return UtcMinutes{std::chrono::minutes{minute}}; }

} // namespace

TEST_CASE("packed shifts: the times as written come back across midnight, both DST nights and the limits",
          "[shifts][overlap][packed]") {
    const std::vector<ShiftTimes> written = {
        on(2026, 3, 10, 9 * 60, 12 * 60),            // an ordinary morning
        on(2026, 3, 10, 22 * 60, 30 * 60),           // 22:00–06:00, into the next day
        on(2026, 3, 28, 23 * 60, 28 * 60),           // 23:00–04:00 over the spring night: 4 hours
        on(2026, 10, 24, 23 * 60, 28 * 60),          // the same over the autumn night: 6 hours
        on(2026, 10, 25, 2 * 60 + 30, 3 * 60),       // in the repeated hour (its first occurrence)
        on(2000, 1, 1, 0, 16 * 60),                  // the first day of limits::kYear, 16 hours
        on(2099, 12, 31, 8 * 60, 24 * 60),           // its last day to midnight, max_shift_minutes long
    };
    PackedShifts shifts;
    for (std::size_t i = 0; i < written.size(); ++i) add(shifts, static_cast<Id>(7 + i), written[i], 2 + i);
    add(shifts, 7, on(2026, 1, 5, 9 * 60, 10 * 60), std::numeric_limits<std::uint32_t>::max());  // the last line that fits
    REQUIRE(shifts.new_shifts() == written.size() + 1);
    CHECK(shifts.from() == instants(written[5]).first);
    CHECK(shifts.to() == instants(written[6]).second);
    CHECK(shifts.helpers().size() == written.size());  // each its own helper: the last line's is the first's
    CHECK(shifts.overlaps().empty());

    // Each shift again on its own, so its clash with a twin returns it.
    for (std::size_t i = 0; i < written.size(); ++i) {
        PackedShifts twins;
        add(twins, 7, written[i], 10);
        add(twins, 7, written[i], 11);
        const auto clashes = twins.overlaps();
        REQUIRE(clashes.size() == 1);
        const ShiftTimes back = PackedShifts::times(clashes[0].shift);
        CHECK(back.date == written[i].date);
        CHECK(back.start_minute == written[i].start_minute);
        CHECK(back.end_minute == written[i].end_minute);
        CHECK(twins.helper_id(clashes[0].other) == 7);
    }
}

TEST_CASE("packed shifts: a line past 32 bits is refused with the range, not wrapped", "[shifts][overlap][packed]") {
    PackedShifts shifts;
    const auto [start, end] = instants(on(2026, 1, 5, 9 * 60, 10 * 60));
    const std::size_t past = std::size_t{std::numeric_limits<std::uint32_t>::max()} + 1;
    try {
        shifts.add(7, on(2026, 1, 5, 9 * 60, 10 * 60), start, end, past);
        FAIL("a line past 32 bits was packed");
    } catch (const ValidationError& e) {
        CHECK(std::string(e.what()) == "skal være mellem 1 og 4294967295, fik 4294967296");
        CHECK(e.code() == "out_of_range");
    }
    CHECK(shifts.new_shifts() == 0);
}

TEST_CASE("packed shifts: a length or an instant outside the limits breaks an invariant", "[shifts][overlap][packed]") {
    PackedShifts shifts;
    const ShiftTimes t = on(2026, 1, 5, 8 * 60, 8 * 60);  // the written times are not what is checked here
    const long long day_start = 20'458LL * 1440 + 7 * 60;  // 5 January 2026 08:00 in Copenhagen, as UTC minutes
    CHECK_THROWS_AS(shifts.add(7, t, at(day_start), at(day_start + max_shift_minutes + 1), 2), InvariantBroken);
    CHECK_THROWS_AS(shifts.add(7, t, at(day_start), at(day_start), 2), InvariantBroken);
    const long long past_32_bits = std::numeric_limits<std::int32_t>::max();
    CHECK_THROWS_AS(shifts.add(7, t, at(past_32_bits - 60), at(past_32_bits + 60), 2), InvariantBroken);
    // An offset that is no zone's: the times written do not match the instants.
    CHECK_THROWS_AS(shifts.add(7, on(2026, 1, 5, 8 * 60 + 7, 9 * 60), at(day_start), at(day_start + 60), 2),
                    InvariantBroken);
    CHECK(shifts.new_shifts() == 0);
}

TEST_CASE("packed shifts: the helper table and stored shifts keep 64-bit ids", "[shifts][overlap][packed]") {
    const Id big_helper = Id{1} << 40;
    const Id big_stored = Id{1} << 35;
    PackedShifts shifts;
    add(shifts, 7, on(2026, 3, 10, 9 * 60, 12 * 60), 2);
    add(shifts, big_helper, on(2026, 3, 10, 9 * 60, 12 * 60), 3);
    add(shifts, 7, on(2026, 3, 11, 9 * 60, 12 * 60), 4);
    CHECK(shifts.helpers() == std::set<Id>{7, big_helper});

    const auto [start, end] = instants(on(2026, 3, 10, 11 * 60, 13 * 60));
    // A stored shift of a helper the file does not name was never asked for.
    CHECK_THROWS_AS(shifts.add_stored({{8, start, end, 99, true}}), InvariantBroken);
    shifts.add_stored({{big_helper, start, end, static_cast<std::size_t>(big_stored), true}});
    CHECK(shifts.new_shifts() == 3);

    const auto clashes = shifts.overlaps();
    REQUIRE(clashes.size() == 1);  // the big helper's shift and its stored one; not helper 7's at the same time
    CHECK(shifts.helper_id(clashes[0].shift) == big_helper);
    CHECK(PackedShifts::line(clashes[0].shift) == 3);
    CHECK(clashes[0].other.stored);
    CHECK(shifts.stored_id(clashes[0].other) == big_stored);
}
