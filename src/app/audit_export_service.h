// The auditor's export of a year (issue #8, domain.md §11): gathers the
// year's books from the store (postings, runs, reconciliations, grants,
// lost-earnings awards, rates, audit entries and the chain's verification)
// with every CPR number and bank account masked, and writes them as one xlsx
// workbook or as one CSV file per sheet. Reads only: an export changes nothing,
// so an auditor may run it (it is not audited either, as that would be a change).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/auth.h"
#include "domain/enum_texts.h"
#include "reports/audit_export_data.h"
#include "reports/audit_export_sheets.h"
#include "store/family_range.h"

namespace hjt::app {

enum class AuditExportFormat { xlsx, csv };
std::span<const EnumText<AuditExportFormat>> codes(AuditExportFormat);

// The format an option or a query names, xlsx when none is named: one reading
// for the CLI and the API. ValidationError "format" for any other text.
AuditExportFormat audit_export_format(const std::optional<std::string>& text);

// ValidationError "year" for a year outside 2000–2099.
reports::AuditExportData gather_audit_export(soci::session& sql, int year, const User& actor);

struct AuditExportResult {
    std::vector<std::string> files;  // the xlsx, or the CSV files in sheet order
    std::size_t postings = 0, runs = 0, audit_entries = 0;
    std::optional<std::size_t> reconciliations;
    reports::AuditTieOut tie_out;
    reports::AuditChainResult chain;
};

// How many postings the export reads from the store at a time.
inline constexpr int kPostingsAPage = 1000;

// How much of the year the export reads from the store at a time: the files
// are the same however much.
struct AuditExportPages {
    int postings = kPostingsAPage;
    std::size_t families = store::kFamiliesAPage;  // whose reconciliations are computed at once
    std::size_t children = 500;                    // whose grants are read at once
};

// xlsx: `out` is the workbook's path; csv: `out` is a folder (created) that
// gets one <sheet>.csv per sheet.
AuditExportResult export_audit(soci::session& sql, const User& actor, int year, const std::string& out,
                               AuditExportFormat format, const AuditExportPages& pages = {});

} // namespace hjt::app
