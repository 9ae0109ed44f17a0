// Who a run pays (domain/bank_transfer.h): the family's a-conto to its business
// account, the parent's net lost earnings to the parent's own account, the
// pension to the pension scheme, the withholding listed for Skattestyrelsen;
// and the run ties out: Σ lines = Σ transfers + Σ withholding + Σ held back.
// Names and accounts come from the payees the run recorded; what cannot be
// paid is held back in the run, a pension with its benefit.
#include <catch2/catch.hpp>

#include "domain/bank_transfer.h"
#include "payout_domain_fixtures.h"

using namespace hjt;
using namespace hjt::test;

namespace {

const PensionPayee kDefaultPension{"Kommunens standardordning (fiktiv)", BankAccount{"9570", "0000999888"}};

// March 2024: the worked example's helper line (20 h/week at 135,00 kr:
// 13.682,50) and award 7 at 30.000 kr (see award_for).
struct MarchRun {
    FamilyPayoutBasis family_basis;
    explicit MarchRun(LostEarningsAward award) {
        family_basis = family({child(10, day(2015, 6, 1), Period{day(2024, 1, 1), {}},
                                     {version(day(2024, 1, 1), 2000, 13500)})});
        family_basis.awards.push_back(std::move(award));
    }
    PayoutRun run(const std::optional<PensionPayee>& default_pension = std::nullopt) const {
        PayoutBasis b = basis(month(2024, 3), {family_basis});
        b.rates = rates_2024();
        b.default_pension = default_pension;
        return run_of(b);
    }
    RunSettlement settle(const std::optional<PensionPayee>& default_pension = std::nullopt) const {
        return settle_run(run(default_pension));
    }
};

void require_ties_out(const PayoutRun& run, const RunSettlement& s) {
    CHECK(total_of(run.lines) == total_of(s.transfers) + total_of(s.withholding) + total_of(s.held_back));
}

} // namespace

TEST_CASE("a family with a grant and an award: three transfers to the øre, the withholding for Skattestyrelsen",
          "[payout][transfers]") {
    MarchRun march(award_for(10, 30000));
    RunSettlement s = march.settle(kDefaultPension);

    REQUIRE(s.transfers.size() == 3);
    const BankTransfer& family = s.transfers[0];
    CHECK(family.payee == Payee::family);
    CHECK(family.amount == Money::ore(1368250));  // the a-conto kinds only
    CHECK(family.account.account_no == "0012345678");
    CHECK(family.reference == "Hjemmetræning a-conto 2024-03");
    CHECK(family.end_to_end_id == "HJT-2024-03-F1");

    const BankTransfer& parent = s.transfers[1];
    CHECK(parent.payee == Payee::parent);
    CHECK(parent.award_id == Id{7});
    CHECK(parent.name == "Mette");
    CHECK(parent.cvr.empty());
    // 30.000,00 − ATP 99,00 − AM-bidrag 2.392,08 − A-skat 10.453,39 (with øre)
    CHECK(parent.amount == Money::ore(1705553));
    CHECK(parent.account.reg_no == "5301");
    CHECK(parent.account.account_no == "0000654321");
    CHECK(parent.reference == "Tabt arbejdsfortjeneste 2024-03");
    CHECK(parent.end_to_end_id == "HJT-2024-03-P7");

    const BankTransfer& pension = s.transfers[2];
    CHECK(pension.payee == Payee::pension);
    CHECK(pension.amount == Money::ore(240000));  // 8 % × 30.000,00
    CHECK(pension.name == "Pensionskassen Syd (fiktiv)");  // the award's own scheme, not the default
    CHECK(pension.account.account_no == "0000111222");
    CHECK(pension.reference == "Pension af tabt arbejdsfortjeneste 2024-03, Mette");
    CHECK(pension.end_to_end_id == "HJT-2024-03-S7");

    REQUIRE(s.withholding.size() == 1);
    CHECK(s.withholding[0].award_id == 7);
    CHECK(s.withholding[0].amounts == Withholding{Money::ore(9900), Money::ore(239208), Money::ore(1045339)});
    CHECK(total_of(s.withholding) == Money::ore(1294447));
    CHECK(s.held_back.empty());

    // 13.682,50 + 30.000,00 + 2.400,00 = 46.082,50 = 33.138,03 transferred + 12.944,47 withheld
    PayoutRun run = march.run();
    CHECK(total_of(run.lines) == Money::ore(4608250));
    CHECK(total_of(s.transfers) == Money::ore(3313803));
    require_ties_out(run, s);
}

TEST_CASE("an award without a pension scheme pays the municipality's default, without one it is held back",
          "[payout][transfers]") {
    LostEarningsAward award = award_for(10, 30000);
    award.pension_payee.reset();
    MarchRun march(award);

    RunSettlement with_default = march.settle(kDefaultPension);
    REQUIRE(with_default.transfers.size() == 3);
    CHECK(with_default.transfers[2].name == kDefaultPension.name);
    CHECK(with_default.transfers[2].account.account_no == "0000999888");
    CHECK(with_default.transfers[2].amount == Money::ore(240000));

    RunSettlement without = march.settle();
    REQUIRE(without.transfers.size() == 2);
    REQUIRE(without.held_back.size() == 1);
    CHECK(without.held_back[0].payee == Payee::pension);
    CHECK(without.held_back[0].amount == Money::ore(240000));
    CHECK(without.held_back[0].reason == "ingen pensionsordning for bevillingen og ingen standard i payment.properties");
    PayoutRun run = march.run();
    REQUIRE(run.flags.size() == 1);
    CHECK(run.flags[0].code == FlagCode::missing_pension_scheme);
    CHECK(run.flags[0].message.find("2.400,00 kr") != std::string::npos);
    require_ties_out(run, without);
}

