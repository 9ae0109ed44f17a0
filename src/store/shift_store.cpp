#include "store/shift_store.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <tuple>

#include "domain/digits.h"
#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/shift_classification.h"
#include "store/batch_insert.h"
#include "store/helper_batch.h"
#include "store/query_param.h"
#include "store/sql_dialect.h"
#include "store/sqlite_rows.h"

namespace hjt::store {

namespace {

using date::sys_days;

std::string encode_excluded(const ShiftClassification& c) {
    std::string out;
    for (const auto& part : c.excluded_parts()) {
        if (!out.empty()) out += ';';
        out += to_string(part.reason) + ':' + std::to_string(part.minutes);
        if (part.holiday) out += ':' + *part.holiday;
        // A grant's own window: "after_window:120:@420-1200" (minutes after midnight).
        if (part.window_start >= 0)
            out += ":@" + std::to_string(part.window_start) + '-' + std::to_string(part.window_end);
    }
    return out;
}

// The inverse of encode_excluded; a value it cannot read was not written by
// this program, so it is an error rather than a silent default.
void decode_excluded(const std::string& text, ShiftClassification& c) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(';', pos);
        if (end == std::string::npos) end = text.size();
        std::string item = text.substr(pos, end - pos);
        pos = end + 1;
        std::size_t colon = item.find(':');
        std::size_t second = colon == std::string::npos ? std::string::npos : item.find(':', colon + 1);
        auto reason = parse_exclusion(item.substr(0, colon));
        if (!reason || colon == std::string::npos || c.excluded_count == static_cast<int>(c.excluded.size()))
            throw std::runtime_error("corrupt excluded parts '" + text + "' in table shifts");
        ExcludedPart& part = c.excluded[c.excluded_count++];
        part.reason = *reason;
        part.minutes = std::stoi(item.substr(colon + 1, second - colon - 1));
        if (second == std::string::npos) continue;
        std::string rest = item.substr(second + 1);
        if (rest.rfind('@', 0) == 0) {
            auto dash = rest.find('-');
            if (dash == std::string::npos || !all_digits(rest.substr(1, dash - 1)) || !all_digits(rest.substr(dash + 1)) ||
                dash == 1 || dash + 1 == rest.size())
                throw std::runtime_error("corrupt excluded parts '" + text + "' in table shifts");
            part.window_start = std::stoi(rest.substr(1, dash - 1));
            part.window_end = std::stoi(rest.substr(dash + 1));
        } else {
            part.holiday = holiday_name(rest);
        }
    }
}

// start_min and end_min: minutes since 1970-01-01T00:00Z (schema 15).
UtcMinutes stored_utc(long long minutes) { return UtcMinutes{std::chrono::minutes{minutes}}; }
long long epoch_minutes(UtcMinutes t) { return t.time_since_epoch().count(); }

// One row of the shifts table, bound once and converted after each fetch.
struct ShiftRow {
    static constexpr const char* select =
        "SELECT id, helper_id, family_id, work_date, start_time, end_time, start_min, end_min,"
        " minutes, subsidisable_minutes, excluded, kind FROM shifts";
    long long id = 0, helper_id = 0, family_id = 0, start_min = 0, end_min = 0;
    std::string work_date, start_time, end_time, excluded, kind;
    int minutes = 0, subsidisable = 0;

    void bind(soci::statement& st) {
        for (auto* v : {&id, &helper_id, &family_id}) st.exchange(soci::into(*v));
        for (auto* v : {&work_date, &start_time, &end_time}) st.exchange(soci::into(*v));
        for (auto* v : {&start_min, &end_min}) st.exchange(soci::into(*v));
        st.exchange(soci::into(minutes));
        st.exchange(soci::into(subsidisable));
        st.exchange(soci::into(excluded));
        st.exchange(soci::into(kind));
    }

