// A municipal letter (brev) as PDF: the letterhead (logo, the municipality's
// name, address, CVR, phone and e-mail) at the top right, the recipient's block
// at the left, the date, the title, then the body's blocks, the appeal
// guidance (klagevejledning) when the letter is a decision, and the signature.
// The letterhead and the texts come from config/letters.properties (app/letter_settings.h).
#pragma once

#include <string>
#include <vector>

#include "domain/calendar.h"
#include "reports/pdf_document.h"

namespace hjt::reports {

struct Letterhead {
    std::string name;                  // "Egeskov Kommune"
    std::string department;            // "Børn og Familie, Økonomi" ("" none)
    std::vector<std::string> address;  // "Rådhuspladsen 1", "9999 Egeskov"
    std::string cvr;
    std::string phone;
    std::string email;
    std::string logo_png;  // "" none
    std::string signature; // "Med venlig hilsen\nEgeskov Kommune"
};

struct Recipient {
    std::string name;
    std::vector<std::string> lines;  // "CVR 12345678", a masked CPR: never a full CPR number
};

// Weeks a family has to appeal a decision when letters.properties sets none
// (letters.appeal_weeks): retssikkerhedsloven § 67, 4 weeks.
constexpr int kDefaultAppealWeeks = 4;

struct Letter {
    Letterhead from;
    Recipient to;
    Date date;          // the issue date
    std::string title;  // "Afgørelse om årsopgørelse for hjemmetræning 2026"
    std::string subject;
    std::vector<PdfBlock> body;
    std::string appeal_guidance;  // "" for a letter that is not a decision
    int appeal_weeks = kDefaultAppealWeeks;  // the appeal deadline is `date` + these weeks
};

// Who sends, when, and the appeal guidance for decisions: the same for every letter of a batch.
struct LetterContext {
    Letterhead from;
    Date issued;
    std::string appeal_guidance;
    int appeal_weeks = kDefaultAppealWeeks;
};

// The last day to appeal a decision issued on `issued`: `weeks` weeks later.
Date appeal_deadline(Date issued, int weeks);

// A letter from `context` to `to`, its body still empty.
Letter letter_to(const LetterContext& context, Recipient to, std::string title, std::string subject);

// "5. december 2026"
std::string danish_long_date(Date date);

PdfDocument letter_document(const Letter& letter);
// The letter's PDF bytes.
std::string render_letter(const Letter& letter);

} // namespace hjt::reports
