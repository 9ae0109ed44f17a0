// A PDF document as a list of blocks (text, table, image, space), rendered by
// Cairo with text laid out by Pango: real, searchable text with the Danish
// letters, fonts embedded, A4, "Side i af N" on every page. Cairo writes PDF
// 1.5 with the document information; render() then makes it PDF/A-2b with qpdf
// (reports/pdf_archival.h: XMP metadata, sRGB output intent; README "Letters"
// says what is checked and what is not).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "reports/pdf_table.h"

namespace hjt::reports {

struct PdfMetadata {
    std::string title;
    std::string author;       // the municipality
    std::string subject;
    std::string creator;      // "hjt"
    std::string create_date;  // ISO 8601, "2026-12-05T10:00:00Z": fixed, so the same letter gives the same text
};

enum class TextStyle { body, bold, heading, title, small, small_bold };
enum class Align { left, right, center };

struct PdfText {
    std::string text;  // plain text; "\n" breaks a line
    TextStyle style = TextStyle::body;
    Align align = Align::left;
    double space_after_mm = 2.5;
};

struct PdfImage {
    std::string png_path;
    double width_mm = 40;
    Align align = Align::right;
};

struct PdfSpace {
    double mm = 5;
};

using PdfBlock = std::variant<PdfText, PdfTable, PdfImage, PdfSpace>;

class PdfDocument {
public:
    explicit PdfDocument(PdfMetadata metadata) : metadata_(std::move(metadata)) {}
    void add(PdfBlock block) { blocks_.push_back(std::move(block)); }
    void add(std::vector<PdfBlock> blocks);
    // The PDF/A-2b file's bytes; std::runtime_error naming the step that failed.
    std::string render() const;

private:
    int draw(std::string* sink, int total_pages) const;

    PdfMetadata metadata_;
    std::vector<PdfBlock> blocks_;
};

} // namespace hjt::reports