    ShiftRecord record() const {
        auto day = parse_iso_date(work_date);
        auto start = parse_clock(start_time, false);
        auto end = parse_clock(end_time, true);
        if (!day || !start || !end) throw std::runtime_error("corrupt date or time in shift " + std::to_string(id));
        ShiftRecord r{id, helper_id, family_id, shift_times_on(*day, *start, *end), {}};
        r.classification.start_utc = stored_utc(start_min);
        r.classification.end_utc = stored_utc(end_min);
        r.classification.minutes = minutes;
        r.classification.subsidisable_minutes = subsidisable;
        decode_excluded(excluded, r.classification);
        auto stored_kind = parse_shift_kind(kind);
        if (!stored_kind || to_string(*stored_kind) != kind) throw std::runtime_error("corrupt kind '" + kind + "' in shift " + std::to_string(id));
        r.kind = *stored_kind;
        return r;
    }
};

template <class... Params>
std::vector<ShiftRecord> select_shifts(soci::session& sql, const std::string& where, const Params&... params) {
    ShiftRow row;
    std::vector<ShiftRecord> out;
    soci::statement st(sql);
    row.bind(st);
    (use_param(st, params), ...);
    st.alloc();
    prepare_once(st, std::string(ShiftRow::select) + " " + where);
    st.define_and_bind();
    if (!st.execute(true)) return out;
    do out.push_back(row.record());
    while (st.fetch());
    return out;
}

// Executes `st` once a batch of `helpers` (bound to it), calling on_row per row.
template <class OnRow>
void each_batch(soci::statement& st, HelperBatch& helpers, OnRow on_row) {
    while (helpers.fill()) {
        if (!st.execute(true)) continue;
        do on_row();
        while (st.fetch());
    }
}

// The shifts of `helpers` that `and_where` (" AND ...", with its parameters)
// selects, a batch of helpers at a time; in helper order when and_where
// orders by helper_id first.
template <class... Params>
std::vector<ShiftRecord> select_helpers_shifts(soci::session& sql, HelperBatch helpers, const std::string& and_where,
                                               const Params&... params) {
    ShiftRow row;
    std::vector<ShiftRecord> out;
    if (helpers.empty()) return out;
    soci::statement st(sql);
    row.bind(st);
    helpers.bind(st);
    (use_param(st, params), ...);
    prepare_for(st, std::string(ShiftRow::select) + " WHERE " + helpers.in_list() + and_where, helpers);
    each_batch(st, helpers, [&] { out.push_back(row.record()); });
    return out;
}

// HelperMonthMinutes of each of `helpers` with shifts that `and_where`
// selects, by helper id, the database adding up.
template <class... Params>
std::vector<HelperMonthMinutes> select_month_minutes(soci::session& sql, HelperBatch helpers,
                                                     const std::string& and_where, const Params&... params) {
    HelperMonthMinutes row;
    const std::string sick = to_string(ShiftKind::sick);
    std::vector<HelperMonthMinutes> out;
    if (helpers.empty()) return out;
    soci::statement st(sql);
    st.exchange(soci::into(row.helper_id));
    for (auto* v : {&row.shifts, &row.minutes, &row.sick_minutes, &row.subsidisable_minutes})
        st.exchange(soci::into(*v));
    st.exchange(soci::use(sick));
    helpers.bind(st);
    (use_param(st, params), ...);
    prepare_for(st,
                "SELECT helper_id, COUNT(*), SUM(minutes), SUM(CASE WHEN kind = :sick THEN minutes ELSE 0 END),"
                " SUM(subsidisable_minutes) FROM shifts WHERE " + helpers.in_list() + and_where +
                    " GROUP BY helper_id ORDER BY helper_id",
                helpers);
    each_batch(st, helpers, [&] { out.push_back(row); });
    return out;
}

// A shift starts within a day of its local date's midnight read as UTC
// (Copenhagen is one or two hours ahead): the reads of a family's days
// (day_bounds) find its shifts by that, so every shift written must hold it.
constexpr std::chrono::minutes kDay{24 * 60};
bool starts_on_its_date(const ShiftRecord& s) {
    const UtcMinutes midnight{sys_days{s.times.date}};
    return s.classification.start_utc >= midnight - kDay && s.classification.start_utc < midnight + 2 * kDay;
}

