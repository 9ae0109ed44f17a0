// The postings journal of an approved run: debits equal credits, the kinds'
// net equals the run's total to the øre, withholdings on lost earnings and
// held-back lines get their own accounts, and a kind without an account is
// refused, naming it.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/postings_journal.h"

using namespace hjt;

namespace {

AccountMap accounts() {
    AccountMap m;
    for (const char* kind : {"helper", "fixed", "expense", "adjustment"}) m[kind] = {"5.28.21", "5.2"};
    for (const char* kind : {"lost_earnings", "lost_earnings_pension", "withheld_saved_costs"}) m[kind] = {"5.57.72", "5.2"};
    for (const char* kind : {"withheld_atp", "withheld_am_bidrag", "withheld_a_skat", "paid", "held_back"})
        m[kind] = {"9.55.79", "9.5"};
    return m;
}

PayoutLine line(LineKind kind, long long ore, const std::string& held_back = "") {
    PayoutLine l;
    l.family_id = 1;
    l.kind = kind;
    l.amount = Money::ore(ore);
    l.held_back = held_back;
    l.description = "linje";
    return l;
}

// 13.682,50 helper, −500,00 adjustment, lost earnings 30.000,00 (ATP 99,00,
// AM-bidrag 2.392,08, A-skat 10.453,39: net 17.055,53), pension 2.400,00 and a
// held-back helper line of 1.000,00: total 46.582,50.
PayoutRun run() {
    PayoutRun r;
    r.header.id = 9;
    r.header.month = date::year{2024} / 6;
    r.header.total = Money::ore(4'658'250);
    r.lines = {line(LineKind::helper, 1'368'250), line(LineKind::adjustment, -50'000),
               line(LineKind::lost_earnings, 3'000'000), line(LineKind::lost_earnings_pension, 240'000),
               line(LineKind::helper, 100'000, "ingen konto")};
    r.lines[2].withheld = {Money::ore(9'900), Money::ore(239'208), Money::ore(1'045'339), Money{}};
    return r;
}

Money net_of(const std::vector<JournalEntry>& entries, const std::string& kind) {
    Money net;
    for (const auto& e : entries)
        if (e.kind == kind) net += e.debit - e.credit;
    return net;
}

} // namespace

TEST_CASE("a run's journal balances and its line kinds add up to the run's total to the øre", "[postings]") {
    const auto entries = run_journal(run(), accounts());
    const auto totals = journal_totals(entries);
    CHECK(totals.debit == totals.credit);
    Money lines;
    for (LineKind k : kAllLineKinds) lines += net_of(entries, rules_of(k).code);
    CHECK(lines == run().header.total);
    CHECK(net_of(entries, "withheld_a_skat") == Money::ore(-1'045'339));
    CHECK(net_of(entries, "paid") == Money::ore(-(1'368'250 - 50'000 + 1'705'553 + 240'000)));
    CHECK(net_of(entries, "held_back") == Money::ore(-100'000));
    CHECK(net_of(entries, "adjustment") == Money::ore(-50'000));
}

TEST_CASE("a journal kind without an account is refused, naming it", "[postings]") {
    auto missing = accounts();
    missing.erase("withheld_a_skat");
    try {
        run_journal(run(), missing);
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "postings.properties:withheld_a_skat");
    }
}
