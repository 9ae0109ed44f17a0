#include "domain/withholding.h"

#include <algorithm>

#include "domain/exact.h"

namespace hjt {

namespace {

constexpr auto kRoundingMethodCodes = enum_table<RoundingMethod>(
    {{RoundingMethod::with_ore, "1"}, {RoundingMethod::whole_kroner, "2"}, {RoundingMethod::tens_down_kroner_up, "3"}});
constexpr auto kRoundingMethodTexts = enum_table<RoundingMethod>(
    {{RoundingMethod::with_ore,
      "øreafrunding metode 1 (AM-bidrag og A-skat med øre; kun den indberettede sum afrundes)"},
     {RoundingMethod::whole_kroner, "øreafrunding metode 2 (AM-bidrag og A-skat hver afrundet til hele kroner)"},
     {RoundingMethod::tens_down_kroner_up,
      "øreafrunding metode 3 (AM- og A-indkomst ned til hele 10 kr, AM-bidrag og A-skat op til hele kroner)"}});
constexpr auto kIncomeKindCodes = enum_table<IncomeKind>({{IncomeKind::a_income, "A"}, {IncomeKind::b_income, "B"}});
constexpr auto kIncomeKindTexts =
    enum_table<IncomeKind>({{IncomeKind::a_income, "A-indkomst (arbejdsgiveren indeholder AM-bidrag og A-skat)"},
                            {IncomeKind::b_income, "B-indkomst (hjælperen betaler selv AM-bidrag og skat)"}});

constexpr std::int64_t kOrePerKrone = 100;
constexpr std::int64_t kOrePerTenKroner = 1000;

// A non-negative exact amount rounded up to whole kroner (method 3).
Money ceiled_to_kroner(const ExactMoney& amount) {
    __int128 per_krone = amount.denominator() * kOrePerKrone;
    __int128 kroner = (amount.numerator() + per_krone - 1) / per_krone;
    return Money::kroner(static_cast<std::int64_t>(kroner));
}

// A non-negative amount rounded down to a multiple of 10 kr (method 3).
Money floored_to_ten_kroner(Money amount) {
    return Money::ore(amount.ore() / kOrePerTenKroner * kOrePerTenKroner);
}

// Whole øre to whole kroner, half up (method 2 and method 1's reported total).
Money rounded_to_kroner(Money amount) {
    return Money::kroner(divide_rounding_half_away(amount.ore(), kOrePerKrone));
}

// The one rounding of AM-bidrag or A-skat of `base` at `rate`, by the method.
Money withheld_of(Money base, Rate rate, RoundingMethod method) {
    ExactMoney exact = base * rate;
    switch (method) {
    case RoundingMethod::with_ore: return exact.rounded();
    case RoundingMethod::whole_kroner: return rounded_to_kroner(exact.rounded());
    case RoundingMethod::tens_down_kroner_up: return ceiled_to_kroner(exact);
    }
    return exact.rounded();
}

Money base_of(Money income, RoundingMethod method) {
    return method == RoundingMethod::tens_down_kroner_up ? floored_to_ten_kroner(income) : income;
}

} // namespace

Withheld withhold(Money payment, Money atp_employee, const TaxCard& card, Money deduction_left,
                  const WithholdingRules& rules) {
    Withheld w;
    const Money after_atp = payment - atp_employee;
    w.net = after_atp;
    if (rules.income == IncomeKind::b_income || after_atp <= Money{}) return w;

    w.am_income = base_of(after_atp, rules.rounding);
    w.am_bidrag = withheld_of(w.am_income, rules.am_bidrag, rules.rounding);
    w.a_income = after_atp - w.am_bidrag;
    w.deduction_used = std::clamp(w.a_income, Money{}, std::max(deduction_left, Money{}));
    w.taxable = base_of(w.a_income - w.deduction_used, rules.rounding);
    w.a_skat = withheld_of(w.taxable, card.withholding, rules.rounding);
    w.net = after_atp - w.am_bidrag - w.a_skat;
    return w;
}

Money reported_total(Money withheld, RoundingMethod method) {
    return method == RoundingMethod::with_ore ? rounded_to_kroner(withheld) : withheld;
}

std::span<const EnumText<RoundingMethod>> codes(RoundingMethod) { return kRoundingMethodCodes; }
std::span<const EnumText<IncomeKind>> codes(IncomeKind) { return kIncomeKindCodes; }

std::string describe(RoundingMethod method) { return text_of(kRoundingMethodTexts, method); }
std::string describe(IncomeKind kind) { return text_of(kIncomeKindTexts, kind); }

} // namespace hjt
