// The PDF layer on hand-made documents: the Danish text comes back out of the
// file as text, a long table breaks across pages with its header on each, every
// page says "Side i af N", and the document information carries the title.
#include <catch2/catch.hpp>

#include "pdf_probe.h"
#include "reports/pdf_document.h"

using namespace hjt::reports;
using hjt::test::pdf_info;
using hjt::test::pdf_text;
using hjt::test::squeezed;

namespace {

PdfMetadata letter_metadata() { return {"Årsopgørelse 2026", "Egeskov Kommune", "Hjemmetræning", "hjt", "2026-12-05T10:00:00Z"}; }

PdfTable long_table(int rows) {
    PdfTable t{{{"Måned", 2}, {"Timer", 1, true}, {"Beløb", 1, true}}, {}};
    for (int i = 1; i <= rows; ++i) t.rows.push_back({{"Række " + std::to_string(i), "7,50", "1.234,56 kr"}});
    t.rows.push_back({{"I alt", "", "9.999,99 kr"}, true});
    return t;
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

} // namespace

TEST_CASE("a PDF holds its Danish text as searchable text", "[pdf]") {
    PdfDocument doc(letter_metadata());
    doc.add(PdfText{"Årsopgørelse over hjemmetræning", TextStyle::title});
    doc.add(PdfText{"Kære familie Ødegård-Æbelø. Beløbet er 1.234,56 kr."});
    const std::string text = pdf_text(doc.render());
    CHECK(text.find("Årsopgørelse over hjemmetræning") != std::string::npos);
    CHECK(text.find("Kære familie Ødegård-Æbelø") != std::string::npos);
    CHECK(text.find("1.234,56 kr.") != std::string::npos);
    CHECK(text.find("Side 1 af 1") != std::string::npos);
}

TEST_CASE("a PDF's document information names its title, author and creator", "[pdf]") {
    const std::string pdf = PdfDocument(letter_metadata()).render();
    CHECK(pdf_info(pdf, "Title") == "Årsopgørelse 2026");
    CHECK(pdf_info(pdf, "Author") == "Egeskov Kommune");
    CHECK(pdf_info(pdf, "Creator") == "hjt");
    CHECK(pdf_info(pdf, "PDF version") == "1.5");
    CHECK(pdf_info(pdf, "Pages") == "1");
}

TEST_CASE("a long table breaks across pages and repeats its header row on each", "[pdf]") {
    PdfDocument doc(letter_metadata());
    doc.add(PdfText{"Timer pr. måned", TextStyle::heading});
    doc.add(long_table(150));
    const std::string pdf = doc.render();
    const int pages = std::stoi(pdf_info(pdf, "Pages"));
    REQUIRE(pages >= 3);
    const std::string text = squeezed(pdf_text(pdf));
    CHECK(count(text, "Måned Timer Beløb") == pages);
    CHECK(text.find("Række 150 7,50 1.234,56 kr") != std::string::npos);
    CHECK(text.find("I alt 9.999,99 kr") != std::string::npos);
    CHECK(text.find("Side " + std::to_string(pages) + " af " + std::to_string(pages)) != std::string::npos);
    CHECK(text.find("Side 1 af " + std::to_string(pages)) != std::string::npos);
}

TEST_CASE("text that looks like markup is shown as typed", "[pdf]") {
    PdfDocument doc(letter_metadata());
    doc.add(PdfText{"Familien <b>Hansen</b> & co"});
    CHECK(pdf_text(doc.render()).find("Familien <b>Hansen</b> & co") != std::string::npos);
}

TEST_CASE("a logo that cannot be read is refused, naming the file", "[pdf]") {
    PdfDocument doc(letter_metadata());
    doc.add(PdfImage{"/nonexistent/logo.png"});
    CHECK_THROWS_WITH(doc.render(), Catch::Contains("/nonexistent/logo.png"));
}
