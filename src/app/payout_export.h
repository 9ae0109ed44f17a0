// Files of a payout run: the run sheet (xlsx) for finance and, for an
// approved run, the bank's payment files; both from the run's settlement
// (domain/bank_transfer.h: who is paid what, what is withheld, what held back). `bank_base` names both bank files:
// "out/bank-2026-03" (or with .csv / .xml, which is dropped) writes
// out/bank-2026-03.csv and out/bank-2026-03.xml (pain.001.001.03).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "app/auth.h"
#include "domain/payout_run.h"
#include "reports/pain001.h"

namespace hjt::app {

struct BankFileRequest {
    std::string base;       // path without extension (see above)
    reports::Debtor debtor;
    Date execution_date;    // the day the bank is to pay
};

struct PayoutExport {
    std::string xlsx;
    std::optional<std::string> csv;
    std::optional<std::string> xml;
    std::size_t transfers = 0;  // families, parents and pension schemes paid by the bank files
    Money transfer_total;       // their CtrlSum
    Money withholding_total;    // lost earnings' ATP, AM-bidrag and A-skat: to Skattestyrelsen
    Money saved_costs_total;    // the parents' saved costs, kept back from their net benefit
    Money held_back_total;      // not paid: the run's held-back lines, or a sum not above zero
};

// NotFound when the month has no run; Conflict for bank files of a run not
// approved (a draft is never sent to the bank). The bank files are audited.
// Every name and account comes from the payees the run recorded when it was
// prepared (and the approver approved), never from the register as it is now.
PayoutExport export_payout(soci::session& sql, const User& actor, Month month, const std::string& xlsx_path,
                           const std::optional<BankFileRequest>& bank = std::nullopt);

// The same files as bytes, for the API to send: the run sheet (a read for
// staff), and both bank files of an approved run, audited like export_payout's
// under the names `download_base`.csv and .xml.
std::string payout_run_sheet(soci::session& sql, const User& actor, Month month);
struct BankFileBytes {
    std::string csv;
    std::string xml;
};
BankFileBytes payout_bank_files(soci::session& sql, const User& actor, Month month, const reports::Debtor& debtor,
                                Date execution_date, const std::string& download_base);

// The default execution date: the first day of the month, or today when that has passed.
Date default_execution_date(Month month, Date today);
// Today's date in Europe/Copenhagen (by support::now(), which a test may stop).
Date today_in_copenhagen();

} // namespace hjt::app
