// A family's shifts are read through its helpers by the (helper_id, start_min)
// index (schema 25 dropped the index by family): a month's, a year's and all
// of them, and the reconciliation's minutes a month. The shifts here start on
// the edges of local days whose UTC instant lies on the day before: 1 January
// 00:00 CET is 31 December 23:00Z, 1 April 00:00 CEST is 31 March 22:00Z,
// 1 November 00:00 CET is 31 October 23:00Z. Each belongs to the local day it
// was written for. (Night hours count
// no subsidisable minutes: two daytime shifts give January and November some.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <tuple>

#include "shift_fixture.h"
#include "store/reconciliation_rows.h"
#include "store/shift_store.h"

using namespace hjt;
using hjt::testing::ShiftFamily;
using hjt::testing::sample_child;
using hjt::testing::sample_family;
using hjt::testing::sample_grant;

namespace {

const Month october = date::year{2026} / date::October;
const Month november = date::year{2026} / date::November;

// The local dates the shifts read were written for, in the order read.
std::vector<std::string> dates_of(const std::vector<ShiftRecord>& shifts) {
    std::vector<std::string> out;
    for (const auto& s : shifts) out.push_back(iso(s.times.date));
    return out;
}

// The family of ShiftFamily with its edge shifts, and another family whose
// helper works the same hours: never one of the first family's.
struct EdgeShifts : ShiftFamily {
    Id other_family = 0;

    EdgeShifts() : ShiftFamily("family_shift_reads") {
        import_csv("helper;date;start;end\n"
                   "H1;01-01-2026;00:00;02:00\n"
                   "H1;15-01-2026;09:00;12:00\n"
                   "H1;31-03-2026;23:00;24:00\n"
                   "H1;01-04-2026;00:00;01:00\n"
                   "H2;31-10-2026;23:30;24:00\n"
                   "H2;01-11-2026;00:00;01:00\n"
                   "H2;16-11-2026;09:00;11:00\n"
                   "H1;31-12-2026;22:00;24:00\n");
        auto& sql = scratch.sql();
        other_family = store::find_helper(sql, other_family_helper)->family_id;
        store::insert_grant(sql, sample_grant(store::insert_child(sql, sample_child(other_family))), "test");
        scratch.db().in_transaction([&](soci::session& s) {
            app::import_shifts(s, test::caseworker_actor("test"), other_family,
                               app::read_shift_csv("helper;date;start;end\nX1;01-01-2026;00:00;02:00\n"
                                                   "X1;01-11-2026;00:00;01:00\n",
                                                   "other.csv"),
                               Policy{});
        });
    }
};

} // namespace

TEST_CASE("a family's shifts of a month are those of its local days, read through its helpers",
          "[shifts][store][dst]") {
    EdgeShifts f;
    auto& sql = f.scratch.sql();
    using S = std::vector<std::string>;
    CHECK(dates_of(store::list_families_shifts(sql, f.family, f.family, date::year{2025} / date::December)).empty());
    CHECK(dates_of(store::list_families_shifts(sql, f.family, f.family, date::year{2026} / date::January)) == S{"2026-01-01", "2026-01-15"});
    CHECK(dates_of(store::list_families_shifts(sql, f.family, f.family, date::year{2026} / date::March)) == S{"2026-03-31"});
    CHECK(dates_of(store::list_families_shifts(sql, f.family, f.family, date::year{2026} / date::April)) == S{"2026-04-01"});
    CHECK(dates_of(store::list_families_shifts(sql, f.family, f.family, october)) == S{"2026-10-31"});
    CHECK(dates_of(store::list_families_shifts(sql, f.family, f.family, november)) == S{"2026-11-01", "2026-11-16"});
    CHECK(dates_of(store::list_helper_shifts(sql, f.second_helper, november)) == S{"2026-11-01", "2026-11-16"});
    CHECK(store::list_helper_shifts(sql, f.helper, november).empty());
    // Both families at once: the other family's helper's night of 1 November too.
    const auto both = store::list_families_shifts(sql, std::min(f.family, f.other_family),
                                                  std::max(f.family, f.other_family), november);
    CHECK(both.size() == 3);
}

