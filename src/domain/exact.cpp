#include "domain/exact.h"

#include <stdexcept>

namespace hjt {
namespace {

__int128 absolute(__int128 v) { return v < 0 ? -v : v; }

__int128 gcd(__int128 a, __int128 b) {
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        __int128 t = a % b;
        a = b;
        b = t;
    }
    return a == 0 ? 1 : a;
}

} // namespace

ExactMoney::ExactMoney(__int128 numerator_ore, __int128 denominator) {
    if (denominator == 0) throw std::domain_error("ExactMoney: zero denominator");
    if (denominator < 0) {
        numerator_ore = -numerator_ore;
        denominator = -denominator;
    }
    // Keep the fraction reduced so chains of products stay far from overflow.
    __int128 g = gcd(numerator_ore, denominator);
    numerator_ = numerator_ore / g;
    denominator_ = denominator / g;
}

ExactMoney ExactMoney::operator+(const ExactMoney& o) const {
    return ExactMoney(numerator_ * o.denominator_ + o.numerator_ * denominator_,
                      denominator_ * o.denominator_);
}

ExactMoney ExactMoney::operator-(const ExactMoney& o) const {
    return ExactMoney(numerator_ * o.denominator_ - o.numerator_ * denominator_,
                      denominator_ * o.denominator_);
}

ExactMoney ExactMoney::operator*(Fraction f) const {
    return ExactMoney(numerator_ * f.numerator, denominator_ * f.denominator);
}

ExactMoney ExactMoney::operator*(Rate r) const {
    return ExactMoney(numerator_ * r.basis_points(), denominator_ * 10000);
}

ExactMoney ExactMoney::operator*(Hours h) const {
    return ExactMoney(numerator_ * h.hundredths(), denominator_ * 100);
}

ExactMoney ExactMoney::times(std::int64_t n) const {
    return ExactMoney(numerator_ * n, denominator_);
}

std::int64_t divide_rounding_half_away(__int128 numerator, __int128 denominator) {
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    __int128 magnitude = (absolute(numerator) * 2 + denominator) / (denominator * 2);
    return static_cast<std::int64_t>(numerator < 0 ? -magnitude : magnitude);
}

Money ExactMoney::rounded() const {
    return Money::ore(divide_rounding_half_away(numerator_, denominator_));
}

} // namespace hjt
