#include "reports/reminder_letter.h"

#include <stdexcept>

#include "domain/danish_format.h"
#include "reports/claim_letter.h"
#include "reports/letter_blocks.h"

namespace hjt::reports {

Letter reminder_letter(const ReminderLetterData& r, const LetterContext& context) {
    if (r.outstanding <= Money{}) throw std::invalid_argument("a reminder needs an outstanding amount above 0");
    if (r.number < 1) throw std::invalid_argument("a reminder's number starts at 1");
    if (r.payment_line.empty() || r.reference.empty())
        throw std::invalid_argument("a reminder needs the payment line and the reference");
    const std::string year = std::to_string(r.year);
    const std::string nth = std::to_string(r.number) + ". rykker";
    Letter l = letter_to(context, {r.family_name, {"CVR " + r.family_cvr}},
                         "Rykker for betaling: tilbagebetalingskrav " + year + " (" + nth + ")",
                         "Rykker for betaling " + year);
    l.body = {paragraph("Kære " + r.family_name),
              paragraph("Kommunen har ikke modtaget hele betalingen af kravet om tilbagebetaling af tilskud til "
                        "hjemmetræning for " + year + " (betalings-id " + r.reference + "), som skulle være betalt senest " +
                        format_danish_date(r.original_due) + ". Dette er " + nth + "."),
              figures_table("Kravet", "", {{"Oprindeligt krav", "", format_kroner(r.claimed)},
                                           {"Oprindelig betalingsfrist", "", format_danish_date(r.original_due)},
                                           {"Resterende beløb", "", format_kroner(r.outstanding), true},
                                           {"Ny frist", "", format_danish_date(r.deadline)},
                                           {"Betalings-id (reference)", "", r.reference}}),
              paragraph("Betal det resterende beløb på " + format_kroner(r.outstanding) + " senest " +
                        format_danish_date(r.deadline) + ". Har I betalt efter " + danish_long_date(context.issued) +
                        ", kan I se bort fra denne rykker.")};
    for (auto& block : how_to_pay_blocks(r.payment_line)) l.body.push_back(std::move(block));
    if (r.last)
        l.body.push_back(paragraph("Er beløbet ikke betalt senest " + format_danish_date(r.deadline) +
                                   ", sender kommunen kravet til inddrivelse hos Gældsstyrelsen."));
    l.appeal_guidance = context.appeal_guidance;
    return l;
}

} // namespace hjt::reports
