// The service limits of config/hjt.properties (issue 17): the file states the
// defaults the code has, and a limit below 1 is refused, naming its key.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/settings.h"
#include "import/scratch_folder.h"
#include "domain/errors.h"

using namespace hjt;

TEST_CASE("config/hjt.properties states the limits the code defaults to", "[config][limits]") {
    const Settings s = load_settings("config/hjt.properties", "");
    const Settings defaults;
    CHECK(s.sessions.lifetime_minutes == defaults.sessions.lifetime_minutes);
    CHECK(s.sessions.idle_minutes == defaults.sessions.idle_minutes);
    CHECK(s.sessions.max_per_user == defaults.sessions.max_per_user);
    CHECK(s.login.free_failures == defaults.login.free_failures);
    CHECK(s.login.lockout_failures == defaults.login.lockout_failures);
    CHECK(s.login.lockout_minutes == defaults.login.lockout_minutes);
    CHECK(s.login.address_free_failures == defaults.login.address_free_failures);
    CHECK(s.login.address_lockout_failures == defaults.login.address_lockout_failures);
    CHECK(s.login.max_concurrent_hashes == defaults.login.max_concurrent_hashes);
    CHECK(s.login.hash_wait_ms == defaults.login.hash_wait_ms);
    CHECK(s.connections.threads == defaults.connections.threads);
    CHECK(s.connections.max_queued == defaults.connections.max_queued);
    CHECK(s.connections.per_address == defaults.connections.per_address);
    CHECK(s.connections.read_timeout_seconds == defaults.connections.read_timeout_seconds);
    CHECK(s.connections.keep_alive_seconds == defaults.connections.keep_alive_seconds);
    CHECK(s.client_address_header.empty());
}

TEST_CASE("a limit of 0 would switch a protection off: refused, naming the key", "[config][limits]") {
    const hjt::testing::ScratchFolder folder("limits_zero");
    const auto file = folder.file("hjt.properties");
    std::ofstream(file) << "hjt.login.lockout_failures = 0\n";
    try {
        load_settings(file.string(), "");
        FAIL("a lockout after 0 failures was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "hjt.login.lockout_failures");
        CHECK(std::string(e.what()) == "skal være mindst 1, fik 0");
    }
}
