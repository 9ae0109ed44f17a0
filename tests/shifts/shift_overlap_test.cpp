#include <catch2/catch.hpp>

#include "domain/shift_overlap.h"

using namespace hjt;

namespace {
UtcMinutes at(int minute) { return UtcMinutes{std::chrono::minutes{minute}}; }
} // namespace

TEST_CASE("overlap: same helper overlapping is found, touching and other helpers are not", "[shifts][overlap]") {
    std::vector<ShiftSpan> spans = {
        {1, at(600), at(720), 2, false},  // 10:00–12:00
        {1, at(540), at(600), 1, false},  // 09:00–10:00 touches, no overlap
        {2, at(600), at(720), 3, false},  // another helper at the same time
        {1, at(700), at(800), 4, false},  // overlaps line 2
        {1, at(900), at(1000), 7, true},  // stored
        {1, at(950), at(990), 5, false},  // inside the stored one
        {1, at(2000), at(2100), 8, true}, // stored shifts never clash with each other here
        {1, at(2050), at(2060), 9, true},
    };
    auto clashes = find_overlaps(spans);
    REQUIRE(clashes.size() == 2);
    CHECK(clashes[0].shift.ref == 4);
    CHECK(clashes[0].other.ref == 2);
    CHECK(clashes[1].shift.ref == 5);
    CHECK(clashes[1].other.ref == 7);
    CHECK(clashes[1].other.stored);
}

TEST_CASE("overlap: a new shift starting before a stored one it overlaps is reported as the new one",
          "[shifts][overlap]") {
    std::vector<ShiftSpan> spans = {{1, at(900), at(1000), 11, true}, {1, at(850), at(950), 3, false}};
    auto clashes = find_overlaps(spans);
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].shift.ref == 3);
    CHECK_FALSE(clashes[0].shift.stored);
    CHECK(clashes[0].other.ref == 11);
}