// The columns written for a shift, as text where the table keeps text.
struct ShiftColumns {
    std::string work_date, start_time, end_time;
    long long start_min = 0, end_min = 0;
    std::string excluded, kind;

    ShiftColumns() = default;  // a batch's row before it is filled
    explicit ShiftColumns(const ShiftRecord& s)
        : work_date(iso(s.times.date)),
          start_time(format_clock(s.times.start_minute)),
          // The end is kept as the clock shows it; "24:00" stays "24:00" so it reads back as midnight.
          end_time(s.times.end_minute == 24 * 60 ? "24:00" : format_clock(s.times.end_minute)),
          start_min(epoch_minutes(s.classification.start_utc)),
          end_min(epoch_minutes(s.classification.end_utc)),
          excluded(encode_excluded(s.classification)),
          kind(to_string(s.kind)) {
        check_invariant(starts_on_its_date(s), "a shift's UTC start lies within a day of its local date");
    }
};

constexpr const char* insert_columns =
    "INSERT INTO shifts (helper_id, family_id, work_date, start_time, end_time, start_min, end_min,"
    " minutes, subsidisable_minutes, excluded, kind)";
const std::string insert_sql = std::string(insert_columns) +
                               " VALUES (:helper, :family, :work_date, :start_time, :end_time, :start_min, :end_min,"
                               " :minutes, :subsidisable, :excluded, :kind)";

// A row of insert_columns for batch_insert.h.
struct ShiftInsertRow {
    static constexpr std::size_t columns = 11;
    long long helper = 0, family = 0;
    ShiftColumns c;
    int minutes = 0, subsidisable = 0;

    ShiftInsertRow() = default;
    explicit ShiftInsertRow(const ShiftRecord& s)
        : helper(s.helper_id), family(s.family_id), c(s), minutes(s.classification.minutes),
          subsidisable(s.classification.subsidisable_minutes) {}

    void bind(soci::statement& st) {
        for (auto* v : {&helper, &family}) st.exchange(soci::use(*v));
        for (auto* v : {&c.work_date, &c.start_time, &c.end_time}) st.exchange(soci::use(*v));
        for (auto* v : {&c.start_min, &c.end_min}) st.exchange(soci::use(*v));
        for (auto* v : {&minutes, &subsidisable}) st.exchange(soci::use(*v));
        for (auto* v : {&c.excluded, &c.kind}) st.exchange(soci::use(*v));
    }
};

// A family's shifts are read through its helpers (a helper works for one
// family and is never moved) by the (helper_id, start_min) index: since
// schema 25 the shifts have no index by family, so that a month's import
// writes an index page a helper and not one a family as well. The helpers
// are named (store/helper_batch.h), and the shifts' own family_id must be in
// range too. The start_min bounds of some local days (day_bounds,
// shift_store.h) hold every shift starting on them, with a day to spare each
// side (Copenhagen is one or two hours ahead of UTC), so the index reads a
// helper's days alone; work_date then picks them exactly.
const std::string kOfFamilies = " AND family_id BETWEEN :first AND :last";
const std::string kDays =
    " AND start_min >= :earliest AND start_min < :latest AND work_date >= :from AND work_date <= :to";
const std::string kFamilyDays = kOfFamilies + kDays;

} // namespace

ShiftDays day_bounds(Date first, Date last) {
    return {iso(first), iso(last), epoch_minutes(UtcMinutes{sys_days{first}} - kDay),
            epoch_minutes(UtcMinutes{sys_days{last}} + 2 * kDay)};
}

void lock_family_shifts(soci::session& sql, Id family_id) {
    soci::statement st = (sql.prepare << "UPDATE families SET status = status WHERE id = :id", soci::use(family_id));
    st.execute(true);
    if (st.get_affected_rows() == 0) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
}

void lock_all_shifts(soci::session& sql) { sql << "UPDATE families SET status = status"; }

Id insert_shift(soci::session& sql, const ShiftRecord& s) {
    ShiftColumns c(s);
    sql << insert_sql, soci::use(s.helper_id), soci::use(s.family_id), soci::use(c.work_date),
        soci::use(c.start_time), soci::use(c.end_time), soci::use(c.start_min), soci::use(c.end_min),
        soci::use(s.classification.minutes), soci::use(s.classification.subsidisable_minutes),
        soci::use(c.excluded), soci::use(c.kind);
    return last_insert_id(sql, "shifts");
}

