#include <catch2/catch.hpp>

#include "domain/eindkomst_line_check.h"
#include "domain/eindkomst_report.h"
#include "domain/errors.h"
#include "domain/invariant.h"

using namespace hjt;
using namespace hjt::eindkomst;

namespace {

const Month kJune2024{date::year{2024}, date::June};

// domain.md §6's worked example (method 1): 60 h at 135,00, ATP 33,00/66,00,
// AM-bidrag 645,36, A-skat 2.820,22; holiday pay 1.012,50: AM 81,00, A-skat 353,97, net 577,53.
Payslip worked_example(RoundingMethod method = RoundingMethod::with_ore) {
    Payslip p;
    p.rules.rounding = method;
    p.hours = Hours::whole(60);
    p.gross = Money::ore(810000);
    p.atp_employee = Money::ore(3300);
    p.atp_employer = Money::ore(6600);
    p.am_bidrag = Money::ore(64536);
    p.a_skat = Money::ore(282022);
    p.holiday_pay = Money::ore(101250);
    p.holiday_am_bidrag = Money::ore(8100);
    p.holiday_a_skat = Money::ore(35397);
    p.holiday_net = Money::ore(57753);
    return p;
}

FieldValue value_of(const Group& group, Field field) {
    for (const auto& v : group)
        if (v.field == field) return v;
    FAIL("field " << static_cast<int>(field) << " missing");
    return {};
}

EmployerFile one_helper_file(std::vector<Group> groups) {
    EmployerFile f;
    f.reporter_se = f.employer_se = "12345674";
    f.month = kJune2024;
    f.sent = Date{date::year{2024}, date::July, date::day{3}};
    f.sent_time = "091500";
    f.file_id = "HJT0000000000001";
    f.system_version = "1";
    f.employments.push_back({"0101901234", "H7", Period{Date{date::year{2024}, date::June, date::day{10}}, std::nullopt}});
    f.reports.push_back({"HJT0000000000002", "0101901234", "H7", std::move(groups)});
    return f;
}

} // namespace

TEST_CASE("eIndkomst records: each table runs from position 1 without gaps or overlaps", "[eindkomst]") {
    for (const auto& spec : record_specs()) {
        INFO("record " << spec.record);
        int next = 1;
        for (const auto& f : spec.fields) {
            CHECK(f.position == next);
            CHECK(f.length > 0);
            next = f.position + f.length;
        }
        CHECK(spec.fields[0].name == std::string("Lb_nr"));
        CHECK(spec.fields[1].name == std::string("Rec_nr"));
    }
}

TEST_CASE("eIndkomst fields: domain.md §6's worked example field by field (method 1)", "[eindkomst]") {
    const auto groups = helper_fields(worked_example());
    REQUIRE(groups.size() == 2);
    const Group& wage = groups[0];
    CHECK(value_of(wage, Field::am_income).number == 806700);  // 8.100,00 − 33,00
    CHECK(value_of(wage, Field::a_skat).number == 282022);     // with øre (method 1): the payment's total is rounded
    CHECK(value_of(wage, Field::am_bidrag).number == 64536);
    CHECK(value_of(wage, Field::atp_rate).code == "A");
    CHECK(value_of(wage, Field::atp).number == 9900);          // 33,00 + 66,00
    CHECK(value_of(wage, Field::hours).number == 6000);        // 60,00 h
    const Group& holiday = groups[1];
    CHECK(value_of(holiday, Field::am_income).number == 101250);
    CHECK(value_of(holiday, Field::a_skat).number == 35397);
    CHECK(value_of(holiday, Field::am_bidrag).number == 8100);
    CHECK(value_of(holiday, Field::holiday_pay_gross).number == 101250);
    CHECK(value_of(holiday, Field::hours).number == 0);
    CHECK(value_of(holiday, Field::holiday_pay_net).number == 57753);
    CHECK(value_of(holiday, Field::holiday_days).number == 208);
    CHECK(value_of(holiday, Field::holiday_payer).code == "33088566");
}

