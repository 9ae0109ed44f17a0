#include "reports/bank_csv.h"

#include "domain/csv.h"
#include "domain/iban.h"
#include "reports/payout_labels.h"

namespace hjt::reports {

std::string bank_csv(const std::vector<BankTransfer>& transfers) {
    std::string text = csv_record({"familie_id", "navn", "cvr", "reg_nr", "konto_nr", "iban", "beloeb", "valuta",
                                   "reference", "end_to_end_id", "modtager", "bevilling_id"});
    for (const auto& t : transfers)
        text += csv_record({std::to_string(t.family_id), t.name, t.cvr, t.account.reg_no, t.account.account_no,
                            danish_iban(t.account), plain_amount(t.amount), "DKK", t.reference, t.end_to_end_id,
                            danish_label(t.payee), t.award_id ? std::to_string(*t.award_id) : ""});
    return text;
}

} // namespace hjt::reports
