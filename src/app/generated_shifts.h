// The shifts of a synthetic family for `hjt generate --shifts`: weekday
// daytime shifts (from 08:00, within the 07–16 window) whose hours add up to
// what the family's grants approve, except on public holidays and in the
// family's summer and Christmas holidays, so the yearly reconciliation of
// generated data has unused hours to claim back.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "app/seeded_random.h"
#include "domain/entities.h"

namespace hjt::app {

class ShiftWriter {
public:
    // Writes shifts.csv rows (helper;date;start;end) for days of `year` to `out`.
    ShiftWriter(std::ostream& out, int year);

    // Helpers work in at most two parallel lanes (one per child), each helper
    // in one lane only, so no helper has overlapping shifts. A lane holds 8
    // hours a day: the generator gives a family approved more than 40 hours a
    // week at least two helpers. Returns the number of shifts written.
    long long write_family(const std::vector<std::string>& helper_keys, const std::vector<Grant>& grants,
                           SeededRandom& random);

private:
    // Minutes of training the grants approve on one day (weekly hours / 5).
    int approved_minutes(const std::vector<Grant>& grants, Date day) const;
    long long write_lane(const std::vector<const std::string*>& helpers, int day_index, int minutes);

    std::ostream& out_;
    std::vector<Date> days_;               // every day of the year
    std::vector<std::string> day_text_;    // "dd-mm-yyyy", formatted once per day, not per shift
    std::vector<bool> training_day_;       // Monday–Friday and not a public holiday
    std::string line_;
};

} // namespace hjt::app
