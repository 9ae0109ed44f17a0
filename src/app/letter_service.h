// Letters as PDF from the same figures the xlsx versions are written from:
// the annual statement (app/statement_service.h), the payslip
// (app/payslip_service.h), the lost-earnings year (app/lost_earnings_service.h)
// and a repayment claim (app/claims_service.h).
// The CLI (hjt letters ...) and the API (.../*.pdf) call these; each checks
// that the actor may read the family's documents (a family user only its own:
// another family's id is NotFound). The letter is dated `today`.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "app/auth.h"
#include "app/letter_settings.h"

namespace hjt::app {

struct LetterFile {
    std::string file_name;  // "aarsopgoerelse-7-2026.pdf": ids, never a CPR number
    std::string pdf;
};

LetterFile statement_letter(soci::session& sql, const User& actor, Id family_id, int year,
                            const LetterSettings& settings, Date today);
LetterFile payslip_letter(soci::session& sql, const User& actor, Id helper_id, Month month,
                          const LetterSettings& settings, Date today);
LetterFile lost_earnings_letter(soci::session& sql, const User& actor, Id award_id, int year,
                                const LetterSettings& settings, Date today);
// A stored repayment claim as issued (app/claims_service.h): the amount claimed,
// the due date and the FI-kort 71 payment line with the creditor number
// `fi_creditor` (app/payment_settings.h), dated the claim's issue day, so the
// letter reads the same whenever it is fetched.
LetterFile claim_letter(soci::session& sql, const User& actor, Id claim_id, const LetterSettings& settings,
                        const std::string& fi_creditor, Date today);
// Reminder `number` of a stored claim (1 for the first; none: the latest) as
// it was sent (app/claims_overdue.h): dated the reminder's day, the amount
// outstanding that day as the reminder recorded it, the claim's due date, the
// new deadline (the reminder's day + claims.reminder_spacing_days in force
// then), the payment line. NotFound: another family's claim, or a reminder
// that was not sent.
LetterFile reminder_letter(soci::session& sql, const User& actor, Id claim_id, std::optional<int> number,
                           const LetterSettings& settings, const std::string& fi_creditor, Date today);

} // namespace hjt::app
