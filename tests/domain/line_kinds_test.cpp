// The one table of line kinds (domain/line_kinds.h, issue 20). The build
// already refuses a LineKind without its row (-Wswitch as an error in
// rules_of, and a static_assert that kAllLineKinds lists every enumerator);
// these check what the rows say, so a row written carelessly for a new kind
// fails here rather than in some consumer.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "domain/line_kinds.h"

using namespace hjt;

TEST_CASE("every line kind has a row: a code that reads back, Danish words, a payee", "[domain][line-kinds]") {
    std::set<std::string> codes, labels;
    for (LineKind k : kAllLineKinds) {
        const LineKindRules rules = rules_of(k);
        INFO(rules.code);
        CHECK(index_of(k) < kLineKindCount);
        CHECK(parse_line_kind(rules.code) == k);
        CHECK(to_string(k) == rules.code);
        CHECK(std::string(rules.label) != "");
        CHECK(title_of(k) != "");
        CHECK(codes.insert(rules.code).second);    // codes are stored: each names one kind
        CHECK(labels.insert(rules.label).second);  // a run-sheet column each
        // What the reconciliation counts as received has a statement row; nothing else does.
        CHECK((std::string(rules.received_label) != "") == rules.counts_as_received);
    }
    CHECK(codes.size() == kLineKindCount);
    CHECK_FALSE(parse_line_kind("bonus"));
    CHECK_FALSE(parse_line_kind(""));
}

TEST_CASE("the table says today's rules: the a-conto kinds go to the family, count toward the cap and as received",
          "[domain][line-kinds]") {
    for (LineKind k : {LineKind::helper, LineKind::fixed, LineKind::expense, LineKind::adjustment}) {
        INFO(to_string(k));
        CHECK(rules_of(k).payee == Payee::family);
        CHECK(rules_of(k).counts_toward_year_cap);
        CHECK(rules_of(k).counts_as_received);
        CHECK(received_kind(to_string(k)) == k);
    }
    // Lost earnings (domain.md §8): outside the cap and the reconciliation, paid to the parent and the scheme.
    CHECK(rules_of(LineKind::lost_earnings).payee == Payee::parent);
    CHECK(rules_of(LineKind::lost_earnings_pension).payee == Payee::pension);
    for (LineKind k : {LineKind::lost_earnings, LineKind::lost_earnings_pension}) {
        CHECK_FALSE(rules_of(k).counts_toward_year_cap);
        CHECK_FALSE(rules_of(k).counts_as_received);
        CHECK_FALSE(received_kind(to_string(k)));
    }
    // A settlement posting is no line kind: not received.
    CHECK_FALSE(received_kind("repayment_claim"));
    CHECK_FALSE(received_kind("top_up"));
}

TEST_CASE("the stable codes and Danish words are those stored and shown before the table", "[domain][line-kinds]") {
    CHECK(to_string(LineKind::helper) == "helper");
    CHECK(to_string(LineKind::lost_earnings_pension) == "lost_earnings_pension");
    CHECK(std::string(rules_of(LineKind::adjustment).label) == "Efterregulering");
    CHECK(std::string(rules_of(LineKind::lost_earnings_pension).label) == "Pension (tabt arb.)");
    CHECK(title_of(LineKind::lost_earnings_pension) == "Pension af tabt arbejdsfortjeneste");
    CHECK(std::string(rules_of(LineKind::helper).received_label) == "Modtaget: hjælpere (a conto)");
}
