// What was reported to eIndkomst (schema v14): reports are only ever added,
// so a month reported once is corrected, never reported anew
// (domain/eindkomst_report.h, app/eindkomst_service.h).
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/calendar.h"
#include "domain/eindkomst_report.h"
#include "domain/entities.h"

namespace hjt::store {

enum class ReportKind { file, person, zero };

// A person as reported: a helper (by helper id) or a parent (by award id).
using PersonKey = std::pair<std::string, Id>;

struct ReportedPerson {
    Id first_report = 0;          // the month's first report of the person: what corrections name
    eindkomst::Reported figures;  // the sums over the month's reports, by (group, field)
};

struct NewReport {
    ReportKind kind = ReportKind::person;
    std::string employer_se;
    Month month;
    PersonKey person{"", 0};
    std::optional<Id> corrects;
    std::optional<Id> file;
    std::string created_by;
    eindkomst::Reported values;  // a correction's: the differences
};

// "HJT" + the id in 13 digits: the report's id in the file (16 characters).
std::string report_id_text(Id id);

// The persons reported for the employer and month.
std::map<PersonKey, ReportedPerson> reported_persons(soci::session& sql, const std::string& employer_se, Month month);
// True when anything (a person or a month without pay) was reported for the employer and month.
bool month_reported(soci::session& sql, const std::string& employer_se, Month month);
// True when the person was reported by the employer for any month.
bool reported_before(soci::session& sql, const std::string& employer_se, const PersonKey& person);

Id insert_report(soci::session& sql, const NewReport& report);

// A report as stored, for the family it concerns (GDPR subject access).
struct StoredReport {
    Id id = 0;
    std::string kind;  // "person" or "zero"
    std::string employer_se;
    std::string month;  // YYYY-MM
    PersonKey person{"", 0};
    std::optional<Id> corrects;
    std::string created_at;
    eindkomst::Reported values;  // a correction's: the differences
};

// The reports about a family, by id: those sent under its CVR/SE number (its
// months without pay among them), those of its helpers, and the
// municipality's of its children's lost-earnings parents. Files are left out
// (they carry no person).
std::vector<StoredReport> family_reports(soci::session& sql, Id family_id);

} // namespace hjt::store