TEST_CASE("eIndkomst fields: no ATP fields under 39 hours, no holiday group under Ferieloven § 43",
          "[eindkomst]") {
    Payslip p = worked_example();
    p.atp_employee = p.atp_employer = Money{};
    p.holiday_pay = p.holiday_am_bidrag = p.holiday_a_skat = p.holiday_net = Money{};
    const auto groups = helper_fields(p);
    REQUIRE(groups.size() == 1);
    CHECK(value_of(groups[0], Field::am_income).number == 810000);
    CHECK(std::none_of(groups[0].begin(), groups[0].end(),
                       [](const FieldValue& v) { return v.field == Field::atp || v.field == Field::atp_rate; }));
}

TEST_CASE("eIndkomst fields: B-income is refused with the policy field named", "[eindkomst]") {
    Payslip p = worked_example();
    p.rules.income = IncomeKind::b_income;
    try {
        helper_fields(p);
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "helper_income");
    }
}

TEST_CASE("eIndkomst file: every line matches its record's table, 9999 counts the records", "[eindkomst]") {
    const std::string file = write_file(records_of(one_helper_file(helper_fields(worked_example()))));
    INFO(file);
    CHECK(test::eindkomst_problems(file).empty());
    const auto lines = test::eindkomst_lines(file);
    // 1000, 2001, 2101, 5000, 6000 + 6 values, 6000 + 8 values, 9999.
    REQUIRE(lines.size() == 21);
    CHECK(lines[0].substr(0, 11) == "00000011000");
    CHECK(test::eindkomst_field(lines[1], 4) == "12345674");
    CHECK(test::eindkomst_field(lines[2], 6) == "20240610");  // employment start
    CHECK(test::eindkomst_field(lines[2], 7) == "        ");  // no end
    CHECK(test::eindkomst_field(lines[3], 6) == "20240601");
    CHECK(test::eindkomst_field(lines[3], 7) == "20240630");
    CHECK(test::eindkomst_field(lines[3], 3) == " ");          // not a correction
    CHECK(lines[4] == "0000005" "6000" "00000000" "0101901234" + std::string(8, ' ') + "H7" + std::string(13, ' ') + " ");
    // Field 13, 8.067,00 kr: 10 digits of kroner and 6 decimals, zero-filled, then the sign.
    CHECK(lines[5] == "0000006" "6001" "0013" "0000008067" "000000" "+");
    CHECK(lines[6] == "0000007" "6001" "0015" "0000002820" "220000" "+");  // 2.820,22
    CHECK(lines[7] == "0000008" "6001" "0016" "0000000645" "360000" "+");  // 645,36
    CHECK(lines[8] == "0000009" "6002" "0045" "A         ");
    CHECK(lines[10] == "0000011" "6005" "0200" "00006000" "+");  // 60,00 hours
    CHECK(lines.back() == "0000021" "9999" "0000021");
}

TEST_CASE("eIndkomst file: a month without pay is one report without persons (nulangivelse)", "[eindkomst]") {
    EmployerFile f = one_helper_file({});
    f.reports.clear();
    f.employments.clear();
    f.zero_report_id = "HJT0000000000009";
    const std::string file = write_file(records_of(f));
    CHECK(test::eindkomst_problems(file).empty());
    const auto lines = test::eindkomst_lines(file);
    REQUIRE(lines.size() == 4);
    CHECK(lines[2].substr(7, 4) == "5000");
    CHECK(test::eindkomst_field(lines[2], 4) == "HJT0000000000009");
}

