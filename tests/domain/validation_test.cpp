#include <catch2/catch.hpp>

#include "domain/validation.h"
#include "test_dates.h"

using namespace hjt;

namespace {
using hjt::testing::ymd;
}

TEST_CASE("CVR: 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11", "[validation][cvr]") {
    // 1×2 + 9×1 = 11; 3×2+5×7+9×6+5×5+4×4+7×3+1×2+6×1 = 165 = 15 × 11
    CHECK_FALSE(cvr_error("10000009"));
    CHECK_FALSE(cvr_error("35954716"));
    CHECK(cvr_error("12345678"));   // sum 158, not divisible
    CHECK(cvr_error("10000008"));   // one digit off
    CHECK(cvr_error("1000009"));    // 7 digits
    CHECK(cvr_error("100000090"));  // 9 digits
    CHECK(cvr_error("1000000A"));
    CHECK(cvr_error("1000 0009"));
    CHECK(cvr_error(""));
}

TEST_CASE("CPR: 10 digits with or without the dash, mod 11 failing is only a warning", "[validation][cpr]") {
    auto plain = check_cpr("0707614285");  // 4·0+3·7+2·0+7·7+6·6+5·1+4·4+3·2+2·8+1·5 = 154 = 14 × 11
    CHECK_FALSE(plain.error);
    CHECK_FALSE(plain.modulus_warning);
    REQUIRE(plain.birth_date);
    CHECK(*plain.birth_date == ymd(1961, 7, 7));
    CHECK_FALSE(check_cpr("070761-4285").error);

    auto warned = check_cpr("070761-4286");  // real date, fails mod 11: accepted with a warning
    CHECK_FALSE(warned.error);
    CHECK(warned.modulus_warning);
    CHECK(warned.birth_date);

    for (const char* bad : {"070761428", "07076142855", "0707614-285", "070761 4285", "07076A4285", "", "070761--4285"}) {
        INFO(bad);
        auto check = check_cpr(bad);
        CHECK(check.error);
        CHECK_FALSE(check.birth_date);
    }
}

TEST_CASE("CPR: the date must be real, 29 February only in leap years", "[validation][cpr]") {
    CHECK(check_cpr("320161-4285").error);  // 32 January
    CHECK(check_cpr("311161-4285").error);  // 31 November
    CHECK(check_cpr("011361-4285").error);  // month 13
    CHECK(check_cpr("000161-4285").error);  // day 0
    // 29-02-00: seventh digit 4 makes it 2000 (a leap year), digit 1 makes it 1900 (not one).
    auto leap = check_cpr("290200-4001");
    CHECK_FALSE(leap.error);
    CHECK_FALSE(leap.modulus_warning);
    CHECK(*leap.birth_date == ymd(2000, 2, 29));
    CHECK(check_cpr("290200-1001").error);
    CHECK(check_cpr("290223-4001").error);  // 2023
    CHECK_FALSE(check_cpr("290224-4001").error);  // 2024
}

TEST_CASE("CPR: the century follows from the seventh digit and the year", "[validation][cpr]") {
    auto year_of = [](const char* cpr) { return static_cast<int>(check_cpr(cpr).birth_date.value().year()); };
    CHECK(year_of("010158-2000") == 1958);  // 0-3: 1900s
    CHECK(year_of("010199-3000") == 1999);
    CHECK(year_of("010136-4000") == 2036);  // 4 and 9: 2000-2036, else 1900s
    CHECK(year_of("010137-4000") == 1937);
    CHECK(year_of("010100-9000") == 2000);
    CHECK(year_of("010199-9000") == 1999);
    CHECK(year_of("010157-5000") == 2057);  // 5-8: 2000-2057, else 1800s
    CHECK(year_of("010158-8000") == 1858);
    CHECK(year_of("010115-6000") == 2015);
}

TEST_CASE("CPR is masked to DDMMYY-XXXX, a malformed one entirely", "[validation][cpr]") {
    CHECK(mask_cpr("0707614285") == "070761-XXXX");
    CHECK(mask_cpr("070761-4285") == "070761-XXXX");
    CHECK(mask_cpr("07076142") == "XXXXXX-XXXX");
    CHECK(mask_cpr("") == "XXXXXX-XXXX");
}

TEST_CASE("bank account: reg.no. 4 digits, account no. 1 to 10 digits", "[validation][bank]") {
    CHECK_FALSE(bank_account_error("1234", "0012345678"));
    CHECK_FALSE(bank_account_error("0040", "1"));
    CHECK(bank_account_error("123", "12345678"));
    CHECK(bank_account_error("12345", "12345678"));
    CHECK(bank_account_error("12a4", "12345678"));
    CHECK(bank_account_error("1234", ""));
    CHECK(bank_account_error("1234", "12345678901"));
    CHECK(bank_account_error("1234", "1234-5678"));
    CHECK(mask_account("0012345678") == "****5678");
    CHECK(mask_account("123") == "****123");
}

TEST_CASE("DK IBAN: DK + 16 digits, spaces allowed, MOD-97 = 1", "[validation][iban]") {
    CHECK_FALSE(iban_error("DK5000400440116243"));  // the IBAN registry's Danish example
    CHECK_FALSE(iban_error("DK50 0040 0440 1162 43"));
    CHECK(iban_error("DK5000400440116244"));  // last digit off: remainder 28
    CHECK(iban_error("DK5100400440116243"));  // check digits off
    CHECK(iban_error("SE5000400440116243"));
    CHECK(iban_error("DK500040044011624"));   // 15 digits
    CHECK(iban_error("DK50004004401162431"));
    CHECK(iban_error("DK50004004401162A3"));
    CHECK(iban_error(""));
}