TEST_CASE("a family's shifts of a year and of all time are its own, month by month, and several families' years come family by family", "[shifts][store]") {
    EdgeShifts f;
    auto& sql = f.scratch.sql();
    using S = std::vector<std::string>;
    const S year{"2026-01-01", "2026-01-15", "2026-03-31", "2026-04-01",
                 "2026-10-31", "2026-11-01", "2026-11-16", "2026-12-31"};
    CHECK(dates_of(store::list_families_year_shifts(sql, f.family, f.family, 2026)) == year);
    CHECK(store::list_families_year_shifts(sql, f.family, f.family, 2025).empty());
    CHECK(store::list_families_year_shifts(sql, f.family, f.family, 2027).empty());
    // Both families in one query: family by family, each as it reads alone.
    const S other_year{"2026-01-01", "2026-11-01"};
    const Id first = std::min(f.family, f.other_family), last = std::max(f.family, f.other_family);
    S both_expected = first == f.family ? year : other_year;
    for (const auto& d : first == f.family ? other_year : year) both_expected.push_back(d);
    const auto both = store::list_families_year_shifts(sql, first, last, 2026);
    CHECK(dates_of(both) == both_expected);
    REQUIRE(both.size() == 10);
    CHECK(both.front().family_id == first);
    CHECK(both.back().family_id == last);
    CHECK(std::is_sorted(both.begin(), both.end(), [](const auto& a, const auto& b) { return a.family_id < b.family_id; }));
    auto all = dates_of(store::list_all_family_shifts(sql, f.family));  // by helper, then start
    CHECK(all == S{"2026-01-01", "2026-01-15", "2026-03-31", "2026-04-01", "2026-12-31",  // H1
                   "2026-10-31", "2026-11-01", "2026-11-16"});                                // H2
    CHECK(dates_of(store::list_all_family_shifts(sql, f.other_family)) == S{"2026-01-01", "2026-11-01"});
}

TEST_CASE("the reconciliation's minutes a month count a family's shifts by their local day, by any scope",
          "[shifts][store][reconcile]") {
    EdgeShifts f;
    auto& sql = f.scratch.sql();
    // What each month's shifts count, as the year's list reads them.
    std::array<long long, 13> expected{};
    for (const auto& s : store::list_families_year_shifts(sql, f.family, f.family, 2026))
        expected[unsigned(s.times.date.month())] += s.classification.subsidisable_minutes;
    REQUIRE(expected[1] > 0);
    REQUIRE(expected[11] > 0);
    CHECK(expected[2] == 0);
    for (const auto& scope : {store::FamilyScope(f.family), store::FamilyScope::page(f.family, f.family),
                              store::FamilyScope(std::nullopt)}) {
        const auto rows = store::load_reconciliation_rows(sql, 2026, scope);
        REQUIRE(rows.used_minutes.count(f.family) == 1);
        CHECK(rows.used_minutes.at(f.family) == expected);
    }
    // A page of the other family alone holds none of the first family's minutes.
    const auto other = store::load_reconciliation_rows(sql, 2026, store::FamilyScope::page(f.other_family, f.other_family));
    CHECK(other.used_minutes.count(f.family) == 0);
    CHECK(other.used_minutes.count(f.other_family) == 1);
    // The year's minutes of every family read once (a run over every family a
    // page at a time): each page takes its own families' from them, the same.
    const auto year = store::load_year_used_minutes(sql, 2026);
    const auto first_page = store::FamilyScope::page(f.family, f.family);
    const auto taken = store::load_reconciliation_rows(sql, 2026, first_page, year);
    REQUIRE(taken.used_minutes.count(f.family) == 1);
    CHECK(taken.used_minutes.at(f.family) == expected);
    CHECK(taken.used_minutes.count(f.other_family) == 0);
    const auto other_page = store::FamilyScope::page(f.other_family, f.other_family);
    CHECK(store::load_reconciliation_rows(sql, 2026, other_page, year).used_minutes == other.used_minutes);
    // A page of a family without helpers has no shifts to name: no minutes, and no query.
    const Id without_helpers = store::insert_family(sql, sample_family("30000005"));
    store::insert_grant(sql, sample_grant(store::insert_child(sql, sample_child(without_helpers))), "test");
    const auto empty_page = store::FamilyScope::page(without_helpers, without_helpers);
    CHECK(store::load_reconciliation_rows(sql, 2026, empty_page).used_minutes.empty());
    CHECK(store::families_month_minutes(sql, without_helpers, without_helpers, november).empty());
    CHECK(store::list_families_year_shifts(sql, without_helpers, without_helpers, 2026).empty());
}

