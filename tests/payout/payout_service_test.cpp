// Payout runs through the store: idempotent prepare, four eyes, freezing and
// posting on approval, all-or-nothing under an injected failure, retroactive
// adjustments across real runs.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/audit_log.h"
#include "store/ledger_store.h"
#include "store/payout_store.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// One family with the worked example's grant (20 h at 135,00 kr) from 1 January 2024.
struct OneFamily {
    PayoutRegister reg;
    Id family, child, grant;
    explicit OneFamily(const std::string& name) : reg(name) {
        family = reg.family("Familien Hansen");
        child = reg.child(family, day(2015, 6, 1));
        grant = reg.grant(child, day(2024, 1, 1), 2000, 13500);
    }
};

PayoutRun stored_run(PayoutRegister& reg, Month m) { return store::load_payout_run(reg.sql(), m); }

} // namespace

TEST_CASE("prepare stores the month's draft, preparing again gives the identical run", "[payout][service]") {
    OneFamily f("payout_idempotent");
    auto first = f.reg.prepare("anna", month(2024, 4));
    CHECK_FALSE(first.replaced_draft);
    CHECK(first.run.status == RunStatus::draft);
    CHECK(first.run.total == Money::ore(1368250));
    CHECK(first.run.line_count == 1);

    auto again = f.reg.prepare("anna", month(2024, 4));
    CHECK(again.replaced_draft);
    CHECK(again.unchanged);
    CHECK(again.run.id == first.run.id);
    CHECK(again.run.content_hash == first.run.content_hash);
    CHECK(f.reg.count("payout_runs") == 1);
    CHECK(f.reg.count("payout_lines") == 1);
    auto run = stored_run(f.reg, month(2024, 4));
    REQUIRE(run.lines.size() == 1);
    CHECK(run.lines[0].amount == Money::ore(1368250));
    CHECK(run.lines[0].child_id == f.child);
}

TEST_CASE("a change in the register changes the re-prepared draft", "[payout][service]") {
    OneFamily f("payout_reprepare");
    auto first = f.reg.prepare("anna", month(2024, 4));
    f.reg.approved_expense(f.family, f.child, day(2024, 4, 3), 49900);
    auto second = f.reg.prepare("anna", month(2024, 4));
    CHECK(second.replaced_draft);
    CHECK_FALSE(second.unchanged);
    CHECK(second.run.content_hash != first.run.content_hash);
    CHECK(second.run.total == Money::ore(1368250 + 49900));
    CHECK(f.reg.count("payout_lines") == 2);
}

TEST_CASE("four eyes: the preparer cannot approve, another user can, and the lines become ledger postings",
          "[payout][service]") {
    OneFamily f("payout_four_eyes");
    f.reg.approved_expense(f.family, f.child, day(2024, 4, 3), 49900);
    f.reg.prepare("anna", month(2024, 4));
    CHECK_THROWS_AS(f.reg.approve("anna", month(2024, 4)), Conflict);
    CHECK(f.reg.count("ledger_postings") == 0);
    CHECK(stored_run(f.reg, month(2024, 4)).header.status == RunStatus::draft);

    auto approved = f.reg.approve("bent", month(2024, 4));
    CHECK(approved.status == RunStatus::approved);
    CHECK(approved.approved_by == std::optional<std::string>("bent"));
    auto postings = store::list_postings(f.reg.sql(), f.family);
    REQUIRE(postings.size() == 2);
    CHECK(balance(postings) == Money::ore(1368250 + 49900));
    CHECK(postings[0].run_month == month(2024, 4));
    CHECK(postings[0].posted_by == "bent");
    long long unpaid = 0;
    f.reg.sql() << "SELECT COUNT(*) FROM expenses WHERE paid_run_id IS NULL", soci::into(unpaid);
    CHECK(unpaid == 0);

    // Paid expenses are not paid again in May.
    auto may = f.reg.prepare("anna", month(2024, 5));
    CHECK(may.run.total == Money::ore(1368250));
}

