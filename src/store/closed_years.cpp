#include "store/closed_years.h"

#include "domain/errors.h"
#include "store/batch_insert.h"

namespace hjt::store {

bool year_closed(soci::session& sql, Id family_id, int year) {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM closed_years WHERE family_id = :family AND year = :year", soci::into(count),
        soci::use(family_id), soci::use(year);
    return count > 0;
}

std::set<Id> families_with_closed_year(soci::session& sql, int year) {
    long long family = 0;
    soci::statement st =
        (sql.prepare << "SELECT family_id FROM closed_years WHERE year = :year", soci::into(family), soci::use(year));
    st.execute();
    std::set<Id> families;
    while (st.fetch()) families.insert(family);
    return families;
}

std::set<std::pair<Id, int>> closed_years(soci::session& sql) {
    long long family = 0;
    int year = 0;
    soci::statement st = (sql.prepare << "SELECT family_id, year FROM closed_years", soci::into(family), soci::into(year));
    st.execute();
    std::set<std::pair<Id, int>> closed;
    while (st.fetch()) closed.insert({family, year});
    return closed;
}

namespace {
struct ClosedYearRow {
    static constexpr std::size_t columns = 4;
    long long family = 0;
    int year = 0;
    std::string at, by;
    void bind(soci::statement& st) {
        st.exchange(soci::use(family));
        st.exchange(soci::use(year));
        st.exchange(soci::use(at));
        st.exchange(soci::use(by));
    }
};
} // namespace

void close_years(soci::session& sql, const std::vector<Id>& family_ids, int year, const std::string& at,
                 const std::string& by) {
    const std::set<Id> closed = families_with_closed_year(sql, year);
    std::vector<Id> closing;
    for (Id family : family_ids)
        if (!closed.count(family)) closing.push_back(family);
    insert_rows<ClosedYearRow>(sql, "INSERT INTO closed_years (family_id, year, closed_at, closed_by)", closing.size(),
                               [&](std::size_t i, ClosedYearRow& row) {
                                   row.family = closing[i];
                                   row.year = year;
                                   row.at = at;
                                   row.by = by;
                               });
}

void close_year(soci::session& sql, Id family_id, int year, const std::string& at, const std::string& by) {
    close_years(sql, {family_id}, year, at, by);
}

Message closed_year(Id family_id, int year, const std::string& what) {
    return Message{MessageCode::year_closed, {std::to_string(year), std::to_string(family_id), what}};
}

void refuse_closed(Id family_id, int year, const std::string& what) {
    throw Conflict(closed_year(family_id, year, what));
}

void refuse_if_closed(soci::session& sql, Id family_id, int year, const std::string& what) {
    if (year_closed(sql, family_id, year)) refuse_closed(family_id, year, what);
}

} // namespace hjt::store
