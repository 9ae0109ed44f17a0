// `hjt generate`: the same seed gives the same files, another seed other
// files; what it writes imports cleanly; its shifts add up to the grants.
#include <catch2/catch.hpp>

#include <map>

#include "app/generator.h"
#include "app/importer.h"
#include "domain/csv.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "scratch_folder.h"
#include "store/scratch_database.h"
#include "test_actor.h"
#include "quick_import.h"

using hjt::testing::ScratchDatabase;
using hjt::testing::ScratchFolder;

namespace {

const std::vector<std::string> register_files = {
    "families.csv",    "children.csv",        "helpers.csv",       "grants.csv",       "grant_versions.csv",
    "grant_fixed_lines.csv", "expense_budgets.csv", "expenses.csv", "lost_earnings.csv", "users.csv"};

hjt::app::GenerateReport generate(const ScratchFolder& out, long long families, std::uint64_t seed,
                                  bool shifts = false) {
    hjt::app::GenerateOptions options;
    options.families = families;
    options.year = 2026;
    options.out_dir = out.path();
    options.seed = seed;
    options.shifts = shifts;
    return hjt::app::generate_municipality(options);
}

long long rows_written(const hjt::app::GenerateReport& report, const std::string& file) {
    for (const auto& [name, rows] : report.files)
        if (name == file) return rows;
    FAIL("no file " << file);
    return -1;
}

// A file as header-named fields per row.
std::vector<std::map<std::string, std::string>> records(const ScratchFolder& folder, const std::string& file) {
    auto rows = hjt::parse_csv(folder.read(file));
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        std::map<std::string, std::string> record;
        for (std::size_t c = 0; c < rows[0].fields.size(); ++c) record[rows[0].fields[c]] = rows[i].fields.at(c);
        out.push_back(record);
    }
    return out;
}

int minute_of(const std::string& hh_mm) { return std::stoi(hh_mm.substr(0, 2)) * 60 + std::stoi(hh_mm.substr(3, 2)); }

} // namespace

TEST_CASE("generate is deterministic by seed", "[generate]") {
    ScratchFolder first("generate_a"), again("generate_b"), other("generate_c");
    generate(first, 30, 42, true);
    generate(again, 30, 42, true);
    generate(other, 30, 43, true);

    for (const auto& file : register_files) {
        INFO(file);
        CHECK(first.read(file) == again.read(file));
    }
    CHECK(first.read("shifts.csv") == again.read("shifts.csv"));
    CHECK(first.read("families.csv") != other.read("families.csv"));
    CHECK(first.read("shifts.csv") != other.read("shifts.csv"));
}

TEST_CASE("the register files do not depend on --shifts", "[generate]") {
    ScratchFolder with("generate_with_shifts"), without("generate_without_shifts");
    generate(with, 12, 7, true);
    generate(without, 12, 7, false);
    for (const auto& file : register_files) {
        INFO(file);
        CHECK(with.read(file) == without.read(file));
    }
    CHECK(std::filesystem::exists(with.file("shifts.csv")));
    CHECK_FALSE(std::filesystem::exists(without.file("shifts.csv")));
    CHECK(with.read("shifts.csv").rfind("helper;date;start;end\n", 0) == 0);
}

TEST_CASE("generated data imports cleanly", "[generate][import]") {
    ScratchFolder out("generate_import");
    auto generated = generate(out, 60, 2026, true);
    CHECK(rows_written(generated, "families.csv") == 60);
    long long children = rows_written(generated, "children.csv");
    CHECK(children >= 60);
    CHECK(children <= 120);
    long long helpers = rows_written(generated, "helpers.csv");
    CHECK(helpers >= 60);
    CHECK(helpers <= 240);
    CHECK(rows_written(generated, "grants.csv") == children);

    ScratchDatabase db("generate_import");
    auto imported = hjt::app::import_folder(db.db(), out.path(), hjt::test::admin_actor("test"), hjt::test::quick_import());
    CHECK(imported.families == 60);
    CHECK(imported.children == children);
    CHECK(imported.helpers == helpers);
    CHECK(imported.grant_versions == rows_written(generated, "grant_versions.csv"));
    CHECK(imported.expenses == rows_written(generated, "expenses.csv"));
    CHECK(imported.users == 6);
    CHECK(db.count("families") == 60);
    CHECK(db.count("expenses") == imported.expenses);
}

