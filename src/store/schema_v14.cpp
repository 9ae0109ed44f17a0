#include "store/schema.h"

namespace hjt::store {

// Version 14: what was reported to eIndkomst (issue 23, README "eIndkomst").
std::vector<std::string> schema_v14() {
    return {
        // Every report sent, never changed: a file (its Hovedindberetnings-ID),
        // a person's report of a month, a correction of one (corrects), or a
        // month without pay (zero). The id in the file is "HJT" + the row id
        // in 13 digits (store/eindkomst_store.h), so it is unique and stable.
        "CREATE TABLE eindkomst_reports ("
        " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, employer_se TEXT NOT NULL, month TEXT NOT NULL,"
        " person_kind TEXT NOT NULL DEFAULT '', person_id INTEGER NOT NULL DEFAULT 0,"
        " corrects INTEGER REFERENCES eindkomst_reports(id), file_id INTEGER REFERENCES eindkomst_reports(id),"
        " created_at TEXT NOT NULL, created_by TEXT NOT NULL)",
        "CREATE INDEX eindkomst_reports_period ON eindkomst_reports(employer_se, month)",
        // The amounts (øre) and counts (hundredths) a report carried, by the
        // record 6000 group they stood in and their eIndkomst field: a
        // correction's rows are differences, so a month's reported figure is
        // the sum over its reports.
        "CREATE TABLE eindkomst_report_values ("
        " report_id INTEGER NOT NULL REFERENCES eindkomst_reports(id), grp INTEGER NOT NULL,"
        " field INTEGER NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (report_id, grp, field))",
    };
}

} // namespace hjt::store