TEST_CASE("approving an unprepared or already approved run is refused, and so is preparing it again",
          "[payout][service]") {
    OneFamily f("payout_refusals");
    CHECK_THROWS_AS(f.reg.approve("bent", month(2024, 4)), NotFound);
    f.reg.prepare("anna", month(2024, 4));
    f.reg.approve("bent", month(2024, 4));
    CHECK_THROWS_AS(f.reg.approve("carl", month(2024, 4)), Conflict);
    CHECK_THROWS_AS(f.reg.prepare("anna", month(2024, 4)), Conflict);
    // Runs go in month order: March cannot be prepared after April is approved.
    CHECK_THROWS_AS(f.reg.prepare("anna", month(2024, 3)), Conflict);
    CHECK(f.reg.count("ledger_postings") == 1);
}

TEST_CASE("mark-paid needs an approved run", "[payout][service]") {
    OneFamily f("payout_mark_paid");
    f.reg.prepare("anna", month(2024, 4));
    auto mark = [&] {
        f.reg.db().in_transaction([&](soci::session& s) { app::mark_payout_paid(s, test::finance_actor("carl"), month(2024, 4)); });
    };
    CHECK_THROWS_AS(mark(), Conflict);
    f.reg.approve("bent", month(2024, 4));
    mark();
    auto run = stored_run(f.reg, month(2024, 4));
    CHECK(run.header.status == RunStatus::paid);
    CHECK(run.header.paid_by == std::optional<std::string>("carl"));
    CHECK_THROWS_AS(mark(), Conflict);
}

TEST_CASE("a failure injected between lines leaves no run, no lines and no postings", "[payout][service]") {
    PayoutRegister reg("payout_crash");
    for (int i = 0; i < 3; ++i) reg.grant(reg.child(reg.family("Familie " + std::to_string(i)), day(2015, 6, 1)),
                                          day(2024, 1, 1), 2000, 13500);
    auto crash_after_second = [](std::size_t written, std::size_t) {
        if (written == 2) throw std::runtime_error("injected crash");
    };
    CHECK_THROWS_WITH(reg.prepare("anna", month(2024, 4), {false, std::nullopt, std::nullopt, crash_after_second}), "injected crash");
    CHECK(reg.count("payout_runs") == 0);
    CHECK(reg.count("payout_lines") == 0);
    CHECK(reg.count("payout_flags") == 0);
    CHECK(reg.count("ledger_postings") == 0);
    CHECK(reg.count("audit_log") == 0);

    // With a draft in place, a failed re-prepare leaves that draft exactly as it was.
    auto draft = reg.prepare("anna", month(2024, 4));
    reg.family("Familie uden bevilling");
    reg.approved_expense(1, 1, day(2024, 4, 2), 10000);
    CHECK_THROWS(reg.prepare("anna", month(2024, 4), {false, std::nullopt, std::nullopt, crash_after_second}));
    auto kept = store::load_payout_run(reg.sql(), month(2024, 4));
    CHECK(kept.header.content_hash == draft.run.content_hash);
    CHECK(store::content_hash(kept) == draft.run.content_hash);
    CHECK(kept.lines.size() == 3);
}

