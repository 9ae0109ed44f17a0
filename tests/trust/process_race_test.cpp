// Two hjt processes doing the same thing at the same moment, a few rounds
// each on a fresh copy: exactly one approval of a run and exactly one of two
// overlapping shift files get through; the other is refused with the reason
// (not a "database is locked"), and the store stays sound.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "store_invariants.h"
#include "trust_world.h"

using namespace hjt;
using namespace hjt::test;

namespace {

constexpr int kRounds = 4;

struct RaceOutcome {
    int succeeded = 0;
    std::vector<std::string> refusals;  // stderr of each refused process
};

// Starts both before waiting for either.
RaceOutcome race(const std::string& db, const HjtStep& first, const HjtStep& second) {
    auto with_db = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"--db", db});
        return args;
    };
    const std::string first_token = TrustWorld::token(db, first.first), second_token = TrustWorld::token(db, second.first);
    HjtProcess a(first_token, with_db(first.second), db + ".a");
    HjtProcess b(second_token, with_db(second.second), db + ".b");
    RaceOutcome outcome;
    for (ProcessEnd end : {a.wait(), b.wait()}) {
        if (end.exit_code == 0)
            ++outcome.succeeded;
        else
            outcome.refusals.push_back(end.err);
    }
    return outcome;
}

std::string copy_of(TrustWorld& world, const std::string& template_db, int round) {
    std::string db = world.folder.file("race" + std::to_string(round) + ".db").string();
    std::filesystem::copy_file(template_db, db);
    return db;
}

long long count(const std::string& db_path, const std::string& table) {
    store::Database db(db_path);
    return row_counts(db.session()).at(table);
}

} // namespace

TEST_CASE("race: two hjt payout approve of one run at once, exactly one succeeds", "[trust][concurrency]") {
    TrustWorld world("race_approve");
    const auto prepared = world.database("prepared", {world.import_register(), TrustWorld::prepare()});
    const std::vector<std::string> approve = {"payout", "approve", "--month", TrustWorld::kMonth};
    for (int round = 0; round < kRounds; ++round) {
        const std::string db = copy_of(world, prepared, round);
        RaceOutcome outcome = race(db, {finance_actor("finance2"), approve}, {finance_actor("finance3"), approve});
        CHECK(outcome.succeeded == 1);
        REQUIRE(outcome.refusals.size() == 1);
        CHECK_THAT(outcome.refusals[0], Catch::Contains("afvist: udbetalingen for marts 2026 er allerede godkendt"));
        store::Database reopened(db);
        check_store_is_sound(reopened);  // among others: one approval audited, the lines posted once
    }
}

TEST_CASE("race: two hjt shifts import of overlapping files at once, exactly one is stored", "[trust][concurrency]") {
    TrustWorld world("race_shifts");
    const auto registered = world.database("register", {world.import_register()});
    // The same shifts, each starting a minute later where it can: every line
    // of one file overlaps a line of the other, and neither overlaps itself.
    const std::string later = world.folder.file("later.csv").string();
    {
        std::istringstream in(world.folder.read("shifts.csv"));
        std::string text, line;
        while (std::getline(in, line)) {
            std::size_t start_ends = line.rfind(';') - 1;  // helper;date;start;end
            if (line[start_ends] == '0') line[start_ends] = '1';
            text += line + "\n";
        }
        world.folder.write("later.csv", text);
    }
    const long long lines = 800;
    for (int round = 0; round < kRounds; ++round) {
        const std::string db = copy_of(world, registered, round);
        RaceOutcome outcome = race(db, {TrustWorld::admin(), {"shifts", "import", world.shifts_csv}},
                                   {TrustWorld::admin(), {"shifts", "import", later}});
        CHECK(outcome.succeeded == 1);
        REQUIRE(outcome.refusals.size() == 1);
        CHECK_THAT(outcome.refusals[0], Catch::Contains("overlap"));
        CHECK(count(db, "shifts") == lines);
    }
}
