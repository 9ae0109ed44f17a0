// The month's postings for the municipality's financial system (README
// "Postings journal"): every line of an approved payout run as a double
// entry on the municipality's accounts (KL's authorised chart of accounts,
// "Den autoriserede kontoplan": a function and a type/art per kind). The
// line's kind (its code: "helper", "lost_earnings", ...) is debited its amount;
// the counter entries are credited: what the bank pays ("paid"), what is held
// back and still owed ("held_back"), and for lost earnings what is withheld
// ("withheld_atp", "withheld_am_bidrag", "withheld_a_skat", "withheld_saved_costs").
// Kinds are plain codes looked up in the mapping; the claims' own movements
// come from claims_journal. Pure: no IO.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/claims.h"
#include "domain/payout_run.h"
#include "domain/receipt_matching.h"

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

// The claims' side of the month (issue 21), each a double entry (run 0): a
// claim issued in the month debits the claims receivable ("claim_receivable")
// and credits "repayment_claim" (the support claimed back); every payment the
// bank booked in the month debits "receipt" (the bank) and credits
// "unassigned_receipt" (money received, not yet placed on a claim), so money
// nobody has matched yet is in the books, visibly; a payment settling a claim
// (its event's date: the booking day when matched at import, the day finance
// assigned it by hand) moves it from "unassigned_receipt" to the receivable;
// a write-off approved in the month debits "claim_written_off" and credits
// the receivable. Set-offs and top-ups are run lines (set_off,
// top_up_payment) in run_journal.
std::vector<JournalEntry> claims_journal(Month month, const std::vector<Claim>& claims,
                                         const std::vector<Receipt>& receipts, const AccountMap& accounts);

struct JournalTotals {
    Money debit;
    Money credit;
};
JournalTotals journal_totals(const std::vector<JournalEntry>& entries);

} // namespace hjt
