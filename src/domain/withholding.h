// What an employer withholds from a payment (domain.md §6): ATP is taken by the
// caller from the year's table, then AM-bidrag and A-skat are computed and
// rounded here by one of Skattestyrelsen's three methods ("øreafrunding",
// skat.dk, Den juridiske vejledning). Every payment that is A-income goes
// through withhold(): a helper's wage and holiday pay (payslip.h) and a
// parent's lost earnings (lost_earnings.h), so all of them round alike.
#pragma once

#include <optional>
#include <string>

#include "domain/entities.h"
#include "domain/enum_texts.h"

namespace hjt {

enum class RoundingMethod {
    // 1: AM-bidrag and A-skat computed and shown with øre; only the month's
    //    reported total is rounded (reported_total).
    with_ore = 1,
    // 2: both computed with øre, then each rounded to whole kroner (half up).
    whole_kroner = 2,
    // 3: AM-income and A-income (after fradrag) rounded down to a multiple of
    //    10 kr, AM-bidrag and A-skat rounded up to whole kroner.
    tens_down_kroner_up = 3,
};

// Open legal question (domain.md §6): helpers' pay as A-income, from which the
// family withholds, or as B-income, on which the helper pays AM-bidrag and tax.
enum class IncomeKind { a_income, b_income };

struct WithholdingRules {
    Rate am_bidrag = Rate::basis_points(800);  // the year's rate (rates.h)
    RoundingMethod rounding = RoundingMethod::with_ore;
    IncomeKind income = IncomeKind::a_income;
};

struct Withheld {
    Money am_income;       // payment − employee ATP (method 3: down to 10 kr): AM-bidrag's base
    Money am_bidrag;
    Money a_income;        // payment − employee ATP − AM-bidrag
    Money deduction_used;  // the part of the month's fradrag this payment used
    Money taxable;         // A-income − fradrag used, ≥ 0 (method 3: down to 10 kr): A-skat's base
    Money a_skat;
    Money net;             // payment − employee ATP − AM-bidrag − A-skat
};

// `deduction_left` is what the month's fradrag still holds: the fradrag is
// used once across all of a month's payments to one person, so the caller
// passes deduction_left − deduction_used on to the next payment (holiday pay
// after the wage). B-income withholds nothing and uses no fradrag.
Withheld withhold(Money payment, Money atp_employee, const TaxCard& card, Money deduction_left,
                  const WithholdingRules& rules);

// The month's withheld AM-bidrag and A-skat as reported (eIndkomst) and paid:
// method 1 rounds the total half up to whole kroner; methods 2 and 3 are whole already.
Money reported_total(Money withheld, RoundingMethod method);

// "1", "2", "3": the policy's values. nullopt for anything else.
std::span<const EnumText<RoundingMethod>> codes(RoundingMethod);
inline std::optional<RoundingMethod> parse_rounding_method(const std::string& text) {
    return parse_code<RoundingMethod>(text);
}
// "A", "B".
std::span<const EnumText<IncomeKind>> codes(IncomeKind);
inline std::optional<IncomeKind> parse_income_kind(const std::string& text) { return parse_code<IncomeKind>(text); }

// Danish text naming the setting on documents: "øreafrunding metode 1 (…)", "A-indkomst (…)".
std::string describe(RoundingMethod method);
std::string describe(IncomeKind kind);

} // namespace hjt
