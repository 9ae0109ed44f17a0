// Exact intermediate amounts. A line is computed as a fraction of øre with
// 128-bit integers and rounded once, at the end, half away from zero
// (domain.md §3). Totals are then sums of rounded lines, so statements add up.
#pragma once

#include "domain/units.h"

namespace hjt {

// A ratio of two whole numbers, such as days covered / days in the month.
struct Fraction {
    std::int64_t numerator = 1;
    std::int64_t denominator = 1;
};

class ExactMoney {
public:
    // An exact amount of øre: numerator / denominator. denominator > 0.
    ExactMoney(__int128 numerator_ore, __int128 denominator);
    explicit ExactMoney(Money m) : ExactMoney(m.ore(), 1) {}

    ExactMoney operator+(const ExactMoney& other) const;
    ExactMoney operator-(const ExactMoney& other) const;
    ExactMoney operator*(Fraction f) const;
    ExactMoney operator*(Rate r) const;    // × bp / 10 000
    ExactMoney operator*(Hours h) const;   // × hundredths / 100 (a price per hour times hours)
    ExactMoney times(std::int64_t n) const;

    // The one rounding of a line: half away from zero to whole øre.
    Money rounded() const;

    bool is_negative() const { return numerator_ < 0; }
    __int128 numerator() const { return numerator_; }
    __int128 denominator() const { return denominator_; }

private:
    __int128 numerator_;
    __int128 denominator_;
};

// An exact number of hours: approved hours (weekly × 52/12 × d/D) are rarely
// whole hundredths. Value = hundredths_numerator / denominator hundredths; the
// denominator divides 12 × lcm(28, 29, 30, 31) (a month's hours are over 12 × D).
struct ExactHours {
    std::int64_t hundredths_numerator = 0;
    std::int64_t denominator = 1;

    Hours rounded() const;  // to whole hundredths, half away from zero (display)
};

// Exact hours as a fraction of hundredths in 128 bits: the reconciliation's
// forecast multiplies approved hours by a pace whose terms are both sums.
struct WideHours {
    __int128 numerator = 0;  // hundredths
    __int128 denominator = 1;

    static WideHours of(ExactHours h) { return {h.hundredths_numerator, h.denominator}; }
    static WideHours of(Hours h) { return {h.hundredths(), 1}; }
    Hours rounded() const;  // to whole hundredths, half away from zero
};

// hours × a price per hour, exact.
ExactMoney cost_of(WideHours hours, const ExactMoney& per_hour);

inline ExactMoney operator*(Money m, Rate r) { return ExactMoney(m) * r; }
inline ExactMoney operator*(Money m, Hours h) { return ExactMoney(m) * h; }
inline ExactMoney operator*(Money m, Fraction f) { return ExactMoney(m) * f; }

// Half away from zero division of whole numbers; the rounding rule of the product.
std::int64_t divide_rounding_half_away(__int128 numerator, __int128 denominator);

} // namespace hjt
