#include "store/schema.h"

namespace hjt::store {

namespace {

// Minutes since 1970-01-01T00:00Z of a column holding "yyyy-mm-ddThh:mmZ", in
// SQL both databases evaluate alike (no date functions; integer division
// truncates in both): days from the civil date with the year starting in
// March, so the leap day is the year's last (Howard Hinnant's days_from_civil
// for years from 0).
std::string epoch_minutes_of(const std::string& column) {
    auto part = [&](int from, int length) {
        return "CAST(SUBSTR(" + column + ", " + std::to_string(from) + ", " + std::to_string(length) + ") AS INTEGER)";
    };
    const std::string month = part(6, 2);
    const std::string year = "(" + part(1, 4) + " - CASE WHEN " + month + " <= 2 THEN 1 ELSE 0 END)";
    const std::string day_of_year = "((153 * ((" + month + " + 9) % 12) + 2) / 5 + " + part(9, 2) + " - 1)";
    const std::string days = "(365 * " + year + " + " + year + " / 4 - " + year + " / 100 + " + year + " / 400 + " +
                             day_of_year + " - 719468)";
    return "(" + days + " * 1440 + " + part(12, 2) + " * 60 + " + part(15, 2) + ")";
}

} // namespace

// Version 15: a shift's UTC start and end as integers, minutes since the epoch
// (issue 18), instead of the text "2026-03-10T13:00Z". The overlap check of a
// shift import compares them by the (helper_id, start_min) index for the
// file's helpers; integer keys are a third of the text's size, so a monthly
// import of 10,000 families writes half the index pages it did and nothing is
// parsed on reading. The index by start alone (schema 11) goes: the check now
// reads by helper, and each new shift no longer lands in a third index.
// Existing rows get their values from the text; the text columns are dropped
// (the local date and clock times stay, as the family wrote them).
std::vector<std::string> schema_v15() {
    return {
        "ALTER TABLE shifts ADD COLUMN start_min INTEGER",
        "ALTER TABLE shifts ADD COLUMN end_min INTEGER",
        "UPDATE shifts SET start_min = " + epoch_minutes_of("start_utc") + ", end_min = " + epoch_minutes_of("end_utc"),
        "DROP INDEX shifts_helper",
        "DROP INDEX shifts_start",
        "ALTER TABLE shifts DROP COLUMN start_utc",
        "ALTER TABLE shifts DROP COLUMN end_utc",
        "CREATE INDEX shifts_helper ON shifts(helper_id, start_min)",
    };
}

} // namespace hjt::store
