// The hand-over of unpaid claims to debt collection (Gældsstyrelsen) as CSV:
// ";" separated, UTF-8, a header row, a claim a row, amounts with '.' decimals
// ("11700.00"). What a hand-over needs: the debtor (name and CVR: the family,
// to whom the grant was paid), the claim's basis (the reconciled year and the
// law), the principal and what has been paid, set off and written off, the
// balance, the dates (issued, due, reminders) and the payment reference.
#pragma once

#include <string>
#include <vector>

#include "domain/claims.h"

namespace hjt::reports {

struct HandoverRow {
    Claim claim;
    ClaimStatus status;
    std::string debtor_name;
    std::string debtor_cvr;
    std::string child_name;
    std::optional<Date> last_reminder;
};

// Columns: krav_id;skyldner_navn;skyldner_cvr;grundlag;hovedstol;indbetalt;modregnet;afskrevet;restgaeld;valuta;
// udstedt;forfald;rykkere;sidste_rykker;betalings_id
std::string claims_handover_csv(const std::vector<HandoverRow>& rows);

} // namespace hjt::reports
