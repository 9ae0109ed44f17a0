// Shifts as stored (table shifts): the local date and clock times as written,
// the UTC instants as minutes since 1970-01-01T00:00Z (start_min, end_min:
// integers, so the overlap check compares numbers by the (helper_id,
// start_min) index and nothing is parsed on reading), the real and subsidisable minutes, and the
// excluded parts as "reason:minutes[:holiday]" joined by ";" (a part outside a
// grant's own window ends ":@start-end" in minutes after midnight), and the kind.
// Plain reads and writes in the caller's transaction; checks and audit live in
// app/shift_service.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <set>
#include <span>
#include <vector>

#include "domain/shift_overlap.h"
#include "domain/shift_record.h"

namespace hjt::store {

// Call first in a transaction that checks a family's shifts for overlaps and
// then writes: it writes to the family's row, so the transaction holds the
// write lock before it reads (SQLite: the database's, as BEGIN IMMEDIATE would;
// PostgreSQL: the family row's). Two imports for one family then run one after
// the other, and the second sees the first one's shifts. NotFound for an unknown family.
void lock_family_shifts(soci::session& sql, Id family_id);
// The same for a file that may name any family's helpers: every family's row.
void lock_all_shifts(soci::session& sql);

Id insert_shift(soci::session& sql, const ShiftRecord& shift);
// Many at once, as one prepared statement: the import's path.
void insert_shifts(soci::session& sql, std::span<const ShiftRecord> shifts);
std::optional<ShiftRecord> find_shift(soci::session& sql, Id id);
// New times and classification for a stored shift (its id, helper and family stay).
void update_shift(soci::session& sql, const ShiftRecord& shift);
void delete_shift(soci::session& sql, Id id);

// The shifts starting on local days first..last: work_date between `from` and
// `to`, and start_min between `earliest` and `latest` with a day to spare each
// side, so that a query by the (helper_id, start_min) index reads those days
// alone (shifts have no index by family or date: store/shift_store.cpp).
struct ShiftDays {
    std::string from, to;                // ISO dates, as work_date
    long long earliest = 0, latest = 0;  // start_min >= earliest, < latest
};
ShiftDays day_bounds(Date first, Date last);

// The shifts starting in `month`, by start.
std::vector<ShiftRecord> list_helper_shifts(soci::session& sql, Id helper_id, Month month);
// The shifts of the families with ids first..last starting in `month`, by
// helper and start, in one query (payroll adds them up instead:
// families_month_minutes; bench scale reads an import's month back so).
std::vector<ShiftRecord> list_families_shifts(soci::session& sql, Id first_family, Id last_family, Month month);
// A helper's shifts of a month added up, as a payslip takes them
// (app/payslip_service): how many, their minutes (work and sick), the minutes
// of the sick ones and the subsidisable minutes.
struct HelperMonthMinutes {
    Id helper_id = 0;
    long long shifts = 0;
    long long minutes = 0;
    long long sick_minutes = 0;
    long long subsidisable_minutes = 0;
};
// The helper's shifts starting in `month` added up (zeros without any).
HelperMonthMinutes helper_month_minutes(soci::session& sql, Id helper_id, Month month);
// Each helper of the families first..last with shifts starting in `month`, by
// helper id: one query, the database adding up, so a page of families'
// payslips reads a row a helper, not each shift (issue 18: the payroll dues
// on a run sheet read and held a month of shifts, half the sheet's time).
std::vector<HelperMonthMinutes> families_month_minutes(soci::session& sql, Id first_family, Id last_family, Month month);
// The same for the families' helpers already read (`helper_ids`, by id: e.g.
// list_families_helpers'), without reading their ids again.
std::vector<HelperMonthMinutes> families_month_minutes(soci::session& sql, std::vector<Id> helper_ids, Id first_family,
                                                       Id last_family, Month month);
// The shifts of `year` of the families with ids first..last, in one query:
// family by family, each family's month by month, each month's as
// list_families_shifts orders it.
std::vector<ShiftRecord> list_families_year_shifts(soci::session& sql, Id first_family, Id last_family, int year);
// Every shift of the family, by helper and start (a subject-access export).
std::vector<ShiftRecord> list_all_family_shifts(soci::session& sql, Id family_id);

// The stored shifts of `helpers` that overlap [from, to), as spans for
// find_overlaps; with `stored_before`, only those with ids up to it (the
// shifts stored before an import that stores as it checks).
std::vector<ShiftSpan> stored_shift_spans(soci::session& sql, const std::set<Id>& helpers, UtcMinutes from,
                                          UtcMinutes to, std::optional<Id> stored_before = std::nullopt);
// The largest shift id (0 without shifts): ids given later are larger.
Id largest_shift_id(soci::session& sql);

// PostgreSQL plans each query by the statistics ANALYZE gathers, and
// autovacuum gathers them a minute or more after a table grew: a read right
// after a large import was planned for the table as it had been (issue 18: at
// 10,000 families the payout export after a year of shifts waited 8.6× its
// floor, 2.6× once analysed). So an import that grew the shifts by a tenth or
// more (autovacuum's own threshold) analyses them in its transaction, and its
// commit brings the statistics. `rows_before`: largest_shift_id before the
// import, which counts deleted shifts too, so it errs towards analysing less.
// SQLite keeps no statistics unless ANALYZE is run, which hjt never does: its
// plans follow the indexes alone, and nothing is done there.
void analyse_shifts_if_grown(soci::session& sql, long long rows_before, long long rows_added);

} // namespace hjt::store
