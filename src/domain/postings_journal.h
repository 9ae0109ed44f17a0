// The month's postings for the municipality's financial system (README
// "Postings journal"): every line of an approved payout run as a double
// entry on the municipality's accounts (KL's authorised chart of accounts,
// "Den autoriserede kontoplan": a function and a type/art per kind). The
// line's kind (its code: "helper", "lost_earnings", ...) is debited its amount;
// the counter entries are credited: what the bank pays ("paid"), what is held
// back and still owed ("held_back"), and for lost earnings what is withheld
// ("withheld_atp", "withheld_am_bidrag", "withheld_a_skat", "withheld_saved_costs").
// Kinds are plain codes looked up in the mapping, so the claims module's
// kinds (a repayment claim, a receipt, a set-off) are new rows in the mapping
// and new sources of entries, not a change here. Pure: no IO.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/payout_run.h"

namespace hjt {

struct Account {
    std::string function;  // "5.28.21"
    std::string type;      // the art: "5.2"
};

// Journal kind code → account.
using AccountMap = std::map<std::string, Account>;

struct JournalEntry {
    Month month;
    Id run_id = 0;
    Id family_id = 0;
    std::string kind;   // the journal kind code
    Account account;
    Money debit;        // ≥ 0
    Money credit;       // ≥ 0
    std::string text;   // Danish: the line's description
};

// Every entry of an approved run, two or more per line; debits equal credits.
// ValidationError "postings.properties:<kind>" naming the first kind the
// mapping lacks (nothing is produced for a run that cannot be posted whole).
std::vector<JournalEntry> run_journal(const PayoutRun& run, const AccountMap& accounts);

struct JournalTotals {
    Money debit;
    Money credit;
};
JournalTotals journal_totals(const std::vector<JournalEntry>& entries);

} // namespace hjt
