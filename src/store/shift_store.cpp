#include "store/shift_store.h"

#include <stdexcept>

#include "domain/digits.h"
#include "domain/errors.h"
#include "domain/shift_classification.h"
#include "store/sql_dialect.h"

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

UtcMinutes stored_utc(const std::string& text) {
    auto t = parse_utc_text(text);
    if (!t) throw std::runtime_error("corrupt instant '" + text + "' in table shifts");
    return *t;
}

// One row of the shifts table, bound once and converted after each fetch.
struct ShiftRow {
    static constexpr const char* select =
        "SELECT id, helper_id, family_id, work_date, start_time, end_time, start_utc, end_utc,"
        " minutes, subsidisable_minutes, excluded, kind FROM shifts";
    long long id = 0, helper_id = 0, family_id = 0;
    std::string work_date, start_time, end_time, start_utc, end_utc, excluded, kind;
    int minutes = 0, subsidisable = 0;

    void bind(soci::statement& st) {
        for (auto* v : {&id, &helper_id, &family_id}) st.exchange(soci::into(*v));
        for (auto* v : {&work_date, &start_time, &end_time, &start_utc, &end_utc}) st.exchange(soci::into(*v));
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
        r.classification.start_utc = stored_utc(start_utc);
        r.classification.end_utc = stored_utc(end_utc);
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
    (st.exchange(soci::use(params)), ...);
    st.alloc();
    st.prepare(std::string(ShiftRow::select) + " " + where);
    st.define_and_bind();
    if (!st.execute(true)) return out;
    do out.push_back(row.record());
    while (st.fetch());
    return out;
}

// The columns written for a shift, as text where the table keeps text.
struct ShiftColumns {
    std::string work_date, start_time, end_time, start_utc, end_utc, excluded, kind;

    explicit ShiftColumns(const ShiftRecord& s)
        : work_date(iso(s.times.date)),
          start_time(format_clock(s.times.start_minute)),
          // The end is kept as the clock shows it; "24:00" stays "24:00" so it reads back as midnight.
          end_time(s.times.end_minute == 24 * 60 ? "24:00" : format_clock(s.times.end_minute)),
          start_utc(utc_text(s.classification.start_utc)),
          end_utc(utc_text(s.classification.end_utc)),
          excluded(encode_excluded(s.classification)),
          kind(to_string(s.kind)) {}
};

constexpr const char* insert_sql =
    "INSERT INTO shifts (helper_id, family_id, work_date, start_time, end_time, start_utc, end_utc,"
    " minutes, subsidisable_minutes, excluded, kind)"
    " VALUES (:helper, :family, :work_date, :start_time, :end_time, :start_utc, :end_utc, :minutes, :subsidisable,"
    " :excluded, :kind)";

std::pair<std::string, std::string> month_range(Month month) { return {iso(first_day(month)), iso(last_day(month))}; }

} // namespace

std::string utc_text(UtcMinutes t) {
    const auto day = date::floor<date::days>(t);
    const auto minute = static_cast<unsigned>((t - day).count());
    // "2026-03-29T01:30Z": the date part is the ISO date of the UTC day.
    std::string text = iso(Date{day});
    char clock[7] = {'T', 0, 0, ':', 0, 0, 'Z'};
    put_padded(clock + 1, minute / 60, 2);
    put_padded(clock + 4, minute % 60, 2);
    return text.append(clock, sizeof clock);
}

std::optional<UtcMinutes> parse_utc_text(const std::string& text) {
    if (text.size() != 17 || text[10] != 'T' || text[16] != 'Z') return std::nullopt;
    auto day = parse_iso_date(text.substr(0, 10));
    auto clock = parse_clock(text.substr(11, 5), false);
    if (!day || !clock) return std::nullopt;
    return UtcMinutes{sys_days{*day}.time_since_epoch() + std::chrono::minutes{*clock}};
}

void lock_family_shifts(soci::session& sql, Id family_id) {
    soci::statement st = (sql.prepare << "UPDATE families SET status = status WHERE id = :id", soci::use(family_id));
    st.execute(true);
    if (st.get_affected_rows() == 0) throw NotFound("family " + std::to_string(family_id) + " does not exist");
}

void lock_all_shifts(soci::session& sql) { sql << "UPDATE families SET status = status"; }

Id insert_shift(soci::session& sql, const ShiftRecord& s) {
    ShiftColumns c(s);
    sql << insert_sql, soci::use(s.helper_id), soci::use(s.family_id), soci::use(c.work_date),
        soci::use(c.start_time), soci::use(c.end_time), soci::use(c.start_utc), soci::use(c.end_utc),
        soci::use(s.classification.minutes), soci::use(s.classification.subsidisable_minutes),
        soci::use(c.excluded), soci::use(c.kind);
    return last_insert_id(sql, "shifts");
}

