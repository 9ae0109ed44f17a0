#include "reports/claims_handover_csv.h"

#include "domain/csv.h"
#include "reports/payout_labels.h"

namespace hjt::reports {

std::string claims_handover_csv(const std::vector<HandoverRow>& rows) {
    std::string text = csv_record({"krav_id", "skyldner_navn", "skyldner_cvr", "grundlag", "hovedstol", "indbetalt",
                                   "modregnet", "afskrevet", "restgaeld", "valuta", "udstedt", "forfald", "rykkere",
                                   "sidste_rykker", "betalings_id"});
    for (const auto& r : rows) {
        const Claim& c = r.claim;
        std::string basis = "Tilbagebetaling af for meget udbetalt tilskud til hjemmetræning " +
                            std::to_string(c.year) + " (" + r.child_name + "), Barnets Lov § 85; årsopgørelse";
        text += csv_record({std::to_string(c.id), r.debtor_name, r.debtor_cvr, basis, plain_amount(c.claimed),
                            plain_amount(r.status.paid), plain_amount(r.status.set_off),
                            plain_amount(r.status.written_off), plain_amount(r.status.balance), "DKK", iso(c.issued),
                            iso(c.due), std::to_string(r.status.reminders_sent),
                            r.last_reminder ? iso(*r.last_reminder) : "", c.payment_id});
    }
    return text;
}

} // namespace hjt::reports
