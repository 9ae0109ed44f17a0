// The payout run as finance reviews and files it (xlsx, Danish labels):
//   "Udbetaling"  one row per family: id, name, CVR, reg.no. and account (in
//                 full: finance pays to it; as the run recorded them), one column per line kind, the
//                 family's total as a formula, its flags; a totals row of SUM
//                 formulas. Frozen header, autofilter.
//   "Linjer"      every line: child, kind, month concerned, computed, paid, cut by the cap, text.
//   "Flag"        every flag: cap reached, missing bank account, turning 18, negative month.
//   "Linjer" also says of each line whether it is held back (and why) or pays
//                 a line held back in an earlier run (which).
//   "Kørsel"      the run itself: month, status, who prepared/approved/paid and when, content hash,
//                 catch-up months with their lines and sum, and the tie-out:
//                 lines = transferred + withheld + held back (difference 0).
//   "Overførsler" every bank transfer: family a-conto, parent's net lost earnings, pension scheme.
//   "Indeholdt skat" per lost-earnings award: ATP, AM-bidrag, A-skat for Skattestyrelsen.
//   "Tilbageholdt" what is not paid and why (no account, the benefit held, a sum not above zero):
//                 owed to the family and paid by the first run after the cause is fixed.
//   "Lønafgifter" each family's payroll dues of the month before (A-skat and AM-bidrag,
//                 ATP, holiday pay): to whom, how much, by when, and who pays: the run
//                 (payroll service) or the family itself (listed for information only).
// Amounts use the number format "#,##0.00" (Excel shows it as 1.234,56 in a
// Danish locale); every formula is written with its computed value, so a
// viewer that does not recalculate shows the right totals.
#pragma once

#include <string>
#include <vector>

#include "domain/bank_transfer.h"
#include "domain/payout_run.h"
#include "domain/payroll_dues.h"

namespace hjt::reports {

// Names and accounts are the run's payees; `settlement` is the run's
// (settle_run); `settled_months` the approved months of the year it was
// computed on ("2026-01,2026-02": payout_runs.settled_months), shown beside
// when it was prepared; `dues` the families' payroll dues (app::run_sheet_dues).
// Throws std::runtime_error when the file cannot be written.
void write_payout_run_sheet(const std::string& path, const PayoutRun& run, const RunSettlement& settlement,
                            const std::string& settled_months, const std::vector<RunSheetDues>& dues);

} // namespace hjt::reports
