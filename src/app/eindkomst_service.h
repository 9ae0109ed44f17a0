// The month's reports to eIndkomst (issue 23, README "eIndkomst"): one file
// per employer — each family by its CVR/SE number — with a report per helper
// paid (domain/eindkomst_report.h), and the municipality's own file under its
// SE number for the lost earnings its approved run of the month paid to
// parents (domain.md §8: the municipality is the payer). What was sent is kept (store schema v14),
// so running the month again sends only what changed, as corrections of the
// reports already sent; a month without pay gets a report without persons
// (nulangivelse) once. Finance only.
//
// An employer that cannot be reported (no valid CVR/SE number, a helper
// without a valid CPR number, B-income by policy) is named with the reason in
// Danish and nothing is written or stored for it; the others are reported.
// The files carry CPR numbers: they are returned to be written to disk, never
// logged; refusals and the audit entry name helpers by id and CPR masked.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "domain/calendar.h"
#include "domain/entities.h"

namespace hjt::app {

struct EindkomstOptions {
    bool test = false;  // record 1000 marks the file as a test ("T") instead of production ("P")
    // The municipality's SE number (app/payment_settings.h load_municipality_se);
    // nullopt: no report of the lost earnings it pays.
    std::optional<std::string> municipality_se;
};

struct EmployerReport {
    Id family_id = 0;  // 0: the municipality's own report (lost earnings)
    std::string family_name;
    std::string employer_se;
    std::string file_name{};      // eindkomst-<SE>-<YYYY-MM>-<file id>.txt; empty when nothing is sent
    std::string content{};        // the file: CR LF lines (with CPR numbers)
    int reports = 0;              // persons reported for the first time for the month
    int corrections = 0;          // persons whose figures changed since they were reported
    int unchanged = 0;            // persons reported before with the same figures
    bool zero_report = false;
    std::string refused{};        // why the employer was not reported (Danish); empty when reported
    std::string refused_field{};  // the field at fault: cvr, cpr, helper_income, …
};

struct EindkomstMonth {
    Month month;
    std::vector<EmployerReport> employers;  // by family id; families without helpers in the month are left out;
                                            // the municipality last
};

// Forbidden unless finance. Runs in the caller's write transaction.
EindkomstMonth report_eindkomst(soci::session& sql, const User& actor, Month month, const EindkomstOptions& options);

} // namespace hjt::app
