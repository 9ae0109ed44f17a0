// Overdue claims (issue 21): reminders after the due date (policy: count and
// spacing, config/policy.properties claims.*) and, after the last one, the
// hand-over to debt collection (Gældsstyrelsen). Both list what is due on a
// date and record it (a reminder event, a hand-over event) in one audited
// change; running either again the same day finds nothing more to do.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/auth.h"
#include "app/claims_service.h"

namespace hjt::app {

struct ReminderSent {
    Id claim_id = 0;
    Id family_id = 0;
    int number = 0;  // 1 for the first reminder
    Money balance;
};

// The reminders due on `date`, recorded as sent that day (finance).
std::vector<ReminderSent> record_reminders(soci::session& sql, const User& actor, Date date);

struct Handover {
    std::vector<ClaimView> claims;  // handed over by this call
    std::string csv;                // reports/claims_handover_csv.h
};

// The claims whose last reminder is `claims.reminder_spacing_days` old on
// `date`, still unpaid: exported for Gældsstyrelsen and recorded as handed
// over (finance, Operation::claims_handover: the export names the debtor in full).
Handover hand_over(soci::session& sql, const User& actor, Date date);

} // namespace hjt::app
