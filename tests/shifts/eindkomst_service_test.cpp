#include <catch2/catch.hpp>

#include "app/config_loader.h"
#include "app/eindkomst_service.h"
#include "domain/eindkomst_line_check.h"
#include "shift_fixture.h"
#include "store/rates_store.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;

namespace {

const Month kMarch2026{date::year{2026}, date::March};

// The rates and policy of config/: 2026 carries the 2024 ATP table forward (domain.md §9), rounding method 1.
void store_rates_2026(soci::session& sql) {
    store::save_policy(sql, app::load_policy("config"));
    store::save_rates(sql, app::load_rate_book("config"));
}

void add(ShiftFamily& f, Id helper, const std::string& day, const std::string& start, const std::string& end) {
    f.scratch.db().in_transaction([&](soci::session& sql) {
        app::add_shift(sql, test::caseworker_actor("test"), helper, parse_shift_times(day, start, end), Policy{});
    });
}

// H1 works 20 shifts of 3 hours in March 2026: domain.md §6's 60 hours at 135,00.
// The fixture's other family gets a CVR/SE number that passes the modulus-11 check.
ShiftFamily& with_sixty_hours(ShiftFamily& f) {
    f.scratch.db().in_transaction([&](soci::session& sql) {
        store_rates_2026(sql);
        auto other = *store::find_family(sql, store::find_helper(sql, f.other_family_helper)->family_id);
        other.cvr = "20000007";
        store::update_family(sql, other);
    });
    std::string csv = "helper;date;start;end\n";
    for (int day = 2; day <= 21; ++day)
        csv += "H1;" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "-03-2026;09:00;12:00\n";
    f.import_csv(csv);
    return f;
}

app::EindkomstMonth run(ShiftFamily& f, const app::User& actor = test::finance_actor("finance")) {
    app::EindkomstMonth out;
    f.scratch.db().in_transaction(
        [&](soci::session& sql) { out = app::report_eindkomst(sql, actor, kMarch2026, app::EindkomstOptions{}); });
    return out;
}

const app::EmployerReport& employer(const app::EindkomstMonth& m, const std::string& se) {
    for (const auto& e : m.employers)
        if (e.employer_se == se) return e;
    FAIL("no employer " << se);
    throw std::logic_error("unreachable");
}

// The value written for eIndkomst field `field` in the n-th record 6000 group's 6001 records.
std::vector<std::string> amounts(const std::string& file, int field) {
    std::vector<std::string> out;
    const std::string number = std::string(4 - std::to_string(field).size(), '0') + std::to_string(field);
    for (const auto& line : test::eindkomst_lines(file))
        if (line.substr(7, 4) == "6001" && test::eindkomst_field(line, 3) == number)
            out.push_back(test::eindkomst_field(line, 5) + test::eindkomst_field(line, 4));
    return out;
}

} // namespace

TEST_CASE("eIndkomst: a month reported per employer, the worked example in the file, the idle employer's zero report",
          "[shifts][eindkomst]") {
    ShiftFamily f("eindkomst_month");
    with_sixty_hours(f);
    const long long audits = f.scratch.count("audit_log");
    const auto month = run(f);
    REQUIRE(month.employers.size() == 2);

    const auto& jensen = employer(month, "10000009");
    REQUIRE(jensen.refused == "");
    CHECK(jensen.reports == 1);  // H1 paid; H2 employed without shifts is not a report of its own
    CHECK_FALSE(jensen.zero_report);
    INFO(jensen.content);
    CHECK(test::eindkomst_problems(jensen.content).empty());
    CHECK(jensen.content.find("0203991234") != std::string::npos);  // the file carries the CPR
    CHECK(amounts(jensen.content, 13) == std::vector<std::string>{"+0000008067000000", "+0000001012500000"});
    CHECK(amounts(jensen.content, 15) == std::vector<std::string>{"+0000002820220000", "+0000000353970000"});
    CHECK(amounts(jensen.content, 16) == std::vector<std::string>{"+0000000645360000", "+0000000081000000"});
    CHECK(amounts(jensen.content, 46) == std::vector<std::string>{"+0000000099000000"});
    CHECK(amounts(jensen.content, 202) == std::vector<std::string>{"+0000000577530000"});
    // The employment is told to eIndkomst with its first report (record 2101: start 1 January 2025).
    const auto lines = test::eindkomst_lines(jensen.content);
    REQUIRE(lines[2].substr(7, 4) == "2101");
    CHECK(test::eindkomst_field(lines[2], 6) == "20250101");

    const auto& other = employer(month, "20000007");
    REQUIRE(other.refused == "");
    CHECK(other.zero_report);
    CHECK(other.reports == 0);
    CHECK(test::eindkomst_problems(other.content).empty());
    CHECK(test::eindkomst_lines(other.content).size() == 4);  // 1000, 2001, 5000, 9999
    CHECK(f.scratch.count("audit_log") == audits + 2);
    // The audit entry names no CPR number.
    long long with_cpr = 0;
    f.scratch.sql() << "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%0203991234%'", soci::into(with_cpr);
    CHECK(with_cpr == 0);
}

