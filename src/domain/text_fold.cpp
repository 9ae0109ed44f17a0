#include "domain/text_fold.h"

namespace hjt {

std::string trimmed(const std::string& text) {
    auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string folded(const std::string& text) {
    std::string out = trimmed(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
        // Æ C3 86, Ø C3 98, Å C3 85 -> æ C3 A6, ø C3 B8, å C3 A5
        if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char next = static_cast<unsigned char>(out[i + 1]);
            if (next == 0x86 || next == 0x98 || next == 0x85) out[i + 1] = static_cast<char>(next + 0x20);
        }
    }
    return out;
}

} // namespace hjt
