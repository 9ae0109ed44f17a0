#include "reports/claim_letter.h"

#include <stdexcept>

#include "domain/danish_format.h"
#include "reports/letter_blocks.h"

namespace hjt::reports {

std::vector<PdfBlock> how_to_pay_blocks(const std::string& payment_line) {
    return {paragraph("Betal i netbanken med indbetalingskortet (FI-kort 71). Skriv linjen nøjagtigt:"),
            PdfText{payment_line, TextStyle::heading},
            paragraph("Kan I ikke betale hele beløbet på én gang, kan I aftale en afdragsordning med kommunen, "
                      "eller beløbet kan modregnes i de kommende udbetalinger. Kontakt kommunen inden fristen.")};
}

Letter claim_letter(const ClaimLetterData& c, const LetterContext& context) {
    if (c.amount <= Money{}) throw std::invalid_argument("a claim letter needs an amount above 0");
    if (c.payment_line.empty() || c.reference.empty())
        throw std::invalid_argument("a claim letter needs the payment line and the reference");
    const std::string year = std::to_string(c.year);
    Letter l = letter_to(context, {c.family_name, {"CVR " + c.family_cvr}},
                         "Krav om tilbagebetaling af tilskud til hjemmetræning " + year, "Tilbagebetalingskrav " + year);
    l.body = {paragraph("Kære " + c.family_name),
              paragraph("Årsopgørelsen for " + year + " viser, at I har fået " + format_kroner(c.amount) +
                        " mere udbetalt, end der var støtteberettiget. Kommunen kræver beløbet betalt tilbage."),
              figures_table("Sådan betaler I", "", {{"Beløb", "", format_kroner(c.amount), true},
                                                    {"Betales senest", "", format_danish_date(c.due)},
                                                    {"Betalings-id (reference)", "", c.reference}})};
    for (auto& block : how_to_pay_blocks(c.payment_line)) l.body.push_back(std::move(block));
    l.appeal_guidance = context.appeal_guidance;
    return l;
}

} // namespace hjt::reports