TEST_CASE("eIndkomst: the same month again sends nothing, a change is sent as a correction of the first report",
          "[shifts][eindkomst][correction]") {
    ShiftFamily f("eindkomst_again");
    with_sixty_hours(f);
    const auto first = run(f);
    const std::string first_id = test::eindkomst_field(test::eindkomst_lines(employer(first, "10000009").content)[3], 4);

    const auto again = run(f);
    CHECK(employer(again, "10000009").content.empty());
    CHECK(employer(again, "10000009").unchanged == 1);
    CHECK(employer(again, "20000007").content.empty());  // its month without pay is reported already

    // Two more hours on 23 March: 62 h. Wage 8.370,00 − 33,00 = 8.337,00 (+270,00); AM 666,96 (+21,60);
    // A-skat 38 % × 7.670,04 = 2.914,62 (+94,40); holiday pay 1.046,25 (+33,75): AM 83,70 (+2,70),
    // A-skat 38 % × 962,55 = 365,77 (+11,80).
    add(f, f.helper, "23-03-2026", "09:00", "11:00");
    const auto corrected = run(f);
    const auto& jensen = employer(corrected, "10000009");
    CHECK(jensen.corrections == 1);
    CHECK(jensen.reports == 0);
    INFO(jensen.content);
    CHECK(test::eindkomst_problems(jensen.content).empty());
    const auto lines = test::eindkomst_lines(jensen.content);
    REQUIRE(lines[2].substr(7, 4) == "5000");
    // A correction without R (Systemvejledning record 5000, field 3: R never with A-skat and AM-bidrag):
    // a supplementary report to the same pay period (Indberetningsvejledning 14.1), its own id.
    CHECK(test::eindkomst_field(lines[2], 3) == " ");
    CHECK(test::eindkomst_field(lines[2], 4) != first_id);
    CHECK(test::eindkomst_field(lines[2], 5) == std::string(16, ' '));
    CHECK(test::eindkomst_field(lines[2], 6) == "20260301");
    CHECK(test::eindkomst_field(lines[2], 7) == "20260331");
    CHECK(amounts(jensen.content, 13) == std::vector<std::string>{"+0000000270000000", "+0000000033750000"});
    CHECK(amounts(jensen.content, 16) == std::vector<std::string>{"+0000000021600000", "+0000000002700000"});
    CHECK(amounts(jensen.content, 15) == std::vector<std::string>{"+0000000094400000", "+0000000011800000"});
    CHECK(amounts(jensen.content, 46).empty());  // ATP unchanged (≥ 39 and < 78 h)

    CHECK(employer(run(f), "10000009").content.empty());  // and then nothing again
}

TEST_CASE("eIndkomst: an employer without a CVR/SE number or with a helper without a valid CPR is refused, "
          "the others are reported",
          "[shifts][eindkomst][refuse]") {
    ShiftFamily f("eindkomst_refuse");
    with_sixty_hours(f);
    f.scratch.db().in_transaction([&](soci::session& sql) {
        auto family = *store::find_family(sql, f.family);
        family.cvr = "";
        store::update_family(sql, family);
    });
    auto month = run(f);
    const auto& jensen = month.employers.at(0);
    CHECK(jensen.refused_field == "cvr");
    CHECK(jensen.refused.find("har intet CVR/SE-nummer") != std::string::npos);
    CHECK(jensen.content.empty());
    CHECK(employer(month, "20000007").zero_report);
    CHECK(f.scratch.count("eindkomst_reports") == 2);  // the other employer's file and zero report only

    f.scratch.db().in_transaction([&](soci::session& sql) {
        auto family = *store::find_family(sql, f.family);
        family.cvr = "10000009";
        store::update_family(sql, family);
        auto helper = *store::find_helper(sql, f.helper);
        helper.cpr = "310299-1234";  // 31 February
        store::update_helper(sql, helper);
    });
    month = run(f);
    const auto& refused = employer(month, "10000009");
    CHECK(refused.refused_field == "cpr");
    CHECK(refused.refused.find("310299-XXXX") != std::string::npos);
    CHECK(refused.refused.find("3102991234") == std::string::npos);
    CHECK(refused.refused.find("310299-1234") == std::string::npos);
    CHECK(f.scratch.count("eindkomst_reports") == 2);
}

TEST_CASE("eIndkomst: only finance reports", "[shifts][eindkomst][permission]") {
    ShiftFamily f("eindkomst_permission");
    with_sixty_hours(f);
    CHECK_THROWS_AS(run(f, test::caseworker_actor("case")), Forbidden);
    CHECK_THROWS_AS(run(f, test::family_actor("jensen", f.family)), Forbidden);
    CHECK(f.scratch.count("eindkomst_reports") == 0);
}