void insert_shifts(soci::session& sql, std::span<const ShiftRecord> shifts) {
    if (shifts.empty()) return;
    // Bound as columns, one execute per batch: SOCI's per-statement work
    // (binding, type checks) happens once, not once per row.
    std::vector<long long> helper, family;
    std::vector<int> minutes, subsidisable;
    std::vector<std::string> work_date, start_time, end_time, start_utc, end_utc, excluded, kind;
    for (auto* column : {&helper, &family}) column->reserve(shifts.size());
    for (const auto& s : shifts) {
        ShiftColumns c(s);
        helper.push_back(s.helper_id);
        family.push_back(s.family_id);
        minutes.push_back(s.classification.minutes);
        subsidisable.push_back(s.classification.subsidisable_minutes);
        work_date.push_back(std::move(c.work_date));
        start_time.push_back(std::move(c.start_time));
        end_time.push_back(std::move(c.end_time));
        start_utc.push_back(std::move(c.start_utc));
        end_utc.push_back(std::move(c.end_utc));
        excluded.push_back(std::move(c.excluded));
        kind.push_back(std::move(c.kind));
    }
    sql << insert_sql, soci::use(helper), soci::use(family), soci::use(work_date), soci::use(start_time),
        soci::use(end_time), soci::use(start_utc), soci::use(end_utc), soci::use(minutes), soci::use(subsidisable),
        soci::use(excluded), soci::use(kind);
}

void update_shift(soci::session& sql, const ShiftRecord& s) {
    ShiftColumns c(s);
    sql << "UPDATE shifts SET work_date = :work_date, start_time = :start_time, end_time = :end_time,"
           " start_utc = :start_utc, end_utc = :end_utc, minutes = :minutes, subsidisable_minutes = :subsidisable,"
           " excluded = :excluded, kind = :kind WHERE id = :id",
        soci::use(c.work_date), soci::use(c.start_time), soci::use(c.end_time), soci::use(c.start_utc),
        soci::use(c.end_utc), soci::use(s.classification.minutes), soci::use(s.classification.subsidisable_minutes),
        soci::use(c.excluded), soci::use(c.kind), soci::use(s.id);
}

void delete_shift(soci::session& sql, Id id) { sql << "DELETE FROM shifts WHERE id = :id", soci::use(id); }

std::optional<ShiftRecord> find_shift(soci::session& sql, Id id) {
    auto found = select_shifts(sql, "WHERE id = :id", id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<ShiftRecord> list_helper_shifts(soci::session& sql, Id helper_id, Month month) {
    auto [from, to] = month_range(month);
    return select_shifts(sql, "WHERE helper_id = :helper AND work_date >= :from AND work_date <= :to ORDER BY start_utc",
                         helper_id, from, to);
}

std::vector<ShiftRecord> list_family_shifts(soci::session& sql, Id family_id, Month month) {
    auto [from, to] = month_range(month);
    return select_shifts(
        sql, "WHERE family_id = :family AND work_date >= :from AND work_date <= :to ORDER BY helper_id, start_utc",
        family_id, from, to);
}

std::vector<ShiftRecord> list_family_year_shifts(soci::session& sql, Id family_id, int year) {
    const std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
    // work_date is ISO text: its first seven characters are the month.
    return select_shifts(sql,
                         "WHERE family_id = :family AND work_date >= :from AND work_date <= :to"
                         " ORDER BY SUBSTR(work_date, 1, 7), helper_id, start_utc",
                         family_id, from, to);
}

std::vector<ShiftRecord> list_all_family_shifts(soci::session& sql, Id family_id) {
    return select_shifts(sql, "WHERE family_id = :family ORDER BY helper_id, start_utc", family_id);
}

std::vector<ShiftSpan> stored_shift_spans(soci::session& sql, const std::set<Id>& helpers, UtcMinutes from,
                                          UtcMinutes to) {
    std::vector<ShiftSpan> spans;
    long long id = 0, helper = 0;
    std::string start, end;
    const std::string from_text = utc_text(from), to_text = utc_text(to);
    // No stored shift lasts longer than max_shift_minutes (checked when stored),
    // so one ending after `from` starts after this: an index on the start reads
    // the span only, not every shift before it.
    const std::string earliest_text = utc_text(from - std::chrono::minutes{max_shift_minutes});
    // A few helpers (one family's file, one shift): each helper's shifts of the
    // span by the (helper_id, start_utc) index, one prepared statement executed
    // per helper, so the check reads those helpers' shifts and no one else's.
    // Many (a municipality's file): one read of every shift of the span by the
    // start index, which costs less than thousands of lookups (and of round
    // trips on PostgreSQL); shifts of helpers not in the file are skipped.
    constexpr std::size_t most_helpers_looked_up = 64;
    if (helpers.size() <= most_helpers_looked_up) {
        soci::statement st = (sql.prepare << "SELECT id, start_utc, end_utc FROM shifts WHERE helper_id = :helper"
                                             " AND start_utc >= :earliest AND start_utc < :to AND end_utc > :from",
                              soci::into(id), soci::into(start), soci::into(end), soci::use(helper, "helper"),
                              soci::use(earliest_text, "earliest"), soci::use(to_text, "to"),
                              soci::use(from_text, "from"));
        for (Id h : helpers) {
            helper = h;
            if (!st.execute(true)) continue;
            do spans.push_back({helper, stored_utc(start), stored_utc(end), static_cast<std::size_t>(id), true});
            while (st.fetch());
        }
        return spans;
    }
    soci::statement st = (sql.prepare << "SELECT id, helper_id, start_utc, end_utc FROM shifts"
                                         " WHERE start_utc >= :earliest AND start_utc < :to AND end_utc > :from",
                          soci::into(id), soci::into(helper), soci::into(start), soci::into(end),
                          soci::use(earliest_text, "earliest"), soci::use(to_text, "to"),
                          soci::use(from_text, "from"));
    if (!st.execute(true)) return spans;
    do
        if (helpers.count(helper)) spans.push_back({helper, stored_utc(start), stored_utc(end), static_cast<std::size_t>(id), true});
    while (st.fetch());
    return spans;
}

} // namespace hjt::store
