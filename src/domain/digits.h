// Digit helpers that identifiers, amounts, dates and clock texts all need.
#pragma once

#include <string_view>

namespace hjt {

// Is this text made of ASCII digits only (and not empty)?
inline bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

// Writes `value` as exactly `width` zero-padded decimal digits at `out`.
// Dates and clock times are written several times per stored shift, and
// snprintf or an iostream there cost more than the SQLite insert itself.
inline void put_padded(char* out, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace hjt
