// A reminder (rykker) for a repayment claim that is overdue: the claim's
// reference, what is outstanding on the reminder's day, the original due date,
// the new deadline and the same FI-kort 71 payment line as the claim letter
// (reports/claim_letter.h); the last reminder says the claim goes to debt
// collection (Gældsstyrelsen) if it is not paid by the new deadline.
#pragma once

#include <string>

#include "domain/calendar.h"
#include "domain/units.h"
#include "reports/statement_letter.h"

namespace hjt::reports {

struct ReminderLetterData {
    std::string family_name;
    std::string family_cvr;
    int year = 0;              // the reconciled year the claim comes from
    int number = 0;            // 1 for the first reminder
    bool last = false;         // the policy's last reminder before hand-over
    Money claimed;             // the claim as issued
    Money outstanding;         // claimed − paid − set off − written off on the reminder's day (> 0)
    Date original_due;
    Date deadline;             // the new deadline
    std::string payment_line;  // "+71<000000000001234+12345678<"
    std::string reference;     // the claim's payment reference (betalings-id)
};

// std::invalid_argument for nothing outstanding, a number below 1 or a missing payment line.
Letter reminder_letter(const ReminderLetterData& reminder, const LetterContext& context);

} // namespace hjt::reports