TEST_CASE("generated shifts are weekday daytime without overlaps and match the weekly hours",
          "[generate][shifts]") {
    ScratchFolder out("generate_shifts");
    generate(out, 20, 5, true);

    std::map<std::string, std::string> family_of_helper, family_of_child, child_of_grant;
    for (const auto& h : records(out, "helpers.csv")) family_of_helper[h.at("key")] = h.at("family");
    for (const auto& c : records(out, "children.csv")) family_of_child[c.at("key")] = c.at("family");
    for (const auto& g : records(out, "grants.csv")) child_of_grant[g.at("key")] = g.at("child");

    // Planned minutes per family in the week of Monday 2 March 2026 (no
    // holidays), from the versions in force on that Monday, for grants valid all week.
    const auto monday = hjt::parse_danish_date("02-03-2026").value();
    const auto friday = hjt::parse_danish_date("06-03-2026").value();
    std::map<std::string, hjt::Date> grant_from, grant_to;
    for (const auto& g : records(out, "grants.csv")) {
        grant_from[g.at("key")] = hjt::parse_danish_date(g.at("valid_from")).value();
        grant_to[g.at("key")] = hjt::parse_danish_date(g.at("valid_to")).value();
    }
    std::map<std::string, std::pair<hjt::Date, long long>> in_force;  // grant → (from, hundredths)
    for (const auto& v : records(out, "grant_versions.csv")) {
        auto from = hjt::parse_danish_date(v.at("effective_from")).value();
        auto& current = in_force[v.at("grant")];
        if (from <= monday && (current.second == 0 || from > current.first))
            current = {from, hjt::parse_hours(v.at("weekly_hours")).value().hundredths()};
    }
    std::map<std::string, long long> planned_minutes;
    for (const auto& [grant, version] : in_force)
        if (grant_from[grant] <= monday && grant_to[grant] >= friday)
            planned_minutes[family_of_child[child_of_grant[grant]]] += version.second * 60 / 100;

    std::map<std::string, long long> worked_minutes;
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<int, int>>> day_of_helper;
    auto shifts = records(out, "shifts.csv");
    REQUIRE(shifts.size() > 1000);
    for (const auto& s : shifts) {
        auto day = hjt::parse_danish_date(s.at("date")).value();
        date::weekday weekday{date::sys_days{day}};
        INFO(s.at("helper") << " " << s.at("date"));
        CHECK(weekday != date::Saturday);
        CHECK(weekday != date::Sunday);
        int start = minute_of(s.at("start")), end = minute_of(s.at("end"));
        CHECK(start >= 7 * 60);
        CHECK(end <= 16 * 60);
        CHECK(start < end);
        for (const auto& [other_start, other_end] : day_of_helper[{s.at("helper"), s.at("date")}])
            CHECK((end <= other_start || start >= other_end));
        day_of_helper[{s.at("helper"), s.at("date")}].push_back({start, end});
        if (day >= monday && day <= friday) worked_minutes[family_of_helper.at(s.at("helper"))] += end - start;
    }
    REQUIRE_FALSE(planned_minutes.empty());
    for (const auto& [family, minutes] : planned_minutes) {
        INFO(family);
        CHECK(worked_minutes[family] == minutes);
    }
}

TEST_CASE("generate refuses a family count below one", "[generate]") {
    ScratchFolder out("generate_zero");
    CHECK_THROWS_AS(generate(out, 0, 1), hjt::UsageError);
}
