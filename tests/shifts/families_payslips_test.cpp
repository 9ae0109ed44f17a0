// A page of families' payslips (app::families_payslips: one query each for the
// families, helpers, tax cards and shifts) is each family's own payslips
// (family_payslips), to the øre: a family with two helpers, one of them on a
// frikort used up across months; a family in between with no shift that
// month; another family's helper. The run sheet's and the run's payroll dues
// are computed from such pages.
#include <catch2/catch.hpp>

#include "app/payslip_service.h"
#include "app/tax_card_service.h"
#include "atp_tables.h"
#include "domain/errors.h"
#include "shift_fixture.h"
#include "test_actor.h"

using namespace hjt;
using hjt::testing::ShiftFamily;
using hjt::testing::sample_child;
using hjt::testing::sample_family;
using hjt::testing::sample_grant;

namespace {

const Month kFebruary{date::year{2026}, date::February};

// The figures of a family's month that the payroll dues and slips are made of.
std::vector<long long> figures(const app::FamilyMonth& m) {
    std::vector<long long> out{m.family.id, static_cast<long long>(m.helpers.size()), m.totals.gross.ore(),
                               m.totals.atp_employee.ore(), m.totals.am_bidrag.ore(), m.totals.a_skat.ore(),
                               m.totals.net.ore(), m.totals.holiday_pay.ore(), m.work_injury.ore(),
                               m.reported_withholding.ore(), m.employer_cost.ore()};
    for (const auto& h : m.helpers) {
        out.push_back(h.helper.id);
        out.push_back(h.minutes);
        out.push_back(h.payslip.a_skat.ore());
        out.push_back(h.free_left ? h.free_left->ore() : -1);
    }
    return out;
}

} // namespace

TEST_CASE("a page of families' payslips is each family's own, to the øre", "[payslips][service]") {
    ShiftFamily f("families_payslips");
    auto& sql = f.scratch.sql();
    const Id idle = store::insert_family(sql, sample_family("30000006"));  // no shift in February
    const Id other = store::find_helper(sql, f.other_family_helper)->family_id;
    store::insert_grant(sql, sample_grant(store::insert_child(sql, sample_child(other))), "test");
    DatedTaxCard frikort;
    frikort.helper_id = f.second_helper;
    frikort.kind = TaxCardKind::free;
    frikort.valid_from = Date{date::year{2026}, date::January, date::day{1}};
    frikort.withholding = Rate::basis_points(3800);
    frikort.free_amount = Money::kroner(9000);
    f.scratch.db().in_transaction(
        [&](soci::session& s) { app::register_tax_card(s, test::family_actor("familie", f.family), frikort); });
    std::string csv = "helper;date;start;end\n";
    for (int day = 5; day <= 28; ++day) {
        const std::string dd = (day < 10 ? "0" : "") + std::to_string(day);
        csv += "H1;" + dd + "-01-2026;09:00;12:00\nH2;" + dd + "-01-2026;13:00;17:00\n";
        csv += "H1;" + dd + "-02-2026;09:00;12:00\nH2;" + dd + "-02-2026;13:00;17:00\n";
    }
    f.import_csv(csv);
    f.scratch.db().in_transaction([&](soci::session& s) {
        app::import_shifts(s, test::caseworker_actor("test"), other,
                           app::read_shift_csv("helper;date;start;end\nX1;10-02-2026;08:00;15:00\n", "x.csv"), Policy{});
    });

    const auto rates = test::rate_book_2026();
    const Id first = std::min({f.family, idle, other}), last = std::max({f.family, idle, other});
    const auto page = app::families_payslips(sql, first, last, kFebruary, rates, Policy{});
    REQUIRE(page.size() == 3);
    for (const auto& month : page)
        CHECK(figures(month) == figures(app::family_payslips(sql, month.family.id, kFebruary, rates, Policy{})));
    // The page holds the families in id order; the idle one has no slip, the others theirs.
    CHECK(page[0].family.id == first);
    CHECK(page[2].family.id == last);
    for (const auto& month : page) {
        const std::size_t helpers = month.family.id == f.family ? 2 : month.family.id == other ? 1 : 0;
        CHECK(month.helpers.size() == helpers);
    }
    // The frikort: January's slip used part of it, so February's amount left is less than the card's.
    const auto& own = *std::find_if(page.begin(), page.end(), [&](const auto& m) { return m.family.id == f.family; });
    REQUIRE(own.helpers[1].free_left);
    CHECK(*own.helpers[1].free_left < Money::kroner(9000));
    // One family asked for alone, unknown: NotFound, as before.
    CHECK_THROWS_AS(app::family_payslips(sql, last + 1000, kFebruary, rates, Policy{}), NotFound);
}
