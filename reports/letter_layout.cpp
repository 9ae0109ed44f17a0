#include "reports/letter_layout.h"

#include "domain/danish_format.h"

namespace hjt::reports {

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines)
        if (!line.empty()) text += (text.empty() ? "" : "\n") + line;
    return text;
}

std::string sender_block(const Letterhead& h) {
    return joined({h.department, joined(h.address), h.cvr.empty() ? "" : "CVR " + h.cvr,
                   h.phone.empty() ? "" : "Telefon " + h.phone, h.email});
}

std::string iso_timestamp(Date date) { return iso(date) + "T00:00:00Z"; }

} // namespace

Date appeal_deadline(Date issued, int weeks) { return Date{date::sys_days{issued} + date::days{7 * weeks}}; }

std::string danish_long_date(Date date) {
    return std::to_string(static_cast<unsigned>(date.day())) + ". " + danish_month(date.year() / date.month());
}

Letter letter_to(const LetterContext& context, Recipient to, std::string title, std::string subject) {
    Letter l;
    l.from = context.from;
    l.to = std::move(to);
    l.date = context.issued;
    l.appeal_weeks = context.appeal_weeks;
    l.title = std::move(title);
    l.subject = std::move(subject);
    return l;
}

PdfDocument letter_document(const Letter& l) {
    PdfDocument doc({l.title, l.from.name, l.subject, "hjt", iso_timestamp(l.date)});
    if (!l.from.logo_png.empty()) doc.add(PdfImage{l.from.logo_png, 35, Align::right});
    doc.add(PdfText{l.from.name, TextStyle::heading, Align::right, 1});
    doc.add(PdfText{sender_block(l.from), TextStyle::small, Align::right, 8});
    doc.add(PdfText{joined({l.to.name, joined(l.to.lines)}), TextStyle::body, Align::left, 10});
    doc.add(PdfText{danish_long_date(l.date), TextStyle::body, Align::right, 8});
    doc.add(PdfText{l.title, TextStyle::title, Align::left, 5});
    doc.add(l.body);
    if (!l.appeal_guidance.empty()) {
        doc.add(PdfText{"Klagevejledning", TextStyle::heading});
        doc.add(PdfText{"Afgørelsens dato: " + danish_long_date(l.date) + ". Klagefrist: " +
                            danish_long_date(appeal_deadline(l.date, l.appeal_weeks)) + " (" +
                            std::to_string(l.appeal_weeks) + " uger efter afgørelsens dato).",
                        TextStyle::bold});
        doc.add(PdfText{l.appeal_guidance});
    }
    if (!l.from.signature.empty()) doc.add(PdfText{l.from.signature, TextStyle::body, Align::left, 0});
    return doc;
}

std::string render_letter(const Letter& letter) { return letter_document(letter).render(); }

} // namespace hjt::reports
