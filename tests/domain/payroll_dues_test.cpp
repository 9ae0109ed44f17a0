#include <catch2/catch.hpp>

#include "domain/payroll_dues.h"

using namespace hjt;

namespace {
Month month(int y, unsigned m) { return Month{date::year{y}, date::month{m}}; }
Date day(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }
} // namespace

TEST_CASE("payroll dues: Skattestyrelsen's deadline is the 10th of the next month, 17 January for December, "
          "the next banking day when it is not one",
          "[payroll_dues]") {
    CHECK(skat_deadline(month(2026, 3)) == day(2026, 4, 10));   // a Friday
    CHECK(skat_deadline(month(2026, 4)) == day(2026, 5, 11));   // 10 May 2026 is a Sunday
    CHECK(skat_deadline(month(2025, 12)) == day(2026, 1, 19));  // 17 January 2026 is a Saturday
    CHECK(skat_deadline(month(2026, 12)) == day(2027, 1, 18));  // 17 January 2027 is a Sunday
    CHECK(skat_deadline(month(2029, 4)) == day(2029, 5, 11));   // 10 May 2029 is Ascension Day
}

TEST_CASE("payroll dues: domain.md §6's worked example, what the family pays to whom", "[payroll_dues]") {
    Payslip p;  // method 1
    p.atp_employee = Money::ore(3300);
    p.atp_employer = Money::ore(6600);
    p.am_bidrag = Money::ore(64536);
    p.a_skat = Money::ore(282022);
    p.holiday_am_bidrag = Money::ore(8100);
    p.holiday_a_skat = Money::ore(35397);
    p.holiday_net = Money::ore(57753);
    const auto dues = payroll_dues(p, month(2026, 3));
    REQUIRE(dues.size() == 3);
    // 645,36 + 2.820,22 + 81,00 + 353,97 = 3.900,55, paid rounded to whole kroner (method 1).
    CHECK(dues[0].payee == "Skattestyrelsen");
    CHECK(dues[0].amount == Money::ore(390100));
    CHECK(dues[0].due == day(2026, 4, 10));
    CHECK(dues[0].what == "A-skat og AM-bidrag for marts 2026");  // the month as people write it, not 2026-03 (issue 19)
    CHECK(dues[1].payee == "ATP (Samlet Betaling)");
    CHECK(dues[1].amount == Money::ore(9900));
    CHECK(dues[1].what.find("1. kvartal 2026") != std::string::npos);
    CHECK_FALSE(dues[1].due);
    CHECK(dues[2].payee == "FerieKonto");
    CHECK(dues[2].amount == Money::ore(57753));
    CHECK(dues[2].due == day(2026, 4, 10));
    CHECK(dues[2].what == "Feriepenge for timelønnede (netto) for marts 2026");

    // No ATP under 39 hours and no holiday pay (Ferieloven § 43): Skattestyrelsen alone.
    Payslip small;
    small.a_skat = Money::ore(12345);
    const auto only = payroll_dues(small, month(2026, 6));
    REQUIRE(only.size() == 1);
    CHECK(only[0].amount == Money::ore(12300));  // 123,45 → 123
}
