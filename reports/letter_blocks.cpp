#include "reports/letter_blocks.h"

namespace hjt::reports {

PdfText paragraph(std::string text) { return PdfText{std::move(text)}; }
PdfText heading(std::string text) { return PdfText{std::move(text), TextStyle::heading, Align::left, 2}; }
PdfText note(std::string text) { return PdfText{std::move(text), TextStyle::small, Align::left, 2}; }

PdfTable figures_table(const std::string& label_title, const std::string& note_title, std::vector<FigureRow> rows) {
    PdfTable t{{{label_title, 5}, {note_title, 1.6}, {"Beløb", 1.6, true}}, {}};
    for (auto& r : rows) t.rows.push_back({{std::move(r.label), std::move(r.note), std::move(r.value)}, r.total});
    return t;
}

} // namespace hjt::reports
