// SIGKILL at random moments of a register import, a shift import, a payout
// prepare and a payout approve, 25 times each (kill_loop.h): afterwards SQLite's
// integrity check passes, the audit chain verifies, every run is complete or
// absent and every table is as before or as after. Small data keeps the 100
// kills within seconds.
#include <catch2/catch.hpp>

#include "kill_loop.h"
#include "trust_world.h"

using namespace hjt::test;

namespace {

constexpr int kKillsPerScenario = 25;

void kill_and_check(TrustWorld& world, const KillCommand& command, const std::string& template_db,
                    std::uint64_t seed) {
    KillSummary summary = kill_repeatedly(command, template_db, world.folder.path(), kKillsPerScenario, seed);
    INFO(summary.killed << " killed mid-way, " << summary.finished << " finished, " << summary.redone << " redone");
    // The delays are drawn over the whole run, so most kills land inside it.
    CHECK(summary.killed >= kKillsPerScenario / 3);
}

} // namespace

TEST_CASE("crash safety: hjt import killed anywhere leaves the register all or nothing", "[trust][crash]") {
    TrustWorld world("crash_import");
    const auto db = world.database("empty", {});
    kill_and_check(world, {TrustWorld::token(db, TrustWorld::admin()), {"import", world.register_dir}}, db, 101);
}

TEST_CASE("crash safety: hjt shifts import killed anywhere stores every shift or none", "[trust][crash]") {
    TrustWorld world("crash_shifts");
    auto db = world.database("register", {world.import_register()});
    kill_and_check(world, {TrustWorld::token(db, TrustWorld::admin()), {"shifts", "import", world.shifts_csv}}, db, 102);
}

TEST_CASE("crash safety: hjt payout prepare killed anywhere leaves the run complete or absent", "[trust][crash]") {
    TrustWorld world("crash_prepare");
    auto db = world.database("register", {world.import_register()});
    auto [who, args] = TrustWorld::prepare();
    kill_and_check(world, {TrustWorld::token(db, who), args}, db, 103);
}

TEST_CASE("crash safety: hjt payout approve killed anywhere leaves a draft or a run posted to the øre",
          "[trust][crash]") {
    TrustWorld world("crash_approve");
    auto db = world.database("prepared", {world.import_register(), TrustWorld::prepare()});
    kill_and_check(world, {TrustWorld::token(db, finance_actor("finance2")), {"payout", "approve", "--month", TrustWorld::kMonth}},
                   db, 104);
}
