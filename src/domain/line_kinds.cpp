#include "domain/line_kinds.h"

namespace hjt {

std::string to_string(LineKind k) { return rules_of(k).code; }
std::string title_of(LineKind k) { return rules_of(k).line_title; }

std::optional<LineKind> parse_line_kind(const std::string& code) {
    for (LineKind k : kAllLineKinds)
        if (code == rules_of(k).code) return k;
    return std::nullopt;
}

std::optional<LineKind> received_kind(const std::string& code) {
    auto kind = parse_line_kind(code);
    if (kind && rules_of(*kind).counts_as_received) return kind;
    return std::nullopt;
}

} // namespace hjt
