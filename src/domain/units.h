// Quantities that carry their unit in the type: money (øre), hours (hundredths)
// and rates (basis points). Mixing them by mistake does not compile; the only
// ways to combine them are the named products in exact.h, which stay exact
// until a line is rounded once.
//
// Every operation checks for overflow (domain.md §11): a result beyond int64
// throws ArithmeticOverflow (a ValidationError, code "overflow") instead of
// wrapping, so no absurd figure can turn into a negative payment.
#pragma once

#include <compare>
#include <cstdint>

#include "domain/errors.h"

namespace hjt {

namespace checked {
constexpr std::int64_t add(std::int64_t a, std::int64_t b, const char* what) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) throw ArithmeticOverflow(what);
    return r;
}
constexpr std::int64_t subtract(std::int64_t a, std::int64_t b, const char* what) {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) throw ArithmeticOverflow(what);
    return r;
}
constexpr std::int64_t multiply(std::int64_t a, std::int64_t b, const char* what) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw ArithmeticOverflow(what);
    return r;
}
} // namespace checked

// An amount of Danish money as a whole number of øre.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money ore(std::int64_t ore) { return Money(ore); }
    static constexpr Money kroner(std::int64_t kroner) { return Money(checked::multiply(kroner, 100, "kr → øre")); }

    constexpr std::int64_t ore() const { return ore_; }

    constexpr Money operator-() const { return Money(checked::subtract(0, ore_, "−beløb")); }
    constexpr Money operator+(Money other) const { return Money(checked::add(ore_, other.ore_, "sum")); }
    constexpr Money operator-(Money other) const { return Money(checked::subtract(ore_, other.ore_, "difference")); }
    constexpr Money& operator+=(Money other) { return *this = *this + other; }
    constexpr Money& operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t ore) : ore_(ore) {}
    std::int64_t ore_ = 0;
};

// A duration in hundredths of an hour (7,5 h = 750).
class Hours {
public:
    constexpr Hours() = default;
    static constexpr Hours hundredths(std::int64_t h) { return Hours(h); }
    static constexpr Hours whole(std::int64_t h) { return Hours(checked::multiply(h, 100, "timer → hundrededele")); }

    constexpr std::int64_t hundredths() const { return hundredths_; }

    constexpr Hours operator-() const { return Hours(checked::subtract(0, hundredths_, "−timer")); }
    constexpr Hours operator+(Hours other) const { return Hours(checked::add(hundredths_, other.hundredths_, "timer")); }
    constexpr Hours operator-(Hours other) const {
        return Hours(checked::subtract(hundredths_, other.hundredths_, "timer"));
    }
    constexpr Hours& operator+=(Hours other) { return *this = *this + other; }
    constexpr Hours& operator-=(Hours other) { return *this = *this - other; }
    constexpr auto operator<=>(const Hours&) const = default;

private:
    constexpr explicit Hours(std::int64_t h) : hundredths_(h) {}
    std::int64_t hundredths_ = 0;
};

// A percentage in basis points (12,5 % = 1250).
class Rate {
public:
    constexpr Rate() = default;
    static constexpr Rate basis_points(std::int64_t bp) { return Rate(bp); }
    constexpr std::int64_t basis_points() const { return bp_; }
    constexpr auto operator<=>(const Rate&) const = default;

private:
    constexpr explicit Rate(std::int64_t bp) : bp_(bp) {}
    std::int64_t bp_ = 0;
};

} // namespace hjt
