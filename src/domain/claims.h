// A repayment claim (issue 21): what a final reconciliation found the family
// owes, and everything that happened to it since, as append-only events. The
// balance and the state are never stored: claim_status derives them from the
// events and the date, so they cannot drift from the money that moved.
//   balance = claimed − paid − set off − written off
// Overpayment is never absorbed: a receipt settles a claim only up to its
// balance (domain/receipt_matching.h) and the rest stays on the receipt,
// listed for finance to refund or assign; should events still exceed the
// claim, the excess is shown as its surplus.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/enum_texts.h"
#include "domain/instalment_plan.h"
#include "domain/policy.h"
#include "domain/units.h"

namespace hjt {

enum class ClaimEventKind {
    payment,             // a receipt (or part of one) settled it; source: the receipt
    set_off,             // withheld from an a-conto payment that was approved and exported; source: the run line
    write_off_prepared,  // a finance user proposes writing off `amount` for `note` (counts only once approved)
    write_off_approved,  // another finance user approves it; source: the prepared event
    plan,                // an instalment plan: `amount` a month from `date`
    reminder,            // a reminder sent on `date`
    handover,            // handed over to debt collection (Gældsstyrelsen) on `date`
};
std::span<const EnumText<ClaimEventKind>> codes(ClaimEventKind);
inline std::optional<ClaimEventKind> parse_claim_event_kind(const std::string& t) { return parse_code<ClaimEventKind>(t); }
const char* danish_label(ClaimEventKind kind);  // "Indbetaling", "Afskrivning foreslået", ...

enum class ClaimState { open, partly_paid, paid, set_off, in_instalments, overdue, handed_over, written_off };
std::span<const EnumText<ClaimState>> codes(ClaimState);  // "open", "partly_paid", ...
const char* danish_label(ClaimState s);                     // "åben", "delvis betalt", ...

struct ClaimEvent {
    Id id = 0;
    ClaimEventKind kind = ClaimEventKind::payment;
    Date date;
    Money amount;
    std::optional<Id> source_id;
    std::string note;
    std::string recorded_by;
    std::string recorded_at;
};

struct Claim {
    Id id = 0;
    Id family_id = 0;
    Id child_id = 0;
    int year = 0;                       // the reconciled year
    std::optional<Id> ledger_posting_id;  // the final reconciliation's repayment_claim posting
    Money claimed;
    Date issued;
    Date due;
    std::string payment_id;             // FI-kort 71 (domain/payment_reference.h)
    std::vector<ClaimEvent> events;     // in the order recorded (by id)
};

Date add_days(Date d, int days);

struct ClaimStatus {
    Money paid, set_off, written_off;
    Money pending_write_off;    // prepared, not yet approved
    Money balance;              // claimed − paid − set off − written off, never below 0
    Money surplus;              // what events settled beyond the claim (shown, never absorbed)
    ClaimState state = ClaimState::open;
    int reminders_sent = 0;
    bool plan_kept = false;                 // an instalment plan whose schedule is met on the date
    std::optional<Date> next_reminder;      // when the next reminder falls due (unpaid, not in a kept plan)
    std::optional<Date> handover_from;      // after the last reminder: ready for hand-over from then
};

ClaimStatus claim_status(const Claim& claim, const ClaimTerms& terms, Date today);

// The latest instalment plan's schedule over what was open when it was made
// (the schedule claim_status checks the payments against); empty without a plan.
std::vector<Instalment> plan_schedule(const Claim& claim);

// The write-off prepared as `prepared_id`, not yet approved; NotFound otherwise.
const ClaimEvent& pending_write_off(const Claim& claim, Id prepared_id);

} // namespace hjt
