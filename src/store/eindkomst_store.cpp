#include "store/eindkomst_store.h"

#include <cstdio>

#include "store/sql_dialect.h"
#include "support/clock.h"

namespace hjt::store {

namespace {

std::string kind_text(ReportKind kind) {
    switch (kind) {
    case ReportKind::file: return "file";
    case ReportKind::person: return "person";
    case ReportKind::zero: return "zero";
    }
    return "";
}

} // namespace

std::string report_id_text(Id id) {
    char text[20];
    std::snprintf(text, sizeof text, "HJT%013lld", static_cast<long long>(id));
    return text;
}

std::map<PersonKey, ReportedPerson> reported_persons(soci::session& sql, const std::string& employer_se, Month month) {
    std::map<PersonKey, ReportedPerson> out;
    const std::string period = iso(month);
    std::string person_kind;
    long long person_id = 0, report = 0;
    soci::statement first = (sql.prepare << "SELECT person_kind, person_id, MIN(id) FROM eindkomst_reports"
                                            " WHERE kind = 'person' AND employer_se = :se AND month = :month"
                                            " GROUP BY person_kind, person_id",
                             soci::into(person_kind), soci::into(person_id), soci::into(report),
                             soci::use(employer_se), soci::use(period));
    first.execute();
    while (first.fetch()) out[{person_kind, person_id}].first_report = report;

    long long group = 0, field = 0, value = 0;
    soci::statement sums = (sql.prepare << "SELECT r.person_kind, r.person_id, v.grp, v.field, SUM(v.value)"
                                           " FROM eindkomst_report_values v JOIN eindkomst_reports r ON r.id = v.report_id"
                                           " WHERE r.kind = 'person' AND r.employer_se = :se AND r.month = :month"
                                           " GROUP BY r.person_kind, r.person_id, v.grp, v.field",
                            soci::into(person_kind), soci::into(person_id), soci::into(group), soci::into(field),
                            soci::into(value), soci::use(employer_se), soci::use(period));
    sums.execute();
    while (sums.fetch()) out[{person_kind, person_id}].figures[{static_cast<int>(group), static_cast<int>(field)}] = value;
    return out;
}

bool month_reported(soci::session& sql, const std::string& employer_se, Month month) {
    const std::string period = iso(month);
    long long count = 0;
    sql << "SELECT COUNT(*) FROM eindkomst_reports WHERE kind <> 'file' AND employer_se = :se AND month = :month",
        soci::into(count), soci::use(employer_se), soci::use(period);
    return count > 0;
}

bool reported_before(soci::session& sql, const std::string& employer_se, const PersonKey& person) {
    long long count = 0;
    const long long id = person.second;
    sql << "SELECT COUNT(*) FROM eindkomst_reports WHERE kind = 'person' AND employer_se = :se"
           " AND person_kind = :kind AND person_id = :id",
        soci::into(count), soci::use(employer_se), soci::use(person.first), soci::use(id);
    return count > 0;
}

Id insert_report(soci::session& sql, const NewReport& r) {
    const std::string kind = kind_text(r.kind), period = iso(r.month), now = support::utc_now();
    const long long person_id = r.person.second, corrects = r.corrects.value_or(0), file = r.file.value_or(0);
    soci::indicator corrects_null = r.corrects ? soci::i_ok : soci::i_null;
    soci::indicator file_null = r.file ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO eindkomst_reports (kind, employer_se, month, person_kind, person_id, corrects, file_id,"
           " created_at, created_by) VALUES (:kind, :se, :month, :pkind, :pid, :corrects, :file, :at, :by)",
        soci::use(kind), soci::use(r.employer_se), soci::use(period), soci::use(r.person.first),
        soci::use(person_id), soci::use(corrects, corrects_null), soci::use(file, file_null), soci::use(now),
        soci::use(r.created_by);
    const long long id = last_insert_id(sql, "eindkomst_reports");
    for (const auto& [key, value] : r.values) {
        const long long group = key.first, field = key.second, amount = value;
        sql << "INSERT INTO eindkomst_report_values (report_id, grp, field, value) VALUES (:id, :grp, :field, :value)",
            soci::use(id), soci::use(group), soci::use(field), soci::use(amount);
    }
    return id;
}

std::vector<StoredReport> family_reports(soci::session& sql, Id family_id) {
    std::vector<StoredReport> out;
    const long long family = family_id;
    StoredReport row;
    long long id = 0, person_id = 0, corrects = 0;
    soci::indicator corrects_ind = soci::i_null;
    soci::statement st =
        (sql.prepare << "SELECT r.id, r.kind, r.employer_se, r.month, r.person_kind, r.person_id, r.corrects,"
                        " r.created_at FROM eindkomst_reports r WHERE r.kind <> 'file' AND ("
                        " r.employer_se = (SELECT cvr FROM families WHERE id = :f1)"
                        " OR (r.person_kind = 'helper' AND r.person_id IN (SELECT id FROM helpers WHERE family_id = :f2))"
                        " OR (r.person_kind = 'parent' AND r.person_id IN (SELECT a.id FROM lost_earnings_awards a"
                        " JOIN children c ON c.id = a.child_id WHERE c.family_id = :f3))) ORDER BY r.id",
         soci::into(id), soci::into(row.kind), soci::into(row.employer_se), soci::into(row.month),
         soci::into(row.person.first), soci::into(person_id), soci::into(corrects, corrects_ind),
         soci::into(row.created_at), soci::use(family), soci::use(family), soci::use(family));
    st.execute();
    while (st.fetch()) {
        row.id = id;
        row.person.second = person_id;
        row.corrects = corrects_ind == soci::i_ok ? std::optional<Id>(corrects) : std::nullopt;
        out.push_back(row);
    }
    long long group = 0, field = 0, value = 0;
    for (auto& report : out) {
        const long long report_id = report.id;
        soci::statement values = (sql.prepare << "SELECT grp, field, value FROM eindkomst_report_values"
                                                 " WHERE report_id = :id ORDER BY grp, field",
                                  soci::into(group), soci::into(field), soci::into(value), soci::use(report_id));
        values.execute();
        while (values.fetch()) report.values[{static_cast<int>(group), static_cast<int>(field)}] = value;
    }
    return out;
}

} // namespace hjt::store
