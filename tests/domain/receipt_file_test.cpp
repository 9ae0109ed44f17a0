// A receipt is a PDF, JPEG or PNG by its first bytes, at most 5 MB (issue 19).
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/receipt_file.h"

using namespace hjt;

namespace {

const std::string kPdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
const std::string kJpeg = "\xFF\xD8\xFF\xE0\x00\x10JFIF";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "IHDR";

std::string field_of(const std::string& name, const std::string& bytes) {
    try {
        check_receipt(name, bytes, "receipt");
    } catch (const ValidationError& e) {
        return e.field() + ": " + e.what();
    }
    return "";
}

} // namespace

TEST_CASE("a receipt's type is read from its first bytes", "[receipt]") {
    CHECK(check_receipt("kvittering.pdf", kPdf, "receipt") == ReceiptType::pdf);
    CHECK(check_receipt("Foto.JPG", kJpeg, "receipt") == ReceiptType::jpeg);
    CHECK(check_receipt("foto.jpeg", kJpeg, "receipt") == ReceiptType::jpeg);
    CHECK(check_receipt("scan.png", kPng, "receipt") == ReceiptType::png);
    CHECK(media_type(ReceiptType::pdf) == "application/pdf");
    CHECK(to_string(ReceiptType::jpeg) == "jpeg");
}

TEST_CASE("a file that is not PDF, JPEG or PNG is refused whatever its name", "[receipt]") {
    CHECK(field_of("kvittering.pdf", "MZ\x90\x00 an executable") ==
          "receipt: bilaget skal være en PDF-, JPEG- eller PNG-fil; \"kvittering.pdf\" er ingen af dem");
    CHECK(field_of("notat.txt", "just text").rfind("receipt: bilaget skal være", 0) == 0);
    CHECK(field_of("tom.pdf", "") == "receipt: bilaget er en tom fil");
    // A PNG named .pdf: the name and the content disagree.
    CHECK(field_of("kvittering.pdf", kPng).find("er en png-fil, men navnet slutter ikke sådan") != std::string::npos);
}

TEST_CASE("a receipt may be 5 MB, not a byte more", "[receipt]") {
    std::string largest = kPdf + std::string(static_cast<std::size_t>(limits::kMaxReceiptBytes) - kPdf.size(), 'x');
    CHECK(check_receipt("stor.pdf", largest, "receipt") == ReceiptType::pdf);
    try {
        check_receipt("for-stor.pdf", largest + "x", "receipt");
        FAIL("a file over the limit was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "receipt");
        CHECK(e.code() == "out_of_range");
        CHECK(std::string(e.what()) == "skal være mellem 1 byte og 5 MB, fik 5242881 byte");
    }
}
