// Reads a PDF back as a person's tools do: its text with pdftotext, its page
// count and document information with pdfinfo (poppler-utils). The tests check
// text, never bytes.
#pragma once

#include <string>

#include "text_has.h"

namespace hjt::test {

// The PDF's text (pdftotext -layout; UTF-8).
std::string pdf_text(const std::string& pdf);
// One field of pdfinfo's output ("Pages", "Title", "PDF version"); "" when absent.
std::string pdf_info(const std::string& pdf, const std::string& field);
// The XMP metadata stream as pdfinfo -meta prints it ("" when there is none).
std::string pdf_meta(const std::string& pdf);
// pdffonts's table: two header lines, then a line per font (name, type,
// encoding, emb, sub, uni, object).
std::string pdf_fonts(const std::string& pdf);
// `text` with runs of spaces and line breaks made one space: table columns
// and wrapped lines come back from pdftotext with varying spaces.
std::string squeezed(const std::string& text);

} // namespace hjt::test