TEST_CASE("a retroactive change in June to a grant paid January–May: five labelled adjustments on the ledger",
          "[payout][service]") {
    PayoutRegister reg("payout_retroactive");
    Id family = reg.family("Familien Hansen");
    Id grant = reg.grant(reg.child(family, day(2015, 6, 1)), day(2023, 9, 1), 2000, 13500);
    for (unsigned m = 1; m <= 5; ++m) {
        reg.prepare("anna", month(2024, m));
        reg.approve("bent", month(2024, m));
    }
    // In June the caseworker raises the grant to 25 h from 1 January.
    reg.version(grant, day(2024, 1, 1), 2500, 13500);
    auto june = reg.prepare("anna", month(2024, 6));
    auto run = stored_run(reg, month(2024, 6));
    std::vector<PayoutLine> adjustments;
    for (const auto& l : run.lines)
        if (l.kind == LineKind::adjustment) adjustments.push_back(l);
    REQUIRE(adjustments.size() == 5);
    Money sum;
    for (unsigned m = 1; m <= 5; ++m) {
        const auto& a = adjustments[m - 1];
        CHECK(a.month_concerned == month(2024, m));
        CHECK(a.amount == Money::ore(1710313 - 1368250));
        CHECK(a.description.find("Efterregulering " + iso(month(2024, m))) != std::string::npos);
        sum += a.amount;
    }
    CHECK(sum == Money::ore(5 * 1710313 - 5 * 1368250));  // new − paid
    CHECK(june.run.total == sum + Money::ore(1710313));

    reg.approve("bent", month(2024, 6));
    auto postings = store::list_postings(reg.sql(), family);
    CHECK(postings.size() == 5 + 5 + 1);
    CHECK(balance(postings) == Money::ore(6 * 1710313));  // as if 25 h from January all along
    // July finds nothing left to correct.
    auto july = reg.prepare("anna", month(2024, 7));
    CHECK(july.run.line_count == 1);
}

TEST_CASE("a draft prepared before an earlier month was approved must be prepared again", "[payout][service]") {
    OneFamily f("payout_stale_draft");
    f.reg.prepare("anna", month(2024, 1));
    f.reg.approve("bent", month(2024, 1));
    f.reg.prepare("anna", month(2024, 2));
    app::PrepareOptions catch_up;
    catch_up.catch_up = true;  // February has no approved run yet
    f.reg.prepare("anna", month(2024, 3), catch_up);  // computed while February was still a draft
    f.reg.approve("bent", month(2024, 2));
    CHECK_THROWS_AS(f.reg.approve("bent", month(2024, 3)), Conflict);
    f.reg.prepare("anna", month(2024, 3));
    CHECK(f.reg.approve("bent", month(2024, 3)).status == RunStatus::approved);
}

TEST_CASE("approve refuses a run whose stored lines were altered after preparing", "[payout][service]") {
    OneFamily f("payout_tampered");
    f.reg.prepare("anna", month(2024, 4));
    f.reg.sql() << "UPDATE payout_lines SET amount_ore = amount_ore + 100";
    CHECK_THROWS_AS(f.reg.approve("bent", month(2024, 4)), Conflict);
    CHECK(f.reg.count("ledger_postings") == 0);
}

TEST_CASE("approve with the reviewed content hash, another hash is refused", "[payout][service]") {
    OneFamily f("payout_hash");
    auto draft = f.reg.prepare("anna", month(2024, 4));
    auto approve = [&](const std::string& hash) {
        f.reg.db().in_transaction([&](soci::session& s) { app::approve_payout(s, test::finance_actor("bent"), month(2024, 4), hash); });
    };
    CHECK_THROWS_AS(approve("0000"), Conflict);
    approve(draft.run.content_hash);
    CHECK(stored_run(f.reg, month(2024, 4)).header.status == RunStatus::approved);
}

TEST_CASE("prepare, approve and mark-paid are audited and the chain verifies", "[payout][service]") {
    OneFamily f("payout_audit");
    f.reg.prepare("anna", month(2024, 4));
    f.reg.approve("bent", month(2024, 4));
    f.reg.db().in_transaction([&](soci::session& s) { app::mark_payout_paid(s, test::finance_actor("carl"), month(2024, 4)); });
    std::vector<std::string> actions;
    std::string action;
    soci::statement st = (f.reg.sql().prepare << "SELECT action FROM audit_log WHERE entity = 'payout_run' ORDER BY id",
                          soci::into(action));
    st.execute();
    while (st.fetch()) actions.push_back(action);
    CHECK(actions == std::vector<std::string>{"prepare", "approve", "mark-paid"});
    CHECK(store::verify_audit_chain(f.reg.sql()).ok);
}
