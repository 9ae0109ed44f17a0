#include "domain/exact.h"

#include <limits>
#include <stdexcept>

#include "domain/errors.h"

namespace hjt {
namespace {

constexpr __int128 kMin128 = static_cast<__int128>(static_cast<unsigned __int128>(1) << 127);

// The 128-bit products and sums of a line are checked like Money's: an
// overflow is refused (ArithmeticOverflow), never wrapped.
__int128 add(__int128 a, __int128 b) {
    __int128 r = 0;
    if (__builtin_add_overflow(a, b, &r)) throw ArithmeticOverflow("eksakt sum");
    return r;
}
__int128 subtract(__int128 a, __int128 b) {
    __int128 r = 0;
    if (__builtin_sub_overflow(a, b, &r)) throw ArithmeticOverflow("eksakt difference");
    return r;
}
__int128 multiply(__int128 a, __int128 b) {
    __int128 r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw ArithmeticOverflow("eksakt produkt");
    return r;
}
__int128 absolute(__int128 v) {
    if (v == kMin128) throw ArithmeticOverflow("eksakt beløb");
    return v < 0 ? -v : v;
}
// A rounded line must fit Money's int64 øre.
std::int64_t to_int64(__int128 v) {
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min())
        throw ArithmeticOverflow("afrundet beløb");
    return static_cast<std::int64_t>(v);
}

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
        numerator_ore = subtract(0, numerator_ore);
        denominator = subtract(0, denominator);
    }
    // Keep the fraction reduced so chains of products stay far from overflow.
    __int128 g = gcd(numerator_ore, denominator);
    numerator_ = numerator_ore / g;
    denominator_ = denominator / g;
}

ExactMoney ExactMoney::operator+(const ExactMoney& o) const {
    return ExactMoney(add(multiply(numerator_, o.denominator_), multiply(o.numerator_, denominator_)),
                      multiply(denominator_, o.denominator_));
}

ExactMoney ExactMoney::operator-(const ExactMoney& o) const {
    return ExactMoney(subtract(multiply(numerator_, o.denominator_), multiply(o.numerator_, denominator_)),
                      multiply(denominator_, o.denominator_));
}

ExactMoney ExactMoney::operator*(Fraction f) const {
    return ExactMoney(multiply(numerator_, f.numerator), multiply(denominator_, f.denominator));
}

ExactMoney ExactMoney::operator*(Rate r) const {
    return ExactMoney(multiply(numerator_, r.basis_points()), multiply(denominator_, 10000));
}

ExactMoney ExactMoney::operator*(Hours h) const {
    return ExactMoney(multiply(numerator_, h.hundredths()), multiply(denominator_, 100));
}

ExactMoney ExactMoney::times(std::int64_t n) const {
    return ExactMoney(multiply(numerator_, n), denominator_);
}

std::int64_t divide_rounding_half_away(__int128 numerator, __int128 denominator) {
    if (denominator == 0) throw std::domain_error("divide_rounding_half_away: zero denominator");
    if (denominator < 0) {
        numerator = subtract(0, numerator);
        denominator = subtract(0, denominator);
    }
    // |n| / d rounded half up, without forming 2·|n| + d, which could overflow:
    // the quotient, plus one when twice the remainder reaches the denominator.
    __int128 magnitude = absolute(numerator) / denominator;
    __int128 remainder = absolute(numerator) % denominator;
    if (remainder >= denominator - remainder) ++magnitude;
    return to_int64(numerator < 0 ? -magnitude : magnitude);
}

Money ExactMoney::rounded() const {
    return Money::ore(divide_rounding_half_away(numerator_, denominator_));
}

Hours ExactHours::rounded() const { return WideHours::of(*this).rounded(); }

Hours WideHours::rounded() const { return Hours::hundredths(divide_rounding_half_away(numerator, denominator)); }

ExactMoney cost_of(WideHours hours, const ExactMoney& per_hour) {
    return ExactMoney(multiply(per_hour.numerator(), hours.numerator),
                      multiply(multiply(per_hour.denominator(), hours.denominator), 100));
}

} // namespace hjt
