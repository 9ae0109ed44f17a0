#include <catch2/catch.hpp>

#include "store/audit_log.h"
#include "store/scratch_database.h"
#include "support/sha256.h"

using namespace hjt;
using hjt::testing::ScratchDatabase;

namespace {

store::AuditChange change(int n) {
    return {"caseworker1", "update", "family", std::to_string(n), "{\"name\":\"old " + std::to_string(n) + "\"}",
            "{\"name\":\"new " + std::to_string(n) + "\"}"};
}

void append(soci::session& sql, int count) {
    for (int i = 1; i <= count; ++i) store::append_audit(sql, change(i));
}

// The documented canonical form of entry 1 as store::append_audit(sql,
// {actor, "create", "family", "1", "", "{}"}) writes it, hashed after 64 zeros.
std::string first_entry_hash(soci::session& sql, const std::string& actor) {
    std::string at;
    sql << "SELECT at FROM audit_log WHERE id = 1", soci::into(at);
    std::string canonical = "1:1;" + std::to_string(at.size()) + ":" + at + ";" + std::to_string(actor.size()) + ":" +
                            actor + ";6:create;6:family;1:1;0:;2:{};";
    return support::sha256_hex(std::string(64, '0') + canonical);
}

} // namespace

TEST_CASE("SHA-256 is the standard digest", "[store][audit]") {
    CHECK(support::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("appended entries chain from 64 zeros and verify", "[store][audit]") {
    ScratchDatabase scratch("audit_chain");
    auto& sql = scratch.sql();
    CHECK(store::verify_audit_chain(sql).ok);
    CHECK(store::verify_audit_chain(sql).entries == 0);

    append(sql, 3);
    std::string first_prev, first_hash, second_prev, at;
    sql << "SELECT prev_hash, hash, at FROM audit_log WHERE id = 1", soci::into(first_prev), soci::into(first_hash),
        soci::into(at);
    sql << "SELECT prev_hash FROM audit_log WHERE id = 2", soci::into(second_prev);
    CHECK(first_prev == std::string(64, '0'));
    CHECK(first_hash.size() == 64);
    CHECK(second_prev == first_hash);
    CHECK(at.size() == 20);
    CHECK(at.back() == 'Z');

    auto result = store::verify_audit_chain(sql);
    CHECK(result.ok);
    CHECK(result.entries == 3);
    CHECK_FALSE(result.first_broken);
}

TEST_CASE("many entries appended at once continue the chain, over more than one statement", "[store][audit]") {
    ScratchDatabase scratch("audit_many");
    auto& sql = scratch.sql();
    append(sql, 2);
    std::vector<store::AuditChange> changes;
    for (int i = 3; i <= 252; ++i) changes.push_back(change(i));  // 250 entries: 99 a statement
    auto ids = store::append_audits(sql, changes);
    REQUIRE(ids.size() == 250);
    CHECK(ids.front() == 3);
    CHECK(ids.back() == 252);
    std::string entity_id;
    sql << "SELECT entity_id FROM audit_log WHERE id = 252", soci::into(entity_id);
    CHECK(entity_id == "252");
    append(sql, 1);
    auto result = store::verify_audit_chain(sql);
    CHECK(result.ok);
    CHECK(result.entries == 253);
}

TEST_CASE("the hash covers the documented canonical entry", "[store][audit]") {
    ScratchDatabase scratch("audit_canonical");
    auto& sql = scratch.sql();
    store::append_audit(sql, {"a", "create", "family", "1", "", "{}"});
    std::string hash;
    sql << "SELECT hash FROM audit_log WHERE id = 1", soci::into(hash);
    CHECK(hash == first_entry_hash(sql, "a"));
}

TEST_CASE("editing one entry's after_json in SQLite breaks the chain at that entry", "[store][audit]") {
    ScratchDatabase scratch("audit_tamper");
    auto& sql = scratch.sql();
    append(sql, 5);
    sql << "UPDATE audit_log SET after_json = '{\"name\":\"forged\"}' WHERE id = 3";
    auto result = store::verify_audit_chain(sql);
    CHECK_FALSE(result.ok);
    CHECK(result.entries == 5);
    REQUIRE(result.first_broken);
    CHECK(*result.first_broken == 3);
    CHECK(result.reason.find("ændret") != std::string::npos);
}

TEST_CASE("an edit whose hash is recomputed is caught at the next entry", "[store][audit]") {
    ScratchDatabase scratch("audit_tamper_rehash");
    auto& sql = scratch.sql();
    store::append_audit(sql, {"a", "create", "family", "1", "", "{}"});
    append(sql, 2);
    // Rewrite entry 1 as a forger would who knows the canonical form.
    std::string forged = first_entry_hash(sql, "b");
    sql << "UPDATE audit_log SET actor = 'b', hash = :h WHERE id = 1", soci::use(forged);
    auto result = store::verify_audit_chain(sql);
    REQUIRE(result.first_broken);
    CHECK(*result.first_broken == 2);
}

TEST_CASE("deleting a middle entry breaks the chain at the entry after it", "[store][audit]") {
    ScratchDatabase scratch("audit_delete");
    auto& sql = scratch.sql();
    append(sql, 5);
    sql << "DELETE FROM audit_log WHERE id = 3";
    auto result = store::verify_audit_chain(sql);
    CHECK_FALSE(result.ok);
    CHECK(result.entries == 4);
    REQUIRE(result.first_broken);
    CHECK(*result.first_broken == 4);
    CHECK(result.reason.find("post 2") != std::string::npos);
}

TEST_CASE("deleting the first entry breaks the chain at the second", "[store][audit]") {
    ScratchDatabase scratch("audit_delete_first");
    auto& sql = scratch.sql();
    append(sql, 3);
    sql << "DELETE FROM audit_log WHERE id = 1";
    auto result = store::verify_audit_chain(sql);
    REQUIRE(result.first_broken);
    CHECK(*result.first_broken == 2);
}

TEST_CASE("an entry appended inside a rolled-back transaction leaves no trace", "[store][audit]") {
    ScratchDatabase scratch("audit_rollback");
    append(scratch.sql(), 1);
    CHECK_THROWS(scratch.db().in_transaction([](soci::session& sql) {
        store::append_audit(sql, change(2));
        throw std::runtime_error("the change failed");
    }));
    CHECK(scratch.count("audit_log") == 1);
    append(scratch.sql(), 1);
    CHECK(store::verify_audit_chain(scratch.sql()).ok);
}
