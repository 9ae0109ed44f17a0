// A run with more lines and flags than one insert statement takes (they go
// many rows a statement): read back complete, in the order written, whatever
// ids the database gave them; the progress callback still counts every line.
#include <catch2/catch.hpp>

#include <algorithm>

#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/payout_store.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// Lines in no sorted order (children counting down, two families taking turns),
// so reading them back in id or child order would show.
std::vector<PayoutLine> many_lines(std::size_t count, Id first_family, Id second_family) {
    std::vector<PayoutLine> lines;
    for (std::size_t i = 0; i < count; ++i) {
        PayoutLine l;
        l.family_id = i % 2 ? second_family : first_family;
        l.child_id = static_cast<Id>(1000 - i);
        l.kind = i % 3 ? LineKind::helper : LineKind::fixed;
        l.month_concerned = month(2024, i % 4 ? 4 : 3);
        l.amount = Money::ore(static_cast<long long>(i) * 100 + 1);
        l.computed = l.amount + Money::ore(i % 5 ? 0 : 50);
        l.capped = i % 5 == 0;
        l.description = "Linje " + std::to_string(i);
        l.withheld = Withholding{Money::ore(static_cast<long long>(i)), Money::ore(2), Money::ore(3)};
        lines.push_back(l);
    }
    return lines;
}

std::vector<PayoutFlag> many_flags(std::size_t count, Id family) {
    std::vector<PayoutFlag> flags;
    for (std::size_t i = 0; i < count; ++i)
        flags.push_back(PayoutFlag{family, i % 2 ? std::optional<Id>(static_cast<Id>(500 - i)) : std::nullopt,
                                   i % 3 ? FlagCode::cap_reached : FlagCode::missing_bank_account,
                                   "Besked " + std::to_string(i)});
    return flags;
}

// The draft of 2024-04 with `lines`, `flags` and one payee per family of the lines.
PayoutRun draft_run(const std::vector<PayoutLine>& lines, const std::vector<PayoutFlag>& flags) {
    PayoutRun run;
    run.header.month = month(2024, 4);
    run.header.prepared_by = "anna";
    run.header.prepared_at = "2024-04-25T10:00:00Z";
    run.header.total = total_of(lines);
    run.header.line_count = static_cast<long long>(lines.size());
    run.lines = lines;
    run.flags = flags;
    for (const auto& l : lines)
        if (std::none_of(run.payees.begin(), run.payees.end(), [&](const RunPayee& p) { return p.family_id == l.family_id; }))
            run.payees.push_back(RunPayee{Payee::family, l.family_id, std::nullopt, "Familie " + std::to_string(l.family_id),
                                          "12345674", BankAccount{"1234", std::to_string(5550000 + l.family_id)}, ""});
    run.header.content_hash = store::content_hash(run);
    return run;
}

} // namespace

TEST_CASE("a run of many lines and flags is stored whole and read back in its order", "[payout][store]") {
    PayoutRegister reg("payout_store_batch");
    const Id first = reg.family("Familie A"), second = reg.family("Familie B");
    // 130 lines and 170 flags: more than one statement's worth of each, and a shorter last chunk.
    auto lines = many_lines(130, first, second);
    auto flags = many_flags(170, second);
    const auto run = draft_run(lines, flags);
    const auto& header = run.header;

    std::vector<std::size_t> written;
    Id run_id = 0;
    reg.db().in_transaction([&](soci::session& sql) {
        run_id = store::store_draft_run(sql, run, "", [&](std::size_t n, std::size_t total) {
            CHECK(total == 130);
            written.push_back(n);
        });
    });
    REQUIRE(written.size() == 130);
    for (std::size_t i = 0; i < written.size(); ++i) CHECK(written[i] == i + 1);

    auto stored = store::load_payout_run(reg.sql(), month(2024, 4));
    REQUIRE(stored.lines.size() == 130);
    REQUIRE(stored.flags.size() == 170);
    REQUIRE(stored.payees.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(stored.payees[i].family_id == run.payees[i].family_id);
        CHECK(stored.payees[i].name == run.payees[i].name);
        CHECK(stored.payees[i].account->account_no == run.payees[i].account->account_no);
    }
    CHECK(store::content_hash(stored) == header.content_hash);
    CHECK(stored.lines[0].child_id == 1000);
    CHECK(stored.lines[129].description == "Linje 129");
    CHECK(stored.lines[129].amount == Money::ore(12901));
    CHECK(stored.lines[129].withheld.atp == Money::ore(129));
    CHECK(stored.flags[1].child_id == std::optional<Id>(499));
    CHECK_FALSE(stored.flags[168].child_id.has_value());

    // Approval posts the non-zero lines to the ledger in the run's order.
    reg.db().in_transaction(
        [&](soci::session& sql) { CHECK(store::approve_run(sql, run_id, "bent", "2024-04-26T10:00:00Z") == 130); });
    std::vector<long long> posted(130);
    reg.sql() << "SELECT amount_ore FROM ledger_postings ORDER BY id", soci::into(posted);
    REQUIRE(posted.size() == 130);
    for (std::size_t i = 0; i < posted.size(); ++i) CHECK(posted[i] == lines[i].amount.ore());
}

TEST_CASE("preparing a draft again replaces all its lines and flags", "[payout][store]") {
    PayoutRegister reg("payout_store_replace");
    const Id family = reg.family("Familie A");
    auto lines = many_lines(70, family, family);
    auto flags = many_flags(3, family);
    auto run = draft_run(lines, flags);
    reg.db().in_transaction([&](soci::session& sql) { run.header.id = store::store_draft_run(sql, run, ""); });

    lines.resize(2);
    flags.clear();
    const auto id = run.header.id;
    run = draft_run(lines, flags);
    run.header.id = id;
    reg.db().in_transaction([&](soci::session& sql) { store::store_draft_run(sql, run, ""); });
    const auto& header = run.header;
    auto stored = store::load_payout_run(reg.sql(), month(2024, 4));
    CHECK(stored.lines.size() == 2);
    CHECK(stored.flags.empty());
    CHECK(reg.count("payout_lines") == 2);
    CHECK(store::content_hash(stored) == header.content_hash);
}
