// The chain's anchor (a head kept outside the database) and the keyed chain
// (HMAC-SHA-256 under hjt.audit.key_file): deleting the newest entries, or
// rewriting the chain, is caught with the anchor; without the key a keyed
// chain cannot be checked, and entries forged without it do not verify.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "domain/errors.h"

#include "store/audit_key.h"
#include "store/audit_log.h"
#include "store/scratch_database.h"
#include "support/sha256.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

void append_updates(soci::session& sql, int count) {
    for (int i = 1; i <= count; ++i) store::append_audit(sql, {"kari", "update", "family", std::to_string(i), "{}", "{}"});
}

// Sets the process's audit key for one test case.
struct KeyInUse {
    explicit KeyInUse(std::optional<std::string> key) { store::use_audit_key(std::move(key)); }
    ~KeyInUse() { store::use_audit_key(std::nullopt); }
};

const std::string kKey(40, 'k');

bool names(const store::AuditVerification& v, const std::string& text) {
    for (const auto& f : v.findings)
        if (f.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("an anchor catches the newest entries deleted, which the chain alone cannot", "[store][audit][anchor]") {
    ScratchDatabase scratch("anchor_truncated");
    auto& sql = scratch.sql();
    append_updates(sql, 5);
    const auto anchor = store::audit_head(sql);
    REQUIRE(anchor);
    CHECK(anchor->sequence == 5);
    append_updates(sql, 2);
    CHECK(store::verify_audit_chain(sql, anchor).ok);  // a later chain still holds the anchored entry

    sql << "DELETE FROM audit_log WHERE id >= 4";
    CHECK(store::verify_audit_chain(sql).ok);  // a shorter chain is still a chain
    auto v = store::verify_audit_chain(sql, anchor);
    CHECK_FALSE(v.ok);
    CHECK(names(v, "ankeret nævner post 5, men kæden ender ved post 3 (poster er slettet: kæden er afkortet)"));
}

TEST_CASE("an anchor catches a chain rewritten from the start", "[store][audit][anchor]") {
    ScratchDatabase scratch("anchor_rewritten");
    auto& sql = scratch.sql();
    append_updates(sql, 3);
    const auto anchor = store::audit_head(sql);
    // A forger rewrites every entry with recomputed hashes: the chain verifies on its own.
    sql << "DELETE FROM audit_log";
    store::append_audit(sql, {"mallory", "update", "family", "1", "{}", "{}"});
    append_updates(sql, 2);
    CHECK(store::verify_audit_chain(sql).ok);
    auto v = store::verify_audit_chain(sql, anchor);
    CHECK_FALSE(v.ok);
    CHECK(names(v, "hashen i post 3 er ikke ankerets (kæden er skrevet om frem til den forankrede post)"));
}

TEST_CASE("with a key the chain is HMAC-SHA-256 and verify says so", "[store][audit][key]") {
    ScratchDatabase scratch("key_chain");
    auto& sql = scratch.sql();
    append_updates(sql, 2);  // before the key: plain SHA-256
    {
        KeyInUse key(kKey);
        append_updates(sql, 3);
        auto v = store::verify_audit_chain(sql);
        CHECK(v.ok);
        CHECK(v.mode == "HMAC-SHA-256");
        CHECK(v.keyed_entries == 3);
        std::string mac, hash, prev;
        sql << "SELECT mac, hash, prev_hash FROM audit_log WHERE id = 3", soci::into(mac), soci::into(hash),
            soci::into(prev);
        CHECK(mac == "hmac-sha256");
        CHECK(hash != support::sha256_hex(prev));  // not a plain digest
    }
    // Without the key the keyed entries cannot be checked: verify says so and fails.
    auto without = store::verify_audit_chain(sql);
    CHECK_FALSE(without.ok);
    CHECK(without.mode == "SHA-256");
    REQUIRE(without.first_broken);
    CHECK(*without.first_broken == 3);
    CHECK(without.reason == "posten er nøglet (HMAC-SHA-256); kontrollen kræver nøglefilen (hjt.audit.key_file)");

    // The wrong key does not verify either.
    KeyInUse wrong(std::string(40, 'x'));
    auto wrong_key = store::verify_audit_chain(sql);
    REQUIRE(wrong_key.first_broken);
    CHECK(*wrong_key.first_broken == 3);
}

TEST_CASE("write access alone cannot forge a keyed chain: an entry rewritten without the key breaks it",
          "[store][audit][key]") {
    ScratchDatabase scratch("key_forged");
    auto& sql = scratch.sql();
    KeyInUse key(kKey);
    append_updates(sql, 4);
    // The forger rewrites entry 3 as an unkeyed entry with a correct SHA-256 hash
    // and chains entry 4 to it: without the key that is all one can do.
    store::use_audit_key(std::nullopt);
    sql << "DELETE FROM audit_log WHERE id >= 3";
    append_updates(sql, 2);
    store::use_audit_key(kKey);
    auto v = store::verify_audit_chain(sql);
    CHECK_FALSE(v.ok);
    REQUIRE(v.first_broken);
    CHECK(*v.first_broken == 3);
    CHECK(v.reason == "posten er ikke nøglet, selv om post 1 før den er (skrevet uden nøglen eller skrevet om)");
}

TEST_CASE("a key file shorter than 32 bytes is refused naming the setting", "[store][audit][key]") {
    ScratchDatabase scratch("key_file");
    const std::string file = scratch.side_file(".key");
    {
        std::ofstream out(file);
        out << "kort\n";
    }
    try {
        store::read_audit_key_file(file);
        FAIL("a short key was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "hjt.audit.key_file");
    }
    {
        std::ofstream out(file);
        out << kKey << "\n";
    }
    CHECK(store::read_audit_key_file(file) == kKey);
    std::remove(file.c_str());
    CHECK_THROWS_AS(store::read_audit_key_file(file), ValidationError);
}
