#include "cli/danish_text.h"

#include "domain/danish_format.h"
#include "domain/minutes.h"

namespace hjt::cli {

std::string hours_text(Hours hours) { return format_hours(hours) + " t"; }

std::string minutes_text(long long minutes) { return hours_text(hours_of_minutes(minutes)); }

std::string periods_text(const std::vector<Period>& periods) {
    std::string text;
    for (const Period& p : periods)
        text += (text.empty() ? "" : ", ") + format_danish_date(p.from) + ".." + format_danish_date(p.to.value_or(p.from));
    return text;
}

std::string counted(long long n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

namespace {

// Spaces that fill `text` out to `width` characters (UTF-8: "æ" is one), at least one.
std::string filler(const std::string& text, std::size_t width) {
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    return std::string(chars < width ? width - chars : 1, ' ');
}

} // namespace

std::string padded(const std::string& text, std::size_t width) { return text + filler(text, width); }

std::string right_aligned(const std::string& text, std::size_t width) { return filler(text, width) + text; }

} // namespace hjt::cli
