// Deterministic randomness for `hjt generate`: the same seed gives the same
// municipality on every platform. std::mt19937_64's output is fixed by the
// standard, but the std distributions are not (libstdc++ and libc++ differ),
// so the few we need are written here on top of the raw output.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace hjt::app {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : engine_(seed) {}

    // A whole number in [lo, hi]. The modulo bias is below 2^-40 for the
    // small ranges used here, far too small to matter for synthetic data.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(engine_() % span);
    }

    // True in `percent` of the calls.
    bool chance(int percent) { return between(0, 99) < percent; }

    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::mt19937_64 engine_;
};

} // namespace hjt::app