void insert_shifts(soci::session& sql, std::span<const ShiftRecord> shifts) {
    if (shifts.empty()) return;
    if (backend_of(sql) == Backend::sqlite) {
        // One prepared statement of SQLite's own, a row at a time (sqlite_rows.h).
        SqliteRows rows(sql, insert_sql);
        for (const auto& s : shifts) {
            const ShiftColumns c(s);
            int column = 0;
            for (long long v : {s.helper_id, s.family_id}) rows.bind(++column, v);
            for (const auto* v : {&c.work_date, &c.start_time, &c.end_time}) rows.bind(++column, *v);
            for (long long v : {c.start_min, c.end_min}) rows.bind(++column, v);
            for (int v : {s.classification.minutes, s.classification.subsidisable_minutes}) rows.bind(++column, v);
            for (const auto* v : {&c.excluded, &c.kind}) rows.bind(++column, *v);
            rows.write();
        }
        return;
    }
    // PostgreSQL: many rows a statement, each statement a round trip (batch_insert.h).
    insert_rows<ShiftInsertRow>(sql, insert_columns, shifts.size(),
                                [&](std::size_t i, ShiftInsertRow& row) { row = ShiftInsertRow(shifts[i]); });
}

void update_shift(soci::session& sql, const ShiftRecord& s) {
    ShiftColumns c(s);
    sql << "UPDATE shifts SET work_date = :work_date, start_time = :start_time, end_time = :end_time,"
           " start_min = :start_min, end_min = :end_min, minutes = :minutes, subsidisable_minutes = :subsidisable,"
           " excluded = :excluded, kind = :kind WHERE id = :id",
        soci::use(c.work_date), soci::use(c.start_time), soci::use(c.end_time), soci::use(c.start_min),
        soci::use(c.end_min), soci::use(s.classification.minutes), soci::use(s.classification.subsidisable_minutes),
        soci::use(c.excluded), soci::use(c.kind), soci::use(s.id);
}

void delete_shift(soci::session& sql, Id id) { sql << "DELETE FROM shifts WHERE id = :id", soci::use(id); }

