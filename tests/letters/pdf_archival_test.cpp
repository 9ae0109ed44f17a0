// Letters are PDF/A-2b (reports/pdf_archival.h): read back with qpdf's API and
// poppler's pdfinfo -meta / pdffonts, as an archive's intake would look, the
// XMP claims part 2 level B and agrees with the document information, the
// output intent carries the sRGB profile, every font is embedded, images do not
// interpolate, the trailer has an /ID and nothing is encrypted. veraPDF (Java,
// not in Debian) is not run here: README "Letters" says what that leaves open.
#include <catch2/catch.hpp>

#include <qpdf/QPDF.hh>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "import/scratch_folder.h"
#include "pdf_probe.h"
#include "reports/pdf_archival.h"
#include "reports/pdf_document.h"
#include "reports/srgb_profile.h"

using namespace hjt::reports;
using hjt::test::pdf_fonts;
using hjt::test::has;
using hjt::test::pdf_info;
using hjt::test::pdf_meta;

namespace {

PdfMetadata metadata() {
    return {"Rykker for betaling & <krav> 7", "Egeskov Kommune", "Rykker", "hjt", "2027-03-17T00:00:00Z"};
}

// A 4 x 4 half-transparent PNG: Cairo writes it as an image with a soft mask.
const unsigned char kLogo[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x04, 0x08, 0x06, 0x00, 0x00, 0x00, 0xa9, 0xf1, 0x9e,
    0x7e, 0x00, 0x00, 0x00, 0x12, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x50, 0x70, 0x68, 0x68,
    0x40, 0xc6, 0x0c, 0xa4, 0x0b, 0x00, 0x00, 0xe1, 0x62, 0x16, 0x01, 0x02, 0x56, 0x30, 0xb9, 0x00,
    0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

// One folder a process: ctest runs these test cases side by side, and one
// rewriting a shared file while another's letter reads it broke that letter.
std::string logo_file() {
    static const hjt::testing::ScratchFolder folder("archival_logo");
    const auto path = folder.file("logo.png");
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(kLogo), sizeof kLogo);
    return path.string();
}

std::string letter() {
    PdfDocument doc(metadata());
    doc.add(PdfImage{logo_file(), 30});
    doc.add(PdfText{"Rykker for betaling", TextStyle::title});
    doc.add(PdfText{"Kære familie Ødegård-Æbelø. I mangler at betale 1.234,56 kr.", TextStyle::body});
    doc.add(PdfText{"+71<000000000012347+85123456<", TextStyle::bold});
    doc.add(PdfText{"Spørgsmål: ring til kommunen.", TextStyle::small});
    return doc.render();
}


// qpdf reads the objects lazily from the caller's buffer: the string must
// outlive q, so callers keep it in a named variable.
QPDFObjectHandle parsed(QPDF& q, const std::string& pdf) {
    q.processMemoryFile("letter", pdf.data(), pdf.size());
    return q.getRoot();
}

} // namespace

TEST_CASE("a letter's XMP claims PDF/A-2b and agrees with the document information", "[pdf][pdfa]") {
    const std::string pdf = letter();
    const std::string xmp = pdf_meta(pdf);
    CHECK(has(xmp, "<pdfaid:part>2</pdfaid:part>"));
    CHECK(has(xmp, "<pdfaid:conformance>B</pdfaid:conformance>"));
    // Title, author and dates as the document information has them (pdfinfo decodes the Info strings).
    CHECK(pdf_info(pdf, "Title") == "Rykker for betaling & <krav> 7");
    CHECK(has(xmp, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Rykker for betaling &amp; &lt;krav&gt; 7"
                   "</rdf:li></rdf:Alt></dc:title>"));
    CHECK(pdf_info(pdf, "Author") == "Egeskov Kommune");
    CHECK(has(xmp, "<dc:creator><rdf:Seq><rdf:li>Egeskov Kommune</rdf:li></rdf:Seq></dc:creator>"));
    CHECK(has(xmp, "<xmp:CreatorTool>hjt</xmp:CreatorTool>"));
    CHECK(has(xmp, "<xmp:CreateDate>2027-03-17T00:00:00+00:00</xmp:CreateDate>"));
    CHECK(has(xmp, "<xmp:ModifyDate>2027-03-17T00:00:00+00:00</xmp:ModifyDate>"));

    QPDF q;
    parsed(q, pdf);
    auto info = q.getTrailer().getKey("/Info");
    CHECK(info.getKey("/CreationDate").getUTF8Value() == "D:20270317000000+00'00'");
    CHECK(info.getKey("/ModDate").getUTF8Value() == "D:20270317000000+00'00'");
    const std::string producer = info.getKey("/Producer").getUTF8Value();
    CHECK(has(producer, "qpdf"));
    CHECK(has(xmp, "<pdf:Producer>" + producer + "</pdf:Producer>"));
}

