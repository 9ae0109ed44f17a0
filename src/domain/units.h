// Quantities that carry their unit in the type: money (øre), hours (hundredths)
// and rates (basis points). Mixing them by mistake does not compile; the only
// ways to combine them are the named products in exact.h, which stay exact
// until a line is rounded once.
#pragma once

#include <compare>
#include <cstdint>

namespace hjt {

// An amount of Danish money as a whole number of øre.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money ore(std::int64_t ore) { return Money(ore); }
    static constexpr Money kroner(std::int64_t kroner) { return Money(kroner * 100); }

    constexpr std::int64_t ore() const { return ore_; }

    constexpr Money operator-() const { return Money(-ore_); }
    constexpr Money operator+(Money other) const { return Money(ore_ + other.ore_); }
    constexpr Money operator-(Money other) const { return Money(ore_ - other.ore_); }
    constexpr Money& operator+=(Money other) { ore_ += other.ore_; return *this; }
    constexpr Money& operator-=(Money other) { ore_ -= other.ore_; return *this; }
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
    static constexpr Hours whole(std::int64_t h) { return Hours(h * 100); }

    constexpr std::int64_t hundredths() const { return hundredths_; }

    constexpr Hours operator-() const { return Hours(-hundredths_); }
    constexpr Hours operator+(Hours other) const { return Hours(hundredths_ + other.hundredths_); }
    constexpr Hours operator-(Hours other) const { return Hours(hundredths_ - other.hundredths_); }
    constexpr Hours& operator+=(Hours other) { hundredths_ += other.hundredths_; return *this; }
    constexpr Hours& operator-=(Hours other) { hundredths_ -= other.hundredths_; return *this; }
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
