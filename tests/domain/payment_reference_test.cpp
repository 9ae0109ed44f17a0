// The FI-kort type 71 payment ID and code line (domain/payment_reference.h):
// the published examples and the refusals.
#include <catch2/catch.hpp>

#include "domain/payment_reference.h"

using namespace hjt;

TEST_CASE("the FI check digit gives the published examples", "[claims][fi]") {
    // giro-kort.dk/fi-kort5.html: number 1 is printed 18, number 2 is printed 26.
    CHECK(fi_check_digit("1") == '8');
    CHECK(fi_check_digit("2") == '6');
    // Uniconta's example code line +71<004040400000669+12345678<.
    CHECK(fi_check_digit("00404040000066") == '9');
    CHECK(fi_check_digit("0") == '0');
}

TEST_CASE("a claim's payment ID is 15 digits: its id as 14 and the check digit", "[claims][fi]") {
    CHECK(fi_payment_id(1) == "000000000000018");
    CHECK(fi_payment_id(2) == "000000000000026");
    CHECK(fi_payment_id(99999999999999) .size() == 15);
    CHECK_THROWS(fi_payment_id(0));
    CHECK_THROWS(fi_payment_id(100000000000000));
    CHECK(valid_fi_payment_id("000000000000018"));
    CHECK_FALSE(valid_fi_payment_id("000000000000019"));  // wrong check digit
    CHECK_FALSE(valid_fi_payment_id("00000000000018"));   // 14 digits
    CHECK_FALSE(valid_fi_payment_id("00000000000001A"));
}

TEST_CASE("the code line is +71<payment ID+creditor number<", "[claims][fi]") {
    CHECK(fi_payment_line("000000000000018", "12345678") == "+71<000000000000018+12345678<");
    CHECK_FALSE(fi_creditor_error("12345678"));
    CHECK(fi_creditor_error("1234567").value().find("8 cifre") != std::string::npos);
    CHECK(fi_creditor_error("1234567x"));
}

TEST_CASE("a payment ID is found in a remittance text as banks pass it on", "[claims][fi]") {
    CHECK(fi_payment_id_in("+71<000000000000018+12345678<") == "000000000000018");
    CHECK(fi_payment_id_in("000000000000018") == "000000000000018");
    CHECK(fi_payment_id_in("Betaling 000 000 000 000 026 tak") == "000000000000026");
    CHECK_FALSE(fi_payment_id_in("000000000000019"));
    CHECK_FALSE(fi_payment_id_in("faktura 18"));
    CHECK_FALSE(fi_payment_id_in(""));
}
