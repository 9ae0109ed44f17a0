// The payroll service in a run (policy payroll.service, issue 23;
// domain/payout_payroll_service.h): the family's payroll dues of the month
// before are withheld from its a-conto and paid to Skattestyrelsen, ATP and
// FerieKonto for it, each a line and a transfer of its own with the family's
// SE number; the run still ties out, and nothing counts as received.
#include <catch2/catch.hpp>

#include "domain/bank_transfer.h"
#include "payout_domain_fixtures.h"

using namespace hjt;
using namespace hjt::test;

namespace {

const PayrollServicePayees kPayees{{"Skattestyrelsen (fiktiv)", {"9570", "0004187231"}},
                                   {"ATP (fiktiv)", {"9570", "0004187249"}},
                                   {"FerieKonto (fiktiv)", {"9570", "0004187257"}}};

// March 2024, the worked example's helper line of 13.682,50, with dues for
// February (hand-made figures: tax 3.901,00, ATP 99,00, FerieKonto 577,53).
PayoutRun run_with(std::optional<FamilyPayrollDues> dues, bool with_bank = true) {
    FamilyPayoutBasis f = family({child(10, day(2015, 6, 1), Period{day(2024, 1, 1), {}},
                                        {version(day(2024, 1, 1), 2000, 13500)})});
    if (!with_bank) f.family.bank.reset();
    f.payroll_dues = dues;
    PayoutBasis b = basis(month(2024, 3), {f});
    b.rates = rates_2024();
    b.payroll_service = kPayees;
    return run_of(b);
}

const FamilyPayrollDues kFebruary{month(2024, 2), Money::ore(390100), Money::ore(9900), Money::ore(57753)};

} // namespace

TEST_CASE("payroll service: the dues are withheld from the a-conto and paid to each payee for the family",
          "[payout][payroll_service]") {
    const PayoutRun run = run_with(kFebruary);
    Money withheld, tax, atp, holiday;
    for (const auto& l : run.lines) {
        if (l.kind == LineKind::payroll_withheld) withheld += l.amount;
        if (l.kind == LineKind::payroll_tax) tax += l.amount;
        if (l.kind == LineKind::payroll_atp) atp += l.amount;
        if (l.kind == LineKind::payroll_holiday_pay) holiday += l.amount;
        if (l.kind == LineKind::payroll_withheld)
            CHECK(l.description == "Tilbageholdt til lønservice: A-skat og AM-bidrag, ATP og feriepenge for lønnen i 2024-02");
        if (l.kind != LineKind::helper) CHECK_FALSE(rules_of(l.kind).counts_as_received);
    }
    CHECK(withheld == Money::ore(-(390100 + 9900 + 57753)));
    CHECK(tax == Money::ore(390100));
    CHECK(atp == Money::ore(9900));
    CHECK(holiday == Money::ore(57753));
    CHECK(total_of(run.lines) == Money::ore(1368250));  // the run pays the same; the family gets less of it

    const RunSettlement s = settle_run(run);
    REQUIRE(s.transfers.size() == 4);
    CHECK(s.transfers[0].payee == Payee::family);
    CHECK(s.transfers[0].amount == Money::ore(1368250 - 390100 - 9900 - 57753));
    CHECK(s.transfers[1].payee == Payee::tax_authority);
    CHECK(s.transfers[1].amount == Money::ore(390100));
    CHECK(s.transfers[1].name == "Skattestyrelsen (fiktiv)");
    CHECK(s.transfers[1].account.account_no == "0004187231");
    CHECK(s.transfers[1].reference == "A-skat og AM-bidrag, SE 12345674, lønservice 2024-03");
    CHECK(s.transfers[1].end_to_end_id == "HJT-2024-03-T1");
    CHECK(s.transfers[2].payee == Payee::atp);
    CHECK(s.transfers[2].end_to_end_id == "HJT-2024-03-A1");
    CHECK(s.transfers[3].payee == Payee::holiday_fund);
    CHECK(s.transfers[3].amount == Money::ore(57753));
    CHECK(total_of(run.lines) == total_of(s.transfers) + total_of(s.withholding) + total_of(s.held_back));
}

TEST_CASE("payroll service: a family whose a-conto is not paid or too small pays its dues itself, flagged",
          "[payout][payroll_service]") {
    for (bool with_bank : {false, true}) {
        const FamilyPayrollDues dues = with_bank ? FamilyPayrollDues{month(2024, 2), Money::kroner(20000), {}, {}}
                                                 : kFebruary;
        const PayoutRun run = run_with(dues, with_bank);
        for (const auto& l : run.lines) CHECK(rules_of(l.kind).payee == Payee::family);
        for (const auto& l : run.lines) CHECK(l.kind != LineKind::payroll_withheld);
        bool flagged = false;
        for (const auto& f : run.flags) flagged = flagged || f.code == FlagCode::payroll_not_covered;
        CHECK(flagged);
    }
    // No dues (no helper paid in February): nothing.
    const PayoutRun none = run_with(FamilyPayrollDues{month(2024, 2), {}, {}, {}});
    CHECK(none.lines.size() == 1);
    CHECK(none.flags.empty());
}
