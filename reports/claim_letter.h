// The repayment claim (tilbagebetalingskrav) as a letter: the amount, the due
// date and how to pay, with the payment slip line (FI-kort, indbetalingskort
// type 71) and the reference printed as the claims module hands them over. It
// takes a plain struct so the claims module (its own branch) can fill it.
#pragma once

#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/units.h"
#include "reports/statement_letter.h"

namespace hjt::reports {

struct ClaimLetterData {
    std::string family_name;
    std::string family_cvr;
    int year = 0;               // the reconciled year the claim comes from
    Money amount;               // what the family owes (> 0)
    Date due;
    std::string payment_line;   // "+71<000000000001234+12345678<", as the claims module formats it
    std::string reference;      // the claim's payment reference (betalings-id)
};

// How to pay with the FI-kort 71 line, and what to do when one cannot: the
// same on the claim letter and on its reminders (reports/reminder_letter.h).
std::vector<PdfBlock> how_to_pay_blocks(const std::string& payment_line);

// std::invalid_argument for an amount that is not above 0 or a missing payment line.
Letter claim_letter(const ClaimLetterData& claim, const LetterContext& context);

} // namespace hjt::reports
