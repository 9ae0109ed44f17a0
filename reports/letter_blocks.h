// The blocks letters are built of: paragraphs, headings, notes and a table of
// figures (label, note, amount), so every letter looks the same.
#pragma once

#include <string>
#include <vector>

#include "reports/pdf_document.h"

namespace hjt::reports {

PdfText paragraph(std::string text);
PdfText heading(std::string text);
PdfText note(std::string text);

struct FigureRow {
    std::string label;
    std::string note;   // a rate, "anslået", ...; "" none
    std::string value;  // already formatted: "1.234,56 kr", "7,50"
    bool total = false;
};

// Columns "<label_title> | <note_title> | Beløb".
PdfTable figures_table(const std::string& label_title, const std::string& note_title, std::vector<FigureRow> rows);

} // namespace hjt::reports
