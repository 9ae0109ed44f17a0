// The one character test that identifiers, amounts, dates and config keys
// all need: is this text made of ASCII digits only (and not empty)?
#pragma once

#include <string_view>

namespace hjt {

inline bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

} // namespace hjt
