#include "domain/shift_record.h"

#include <algorithm>
#include <cctype>

namespace hjt {
namespace {

constexpr auto kShiftKindCodes = enum_table<ShiftKind>({{ShiftKind::work, "work"}, {ShiftKind::sick, "sick"}});
// The timesheet template's Danish words for the same kinds.
constexpr auto kShiftKindWords = enum_table<ShiftKind>({{ShiftKind::work, "arbejde"}, {ShiftKind::sick, "syg"}});

} // namespace

std::span<const EnumText<ShiftKind>> codes(ShiftKind) { return kShiftKindCodes; }

std::optional<ShiftKind> parse_shift_kind(const std::string& text) {
    std::string word = text;
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    if (word.empty()) return ShiftKind::work;
    if (auto kind = parse_code<ShiftKind>(word)) return kind;
    for (const auto& [kind, danish] : kShiftKindWords)
        if (word == danish) return kind;
    return std::nullopt;
}

} // namespace hjt
