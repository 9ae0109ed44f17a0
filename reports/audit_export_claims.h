// The auditor's sheets of repayment claims (issue 21), each tied to the
// ledger on the postings sheet by a formula:
//   "Krav"          claims of the year: claimed, paid, set off, written off,
//                   balance; total claimed = −(postings of kind repayment_claim)
//   "Indbetalinger" payments received booked in the year, assigned and unassigned
//   "Modregninger"  set-offs that settled claims; total = postings of kind
//                   claim_set_off (less any surplus withheld beyond a claim)
#pragma once

#include <string>
#include <vector>

#include "reports/audit_export_book.h"
#include "reports/audit_export_data.h"

namespace hjt::reports {

// `postings`: the year's postings' totals (the ledger's side of the
// tie-outs); `postings_kinds` and `postings_amounts`: the postings sheet's
// ranges (with the sheet's name) of its kind labels and amounts, for the
// SUMIF tie-outs.
std::vector<Sheet> audit_claims_sheets(const AuditExportData& data, const AuditPostingTotals& postings,
                                       const std::string& postings_kinds, const std::string& postings_amounts);

} // namespace hjt::reports
