#include "domain/shift_record.h"

#include <algorithm>
#include <cctype>

namespace hjt {

std::optional<ShiftKind> parse_shift_kind(const std::string& text) {
    std::string word = text;
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    if (word.empty() || word == "work" || word == "arbejde") return ShiftKind::work;
    if (word == "sick" || word == "syg") return ShiftKind::sick;
    return std::nullopt;
}

} // namespace hjt