TEST_CASE("a letter's metadata stream is on the catalog and uncompressed", "[pdf][pdfa]") {
    const std::string pdf = letter();
    QPDF q;
    auto root = parsed(q, pdf);
    auto metadata = root.getKey("/Metadata");
    REQUIRE(metadata.isStream());
    CHECK(metadata.getDict().getKey("/Type").isNameAndEquals("/Metadata"));
    CHECK(metadata.getDict().getKey("/Subtype").isNameAndEquals("/XML"));
    CHECK_FALSE(metadata.getDict().hasKey("/Filter"));
}

TEST_CASE("a letter has a PDF/A output intent with the sRGB profile", "[pdf][pdfa]") {
    const std::string pdf = letter();
    QPDF q;
    auto intents = parsed(q, pdf).getKey("/OutputIntents");
    REQUIRE(intents.isArray());
    REQUIRE(intents.getArrayNItems() == 1);
    auto intent = intents.getArrayItem(0);
    CHECK(intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
    CHECK(intent.getKey("/OutputConditionIdentifier").getUTF8Value() == "sRGB IEC61966-2.1");
    auto profile = intent.getKey("/DestOutputProfile");
    REQUIRE(profile.isStream());
    CHECK(profile.getDict().getKey("/N").getIntValue() == 3);
    const auto data = profile.getStreamData();
    const std::string bytes(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    CHECK(bytes == std::string(srgb_profile()));
    // An ICC v2 monitor profile in RGB, as 6.2.3 requires of an output intent's profile.
    CHECK(bytes.substr(12, 8) == "mntrRGB ");
    CHECK(bytes[8] == 2);
}

TEST_CASE("a letter embeds every font, has a trailer ID, no encryption, no interpolated image", "[pdf][pdfa]") {
    const std::string pdf = letter();
    const std::string fonts = pdf_fonts(pdf);
    // pdffonts: a header of two lines, then one line per font with "emb" yes or no.
    int lines = 0;
    std::istringstream in(fonts);
    std::string line;
    std::getline(in, line);
    std::getline(in, line);
    while (std::getline(in, line)) {
        ++lines;
        CHECK(has(line, " yes "));  // emb, sub: pdffonts's columns
    }
    CHECK(lines >= 2);  // DejaVu Sans and DejaVu Sans Bold
    QPDF q;
    parsed(q, pdf);
    CHECK(q.getTrailer().getKey("/ID").isArray());
    CHECK_FALSE(q.isEncrypted());
    CHECK(pdf.substr(0, 8) >= "%PDF-1.4");
    int images = 0;
    for (auto& o : q.getAllObjects()) {
        if (!o.isStream() || !o.getDict().getKey("/Subtype").isNameAndEquals("/Image")) continue;
        ++images;
        auto interpolate = o.getDict().getKey("/Interpolate");
        CHECK((interpolate.isNull() || (interpolate.isBool() && !interpolate.getBoolValue())));
    }
    CHECK(images >= 1);
    int cid_fonts = 0;
    for (auto& o : q.getAllObjects()) {
        if (!o.isDictionary() || !o.getKey("/Subtype").isNameAndEquals("/CIDFontType2")) continue;
        ++cid_fonts;
        CHECK((o.getKey("/CIDToGIDMap").isStream() || o.getKey("/CIDToGIDMap").isNameAndEquals("/Identity")));
    }
    INFO("TrueType CIDFonts: " << cid_fonts);
    CHECK_FALSE(has(pdf, "/JavaScript"));
    CHECK_FALSE(has(pdf, "/LZWDecode"));
}

TEST_CASE("the same letter gives the same bytes (the ID comes from the content)", "[pdf][pdfa]") {
    CHECK(letter() == letter());
}

TEST_CASE("a file that is not a PDF is refused, naming the step", "[pdf][pdfa]") {
    try {
        to_pdfa("not a pdf", metadata());
        FAIL("no error");
    } catch (const std::runtime_error& e) {
        CHECK(has(e.what(), "PDF/A: read Cairo's PDF"));
    }
    auto bad_date = metadata();
    bad_date.create_date = "17-03-2027";
    CHECK_THROWS_WITH(PdfDocument(bad_date).render(), Catch::Contains("PDF/A: date"));
}