TEST_CASE("a month's shifts added up by helper are the shifts the month lists: count, minutes, sick, subsidisable",
          "[shifts][store][payslip]") {
    EdgeShifts f;
    f.import_csv("helper;date;start;end;kind\nH2;20-11-2026;09:00;12:00;syg\n", "sick.csv");
    auto& sql = f.scratch.sql();
    // H2's November: 1 November 00:00–01:00 (night), 16 November 09:00–11:00,
    // 20 November 09:00–12:00 sick: 3 shifts, 60 + 120 + 180 minutes, 180 sick.
    const auto month = store::families_month_minutes(sql, f.family, f.family, november);
    REQUIRE(month.size() == 1);  // H1 has no shifts in November: no row
    const store::HelperMonthMinutes& h2 = month.front();
    CHECK(h2.helper_id == f.second_helper);
    // Named by the family's helpers already read (the payslips' way), the same row.
    const auto named = store::families_month_minutes(sql, {f.helper, f.second_helper}, f.family, f.family, november);
    REQUIRE(named.size() == 1);
    CHECK(std::tie(named[0].helper_id, named[0].shifts, named[0].minutes, named[0].sick_minutes,
                   named[0].subsidisable_minutes) ==
          std::tie(h2.helper_id, h2.shifts, h2.minutes, h2.sick_minutes, h2.subsidisable_minutes));
    CHECK(store::families_month_minutes(sql, std::vector<Id>{}, f.family, f.family, november).empty());
    CHECK(h2.shifts == 3);
    CHECK(h2.minutes == 360);
    CHECK(h2.sick_minutes == 180);
    long long subsidisable = 0;
    for (const auto& s : store::list_helper_shifts(sql, f.second_helper, november))
        subsidisable += s.classification.subsidisable_minutes;
    CHECK(subsidisable > 0);
    CHECK(h2.subsidisable_minutes == subsidisable);

    // One helper's month: the same row; a helper without shifts, zeros.
    const auto one = store::helper_month_minutes(sql, f.second_helper, november);
    CHECK(std::tie(one.helper_id, one.shifts, one.minutes, one.sick_minutes, one.subsidisable_minutes) ==
          std::tie(h2.helper_id, h2.shifts, h2.minutes, h2.sick_minutes, h2.subsidisable_minutes));
    const auto none = store::helper_month_minutes(sql, f.helper, november);
    CHECK(none.helper_id == f.helper);
    CHECK(none.shifts + none.minutes + none.sick_minutes + none.subsidisable_minutes == 0);

    // The edges of local months: 31 October 23:30–24:00 is October's alone;
    // 1 January 00:00–02:00 and 15 January 09:00–12:00 are January's.
    const auto october_rows = store::families_month_minutes(sql, f.family, f.family, october);
    REQUIRE(october_rows.size() == 1);
    CHECK(october_rows.front().minutes == 30);
    const auto january = store::helper_month_minutes(sql, f.helper, date::year{2026} / date::January);
    CHECK(january.shifts == 2);
    CHECK(january.minutes == 300);
    CHECK(january.sick_minutes == 0);

    // Both families: a row a helper, by helper id; the other family's X1 worked 1 November 00:00–01:00.
    const auto both = store::families_month_minutes(sql, std::min(f.family, f.other_family),
                                                    std::max(f.family, f.other_family), november);
    REQUIRE(both.size() == 2);
    CHECK(both[0].helper_id < both[1].helper_id);
    CHECK(both[0].minutes + both[1].minutes == 360 + 60);
}

TEST_CASE("a family with more helpers than one query names is read in batches, each read whole and in order",
          "[shifts][store][reconcile]") {
    // 150 helpers besides H1 and H2, each with one shift of 2 hours, on consecutive days from
    // Monday 5 January 2026: store/helper_batch.h names 100 helpers a query, so every read
    // below, and the import's overlap check, takes two batches.
    ShiftFamily f("helper_batches");
    constexpr int kHelpers = 150;
    std::string csv = "helper;date;start;end\n";
    for (int i = 0; i < kHelpers; ++i) {
        f.add_helper(f.family, "B" + std::to_string(i), "Hjælper " + std::to_string(i));
        const Date day{date::sys_days{Date{date::year{2026}, date::January, date::day{5}}} + date::days{i}};
        csv += "B" + std::to_string(i) + ";" + date::format("%d-%m-%Y", day) + ";09:00;11:00\n";
    }
    REQUIRE(f.import_csv(csv).shifts == kHelpers);
    auto& sql = f.scratch.sql();

    const auto year = store::list_families_year_shifts(sql, f.family, f.family, 2026);
    REQUIRE(year.size() == kHelpers);
    CHECK(std::is_sorted(year.begin(), year.end(), [](const ShiftRecord& a, const ShiftRecord& b) {
        return std::tuple(date::year_month{a.times.date.year(), a.times.date.month()}, a.helper_id) <
               std::tuple(date::year_month{b.times.date.year(), b.times.date.month()}, b.helper_id);
    }));
    CHECK(store::list_all_family_shifts(sql, f.family).size() == kHelpers);

    // January: 5..31, 27 helpers with a shift each, by helper id.
    const auto january = store::families_month_minutes(sql, f.family, f.family, date::year{2026} / date::January);
    REQUIRE(january.size() == 27);
    for (const auto& m : january) {
        CHECK(m.shifts == 1);
        CHECK(m.minutes == 120);
    }
    CHECK(std::is_sorted(january.begin(), january.end(),
                         [](const auto& a, const auto& b) { return a.helper_id < b.helper_id; }));

    // The reconciliation's minutes a month of a page (two batches) are those of every family read at once.
    std::array<long long, 13> expected{};
    for (const auto& s : year) expected[unsigned(s.times.date.month())] += s.classification.subsidisable_minutes;
    REQUIRE(expected[1] > 0);
    REQUIRE(expected[6] > 0);  // the last helper's shift, on 3 June
    const auto page = store::load_reconciliation_rows(sql, 2026, store::FamilyScope::page(f.family, f.family));
    REQUIRE(page.used_minutes.count(f.family) == 1);
    CHECK(page.used_minutes.at(f.family) == expected);
    CHECK(store::load_year_used_minutes(sql, 2026).at(f.family) == expected);
}
