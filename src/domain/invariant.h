// Invariants the types cannot express: a payout run's total is the sum of its
// lines, a reconciliation's balance equation holds, a settlement ties out.
// Checked in every build, not only in debug builds as assert is: a broken one
// means money was computed or assembled wrongly, so it must stop the
// transaction before anything is stored, hashed or posted. It is a bug, never
// bad input: InvariantBroken is a std::logic_error (the API answers 500, the
// CLI exits non-zero) that names the invariant and the place that checked it.
#pragma once

#include <source_location>
#include <stdexcept>
#include <string>

namespace hjt {

class InvariantBroken : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

inline void check_invariant(bool holds, const char* invariant,
                            std::source_location where = std::source_location::current()) {
    if (!holds)
        throw InvariantBroken(std::string("invariant broken: ") + invariant + " (" + where.file_name() + ":" +
                              std::to_string(where.line()) + ")");
}

} // namespace hjt
