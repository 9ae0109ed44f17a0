// Matching payments received to claims (domain/receipt_matching.h).
#include <catch2/catch.hpp>

#include "domain/payment_reference.h"
#include "domain/receipt_matching.h"

using namespace hjt;

namespace {

IncomingPayment payment(Money amount, std::string reference, std::string payer = "") {
    IncomingPayment p;
    p.entry_number = 1;
    p.entry_ref = "E1";
    p.amount = amount;
    p.reference = std::move(reference);
    p.payer_name = std::move(payer);
    return p;
}

std::vector<OpenClaim> claims() {
    return {{1, fi_payment_id(1), Money::kroner(1000), {"Familien Hansen", "Anne Hansen"}},
            {2, fi_payment_id(2), Money::kroner(500), {"Familien Jensen"}}};
}

} // namespace

TEST_CASE("a payment with a claim's payment ID settles that claim up to its balance", "[claims][match]") {
    auto s = match_payment(payment(Money::kroner(400), "+71<000000000000026+12345678<"), Money::kroner(400), claims());
    REQUIRE(s);
    CHECK(s->claim_id == 2);
    CHECK(s->amount == Money::kroner(400));
    CHECK(s->by == MatchedBy::reference);
    // More than owed: the claim takes its balance, the rest stays on the receipt.
    s = match_payment(payment(Money::kroner(700), "000000000000026"), Money::kroner(700), claims());
    REQUIRE(s);
    CHECK(s->amount == Money::kroner(500));
}

TEST_CASE("without a reference, the amount and the payer's name must fit exactly one claim", "[claims][match]") {
    auto s = match_payment(payment(Money::kroner(1000), "tilbagebetaling", " anne HANSEN "), Money::kroner(1000), claims());
    REQUIRE(s);
    CHECK(s->claim_id == 1);
    CHECK(s->by == MatchedBy::amount_and_payer);
    CHECK_FALSE(match_payment(payment(Money::kroner(999), "", "Anne Hansen"), Money::kroner(999), claims()));
    CHECK_FALSE(match_payment(payment(Money::kroner(1000), "", "Ukendt"), Money::kroner(1000), claims()));
    auto twins = claims();
    twins[1] = {3, fi_payment_id(3), Money::kroner(1000), {"Anne Hansen"}};
    CHECK_FALSE(match_payment(payment(Money::kroner(1000), "", "Anne Hansen"), Money::kroner(1000), twins));
}

TEST_CASE("a wrong check digit is no reference, two payments never settle more than a claim owes", "[claims][match]") {
    CHECK_FALSE(match_payment(payment(Money::kroner(500), "000000000000027"), Money::kroner(500), claims()));
    auto out = match_payments({payment(Money::kroner(300), "000000000000026"), payment(Money::kroner(300), "000000000000026")},
                              claims());
    REQUIRE(out.size() == 2);
    REQUIRE(out[0]);
    REQUIRE(out[1]);
    CHECK(out[0]->amount == Money::kroner(300));
    CHECK(out[1]->amount == Money::kroner(200));
    auto paid = match_payments({payment(Money::kroner(500), "000000000000026"), payment(Money::kroner(10), "000000000000026")},
                               claims());
    CHECK_FALSE(paid[1]);  // the claim is paid: the second stays unassigned
}