TEST_CASE("eIndkomst corrections: only the differences, with their sign, nothing when nothing changed",
          "[eindkomst][correction]") {
    const auto before = helper_fields(worked_example());
    const Reported reported = reported_of(before);
    CHECK(correction(before, reported).empty());

    // Two more hours found later: 62 h × 135,00 = 8.370,00; ATP unchanged; AM 8 % × 8.337,00 = 666,96;
    // A-skat 38 % × 7.670,04 = 2.914,6152 → 2.914,62; holiday pay 1.046,25: AM 83,70,
    // A-skat 38 % × 962,55 = 365,769 → 365,77, net 596,78.
    Payslip after = worked_example();
    after.hours = Hours::whole(62);
    after.gross = Money::ore(837000);
    after.am_bidrag = Money::ore(66696);
    after.a_skat = Money::ore(291462);
    after.holiday_pay = Money::ore(104625);
    after.holiday_am_bidrag = Money::ore(8370);
    after.holiday_a_skat = Money::ore(36577);
    after.holiday_net = Money::ore(59678);
    const auto diff = correction(helper_fields(after), reported);
    REQUIRE(diff.size() == 2);
    CHECK(value_of(diff[0], Field::am_income).number == 27000);  // 8.337,00 − 8.067,00
    CHECK(value_of(diff[0], Field::a_skat).number == 9440);      // 2.914,62 − 2.820,22
    CHECK(value_of(diff[0], Field::am_bidrag).number == 2160);   // 666,96 − 645,36
    CHECK(value_of(diff[0], Field::hours).number == 200);
    CHECK(diff[0].size() == 4);  // ATP unchanged, codes never in a correction
    CHECK(value_of(diff[1], Field::holiday_pay_net).number == 1925);  // 596,78 − 577,53
    CHECK(value_of(diff[1], Field::a_skat).number == 1180);           // 365,77 − 353,97

    // The holiday pay taken away (Ferieloven § 43 turned on): its fields go back to 0 with a minus.
    Payslip none = worked_example();
    none.holiday_pay = none.holiday_am_bidrag = none.holiday_a_skat = none.holiday_net = Money{};
    const auto back = correction(helper_fields(none), reported);
    REQUIRE(back.size() == 2);
    CHECK(back[0].empty());
    CHECK(value_of(back[1], Field::am_income).number == -101250);

    EmployerFile f = one_helper_file(back);
    f.employments.clear();
    f.reports[0].report_id = "HJT0000000000003";
    const std::string file = write_file(records_of(f));
    CHECK(test::eindkomst_problems(file).empty());
    const auto lines = test::eindkomst_lines(file);
    // Not R-marked: R "må ikke angives sammen med ... A-skat og am-bidrag" (record 5000, field 3,
    // info.skat.dk oid=1745565); a normal correction is a report to the same pay period
    // (Indberetningsvejledning 14.1, info.skat.dk oid=2045884).
    CHECK(test::eindkomst_field(lines[2], 3) == " ");
    CHECK(test::eindkomst_field(lines[2], 5) == std::string(16, ' '));
    CHECK(test::eindkomst_field(lines[2], 6) == "20240601");
    CHECK(test::eindkomst_field(lines[2], 7) == "20240630");
    CHECK(lines[4] == "0000005" "6001" "0013" "0000001012" "500000" "-");
}

TEST_CASE("eIndkomst records: a value that does not fit its field is refused, never cut", "[eindkomst]") {
    CHECK_THROWS_AS(write_line({2001, {{4, "123456789"}, {6, "DKK"}}}, 1), ValidationError);  // 9 digits in 8
    CHECK_THROWS_AS(write_line({2001, {{4, "1234567X"}, {6, "DKK"}}}, 1), ValidationError);   // not digits
    CHECK_THROWS_AS(write_line({2001, {{6, "DKK"}}}, 1), ValidationError);                      // SE missing
    // A field the record does not have is the program's mistake, never a person's: not a refusal.
    CHECK_THROWS_AS(write_line({2001, {{4, "12345674"}, {6, "DKK"}, {7, "x"}}}, 1), InvariantBroken);  // no field 7
    CHECK_THROWS_AS(write_line({6002, {{3, "45"}, {4, "Æ"}}}, 1), ValidationError);              // not ASCII
    CHECK(write_line({2001, {{4, "12345674"}, {6, "DKK"}}}, 3) == "0000003" "2001" + std::string(16, ' ') + "12345674" " " "DKK");
}