TEST_CASE("a parent without an account: the benefit and its pension are held back in the run, never paid to the family",
          "[payout][transfers][held]") {
    LostEarningsAward award = award_for(10, 30000);
    award.parent_bank.reset();
    MarchRun march(award);
    PayoutRun run = march.run(kDefaultPension);

    REQUIRE(run.flags.size() == 1);
    CHECK(run.flags[0].code == FlagCode::missing_parent_account);
    CHECK(run.flags[0].message ==
          "Ingen bankkonto registreret for Mette (tabt arbejdsfortjeneste for Barn 10): ydelsen 30.000,00 kr brutto og "
          "pensionen 2.400,00 kr holdes tilbage; de udbetales aldrig til familiens konto");
    // Both stay in the run, held back: nothing disappears.
    REQUIRE(run.lines.size() == 3);
    CHECK(run.lines[1].kind == LineKind::lost_earnings);
    CHECK(run.lines[1].held_back == "ingen bankkonto for forælderen");
    CHECK(run.lines[2].kind == LineKind::lost_earnings_pension);
    CHECK(run.lines[2].held_back == "ydelsen er tilbageholdt: ingen bankkonto for forælderen");
    CHECK(held_back_total(run.lines) == Money::ore(3240000));

    RunSettlement s = settle_run(run);
    REQUIRE(s.transfers.size() == 1);  // the family's a-conto only: the pension follows its benefit
    CHECK(s.transfers[0].payee == Payee::family);
    CHECK(s.transfers[0].amount == Money::ore(1368250));  // not 43.682,50
    CHECK(s.withholding.empty());  // nothing is withheld from money not paid
    REQUIRE(s.held_back.size() == 2);
    CHECK(s.held_back[0].payee == Payee::parent);
    CHECK(s.held_back[0].amount == Money::ore(3000000));
    CHECK(s.held_back[1].payee == Payee::pension);
    CHECK(s.held_back[1].amount == Money::ore(240000));
    require_ties_out(run, s);
}

TEST_CASE("a family without an account: its a-conto is held back in the run, the parent is still paid",
          "[payout][transfers][held]") {
    MarchRun march(award_for(10, 30000));
    march.family_basis.family.bank.reset();
    PayoutRun run = march.run(kDefaultPension);

    REQUIRE(run.flags.size() == 1);
    CHECK(run.flags[0].code == FlagCode::missing_bank_account);
    CHECK(run.flags[0].message.find("13.682,50 kr holdes tilbage") != std::string::npos);
    CHECK(run.lines[0].held_back == "ingen bankkonto for familien");
    RunSettlement s = settle_run(run);
    REQUIRE(s.transfers.size() == 2);
    CHECK(s.transfers[0].payee == Payee::parent);
    CHECK(s.transfers[0].amount == Money::ore(1705553));
    REQUIRE(s.held_back.size() == 1);
    CHECK(s.held_back[0].amount == Money::ore(1368250));
    CHECK(s.held_back[0].reason == "ingen bankkonto for familien");
    require_ties_out(run, s);
}

TEST_CASE("corrections of paid months go to the parent net of their withholding", "[payout][transfers]") {
    // January was paid at 25.000 kr (withheld 99,00 + 1.992,08 + 8.705,00; pension 2.000,00).
    MarchRun march(award_for(10, 30000));
    SettledLine benefit{10, LineKind::lost_earnings, month(2024, 1), Money::kroner(25000), Money::kroner(25000), 7,
                        Withholding{Money::ore(9900), Money::ore(199208), Money::ore(870500)}};
    SettledLine pension{10, LineKind::lost_earnings_pension, month(2024, 1), Money::kroner(2000),
                        Money::kroner(2000), 7, {}};
    march.family_basis.settled = {settled(10, LineKind::helper, month(2024, 1), Money::ore(1368250)), benefit,
                                  pension};
    PayoutBasis b = basis(month(2024, 3), {march.family_basis});
    b.rates = rates_2024();
    b.settled_months = {month(2024, 1), month(2024, 2)};  // February was missed: caught up in full
    PayoutResult r = compute_payout(b);
    PayoutRun run;
    run.header.month = month(2024, 3);
    run.lines = r.lines;
    run.payees = r.payees;
    RunSettlement s = settle_run(run);

    // Parent: January +2.851,61, February and March 17.055,53 each.
    REQUIRE(s.transfers.size() == 3);
    CHECK(s.transfers[1].amount == Money::ore(285161 + 2 * 1705553));
    // Withheld: January AM 400,00 + A-skat 1.748,39; February and March 12.944,47 each.
    CHECK(total_of(s.withholding) == Money::ore(214839 + 2 * 1294447));
    // Pension: January 400,00, February and March 2.400,00 each.
    CHECK(s.transfers[2].amount == Money::ore(40000 + 2 * 240000));
    require_ties_out(run, s);
}
