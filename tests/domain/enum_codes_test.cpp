// Every enum's stable codes, spelt out: they are stored in the database, sent
// in the API's JSON and written in import files, so not one may change. Each
// code also parses back to its enumerator, and nothing else parses.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "domain/award_purpose.h"
#include "domain/entities.h"
#include "domain/payout.h"
#include "domain/rate_figures.h"
#include "domain/rates.h"
#include "domain/reconciliation.h"
#include "domain/shift_classification.h"
#include "domain/shift_record.h"
#include "domain/statuses.h"
#include "domain/withholding.h"

using namespace hjt;

namespace {

// The table's codes in order, and each one back to its enumerator.
template <typename E>
std::vector<std::string> codes_checked() {
    std::vector<std::string> out;
    for (const auto& [value, code] : codes(E{})) {
        CHECK(to_string(value) == code);
        CHECK(parse_code<E>(code) == value);
        out.push_back(code);
    }
    CHECK_FALSE(parse_code<E>(""));
    CHECK_FALSE(parse_code<E>("nonsense"));
    return out;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("enum codes: payout runs and reconciliations", "[enum_codes]") {
    CHECK(codes_checked<RunStatus>() == Codes{"draft", "approved", "paid"});
    CHECK(codes_checked<ReconciliationStatus>() == Codes{"draft", "final"});
    // Line kinds are their own table (line_kinds.h), with the same promise.
    Codes kinds;
    for (LineKind k : kAllLineKinds) {
        CHECK(parse_line_kind(to_string(k)) == k);
        kinds.push_back(to_string(k));
    }
    CHECK(kinds == Codes{"helper", "fixed", "expense", "adjustment", "lost_earnings", "lost_earnings_pension",
                         "payroll_withheld", "payroll_tax", "payroll_atp", "payroll_holiday_pay", "set_off",
                         "top_up_payment"});
    CHECK_FALSE(parse_line_kind("nonsense"));
    CHECK(codes_checked<FlagCode>() == Codes{"missing_bank_account", "cap_reached", "turns_18", "negative_total",
                                             "missing_parent_account", "missing_normal_hours",
                                             "missing_pension_scheme", "account_changed", "held_back_released",
                                             "catch_up", "expense_over_budget", "account_unconfirmed",
                                             "payroll_not_covered", "grant_without_hours"});
    CHECK(codes_checked<Payee>() == Codes{"family", "parent", "pension", "tax_authority", "atp", "holiday_fund"});
    CHECK(codes_checked<HourPooling>() == Codes{"over_year", "month_by_month"});
    CHECK(codes_checked<ExpenseVerdict>() == Codes{"eligible", "not_covered_category", "over_budget"});
    CHECK(codes_checked<ReconciliationOutcome>() == Codes{"zero", "repayment_claim", "top_up", "top_up_not_paid"});
}

TEST_CASE("enum codes: register, shifts, rates and payroll", "[enum_codes]") {
    CHECK(codes_checked<ExpenseStatus>() == Codes{"submitted", "approved", "rejected"});
    CHECK(codes_checked<AwardPurpose>() == Codes{"hjemmetraening", "pasning", "ledsagelse"});
    CHECK(code_list<AwardPurpose>() == "hjemmetraening, pasning, ledsagelse");
    CHECK(codes_checked<Exclusion>() ==
          Codes{"outside_grant", "public_holiday", "weekend", "before_window", "after_window"});
    CHECK(codes_checked<ShiftKind>() == Codes{"work", "sick"});
    CHECK(codes_checked<Contribution>() == Codes{"aub", "aes", "barsel", "fib"});
    CHECK(codes_checked<FigureUnit>() == Codes{"ore", "basis_points", "hundredths_of_hours"});
    // The policy file's values: Skattestyrelsen's method numbers, and A or B.
    CHECK(codes_checked<RoundingMethod>() == Codes{"1", "2", "3"});
    CHECK(codes_checked<IncomeKind>() == Codes{"A", "B"});
}

TEST_CASE("enum codes: a shift kind also reads the timesheet's Danish words", "[enum_codes]") {
    CHECK(parse_shift_kind("Syg") == ShiftKind::sick);
    CHECK(parse_shift_kind("ARBEJDE") == ShiftKind::work);
    CHECK(parse_shift_kind("") == ShiftKind::work);
    CHECK(parse_shift_kind("Sick") == ShiftKind::sick);
    CHECK_FALSE(parse_shift_kind("ferie"));
}

TEST_CASE("enum codes: the enumerator count the tables are checked against", "[enum_codes]") {
    STATIC_REQUIRE(enumerator_count<RunStatus>() == 3);
    STATIC_REQUIRE(enumerator_count<FlagCode>() == 14);         // turns_18 ends in digits, still an enumerator
    STATIC_REQUIRE(enumerator_count<RoundingMethod>() == 3);    // 1..3: no enumerator at 0
    STATIC_REQUIRE(enumerator_count<LineKind>() == std::size(kAllLineKinds));
}
