#include <catch2/catch.hpp>

#include "atp_tables.h"
#include "domain/payslip.h"

using namespace hjt;

namespace {
PayslipInput helper_at(Hours hours, Money wage, int withholding_bp, Money deduction = Money{}) {
    return PayslipInput{hours, wage, TaxCard{Rate::basis_points(withholding_bp), deduction}, Money{}};
}
} // namespace

TEST_CASE("payslip: the worked example of domain.md §6 to the øre", "[shifts][payslip]") {
    Payslip p = compute_payslip(helper_at(Hours::whole(60), Money::kroner(135), 3800), test::rates_2024());
    CHECK(p.gross == Money::ore(810000));
    CHECK(p.atp_employee == Money::ore(3300));
    CHECK(p.atp_employer == Money::ore(6600));
    CHECK(p.am_bidrag == Money::ore(64536));
    CHECK(p.a_skat == Money::ore(282000));
    CHECK(p.net == Money::ore(460164));
    CHECK(p.holiday_pay == Money::ore(101250));
    CHECK(p.holiday_am_bidrag == Money::ore(8100));
    CHECK(p.holiday_a_skat == Money::ore(35300));
    CHECK(p.holiday_net == Money::ore(57850));
    CHECK(p.employer_cost == Money::ore(810000 + 101250 + 6600));
}

TEST_CASE("payslip: ATP brackets change exactly at 39, 78 and 117 hours", "[shifts][payslip][atp]") {
    auto atp_at = [](std::int64_t hundredths) {
        Payslip p = compute_payslip(helper_at(Hours::hundredths(hundredths), Money::kroner(135), 3800),
                                    test::rates_2024());
        return std::pair{p.atp_employee.ore(), p.atp_employer.ore()};
    };
    CHECK(atp_at(3899) == std::pair<std::int64_t, std::int64_t>{0, 0});
    CHECK(atp_at(3900) == std::pair<std::int64_t, std::int64_t>{3300, 6600});
    CHECK(atp_at(7799) == std::pair<std::int64_t, std::int64_t>{3300, 6600});
    CHECK(atp_at(7800) == std::pair<std::int64_t, std::int64_t>{6600, 13200});
    CHECK(atp_at(11699) == std::pair<std::int64_t, std::int64_t>{6600, 13200});
    CHECK(atp_at(11700) == std::pair<std::int64_t, std::int64_t>{9900, 19800});
}

TEST_CASE("payslip: 2023 uses the old ATP table, 2024 the new one", "[shifts][payslip][atp]") {
    PayslipInput in = helper_at(Hours::whole(80), Money::kroner(130), 3700);
    Payslip p2023 = compute_payslip(in, test::rates_2023());
    Payslip p2024 = compute_payslip(in, test::rates_2024());
    CHECK(p2023.atp_employee == Money::ore(6310));
    CHECK(p2023.atp_employer == Money::ore(12625));
    CHECK(p2024.atp_employee == Money::ore(6600));
    CHECK(p2024.atp_employer == Money::ore(13200));
    // 80 h × 130,00 = 10.400,00; AM 8 % × (10.400,00 − 63,10) = 826,952 → 826,95.
    CHECK(p2023.am_bidrag == Money::ore(82695));
    // A-skat 37 % × (10.400,00 − 63,10 − 826,95) = 3.518,6815 → 3.518 kr.
    CHECK(p2023.a_skat == Money::kroner(3518));
    CHECK(p2023.net == Money::ore(1040000 - 6310 - 82695 - 351800));
}

TEST_CASE("payslip: the monthly fradrag lowers A-skat on the wage only, never below zero", "[shifts][payslip]") {
    // 10 h × 135,00 = 1.350,00; ATP 0; AM 108,00; taxable 1.242,00 − fradrag 1.000,00 = 242,00 × 38 % = 91,96 → 91.
    Payslip p = compute_payslip(helper_at(Hours::whole(10), Money::kroner(135), 3800, Money::kroner(1000)),
                                test::rates_2024());
    CHECK(p.a_skat == Money::kroner(91));
    // Holiday pay 168,75: AM 13,50; A-skat 38 % × 155,25 = 58,995 → 58 (no fradrag).
    CHECK(p.holiday_a_skat == Money::kroner(58));

    Payslip big_deduction = compute_payslip(
        helper_at(Hours::whole(10), Money::kroner(135), 3800, Money::kroner(5000)), test::rates_2024());
    CHECK(big_deduction.a_skat == Money{});
    CHECK(big_deduction.net == Money::ore(135000 - 10800));
}

TEST_CASE("payslip: worked minutes become hundredths rounded half away from zero", "[shifts][payslip]") {
    CHECK(payslip_hours(60) == Hours::whole(1));
    CHECK(payslip_hours(20) == Hours::hundredths(33));   // 0,333… h
    CHECK(payslip_hours(40) == Hours::hundredths(67));   // 0,666… h
    CHECK(payslip_hours(2339) == Hours::hundredths(3898));
    CHECK(payslip_hours(2340) == Hours::whole(39));
}