std::optional<ShiftRecord> find_shift(soci::session& sql, Id id) {
    auto found = select_shifts(sql, "WHERE id = :id", id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<ShiftRecord> list_helper_shifts(soci::session& sql, Id helper_id, Month month) {
    const auto days = day_bounds(first_day(month), last_day(month));
    return select_helpers_shifts(sql, HelperBatch({helper_id}), kDays + " ORDER BY start_min", days.earliest,
                                 days.latest, days.from, days.to);
}

HelperMonthMinutes helper_month_minutes(soci::session& sql, Id helper_id, Month month) {
    const auto days = day_bounds(first_day(month), last_day(month));
    const auto found =
        select_month_minutes(sql, HelperBatch({helper_id}), kDays, days.earliest, days.latest, days.from, days.to);
    check_invariant(found.size() <= 1, "one helper's shifts add up to one row");
    return found.empty() ? HelperMonthMinutes{helper_id} : found.front();
}

std::vector<HelperMonthMinutes> families_month_minutes(soci::session& sql, Id first_family, Id last_family, Month month) {
    return families_month_minutes(sql, family_helper_ids(sql, first_family, last_family), first_family, last_family,
                                  month);
}

std::vector<HelperMonthMinutes> families_month_minutes(soci::session& sql, std::vector<Id> helper_ids, Id first_family,
                                                       Id last_family, Month month) {
    const auto days = day_bounds(first_day(month), last_day(month));
    return select_month_minutes(sql, HelperBatch(std::move(helper_ids)), kFamilyDays, first_family, last_family,
                                days.earliest, days.latest, days.from, days.to);
}

std::vector<ShiftRecord> list_families_shifts(soci::session& sql, Id first_family, Id last_family, Month month) {
    const auto days = day_bounds(first_day(month), last_day(month));
    return select_helpers_shifts(sql, HelperBatch(family_helper_ids(sql, first_family, last_family)),
                                 kFamilyDays + " ORDER BY helper_id, start_min", first_family, last_family,
                                 days.earliest, days.latest, days.from, days.to);
}

std::vector<ShiftRecord> list_families_year_shifts(soci::session& sql, Id first_family, Id last_family, int year) {
    const auto days = day_bounds(date::year{year} / 1 / 1, date::year{year} / 12 / 31);
    auto out = select_helpers_shifts(sql, HelperBatch(family_helper_ids(sql, first_family, last_family)), kFamilyDays,
                                     first_family, last_family, days.earliest, days.latest, days.from, days.to);
    // Family by family, month by month, helper by helper, by start.
    std::sort(out.begin(), out.end(), [](const ShiftRecord& a, const ShiftRecord& b) {
        const auto key = [](const ShiftRecord& s) {
            const date::year_month_day day{s.times.date};
            return std::tuple(s.family_id, day.year(), day.month(), s.helper_id, s.classification.start_utc);
        };
        return key(a) < key(b);
    });
    return out;
}

std::vector<ShiftRecord> list_all_family_shifts(soci::session& sql, Id family_id) {
    // Through the family's helpers, as kFamilyDays, over all time.
    return select_helpers_shifts(sql, HelperBatch(family_helper_ids(sql, family_id, family_id)),
                                 kOfFamilies + " ORDER BY helper_id, start_min", family_id, family_id);
}

Id largest_shift_id(soci::session& sql) {
    long long id = 0;
    sql << "SELECT COALESCE(MAX(id), 0) FROM shifts", soci::into(id);
    return id;
}

void analyse_shifts_if_grown(soci::session& sql, long long rows_before, long long rows_added) {
    constexpr long long kGrowthWorthAnalysing = 10;  // a tenth: autovacuum_analyze_scale_factor's default
    if (backend_of(sql) != Backend::postgresql || rows_added <= 0) return;
    if (rows_added * kGrowthWorthAnalysing < rows_before) return;
    sql << "ANALYZE shifts";
}

std::vector<ShiftSpan> stored_shift_spans(soci::session& sql, const std::set<Id>& helpers, UtcMinutes from,
                                          UtcMinutes to, std::optional<Id> stored_before) {
    std::vector<ShiftSpan> spans;
    if (helpers.empty()) return spans;
    // No stored shift lasts longer than max_shift_minutes (checked when stored),
    // so one ending after `from` starts after this: the index reads each
    // helper's shifts of the span only, not every shift of the helper before it.
    const long long earliest = epoch_minutes(from - std::chrono::minutes{max_shift_minutes});
    const long long from_min = epoch_minutes(from), to_min = epoch_minutes(to);
    const long long last_id = stored_before.value_or(std::numeric_limits<long long>::max());
    // The helpers a batch at a time by the (helper_id, start_min) index: one
    // statement executed once a batch (a family's file: once; a
    // municipality's 25,000 helpers: 250 times, not 25,000 lookups or round
    // trips), reading the shifts of the file's helpers and no one else's.
    HelperBatch batches(std::vector<Id>(helpers.begin(), helpers.end()));
    long long id = 0, helper = 0, start = 0, end = 0;
    soci::statement st(sql);
    for (auto* v : {&id, &helper, &start, &end}) st.exchange(soci::into(*v));
    batches.bind(st);
    st.exchange(soci::use(earliest));
    st.exchange(soci::use(to_min));
    st.exchange(soci::use(from_min));
    st.exchange(soci::use(last_id));
    prepare_for(st,
                "SELECT id, helper_id, start_min, end_min FROM shifts WHERE " + batches.in_list() +
                    " AND start_min >= :earliest AND start_min < :to AND end_min > :from AND id <= :last_id",
                batches);
    each_batch(st, batches, [&] {
        spans.push_back({helper, stored_utc(start), stored_utc(end), static_cast<std::size_t>(id), true});
    });
    return spans;
}

} // namespace hjt::store
