#include "domain/danish_format.h"

#include <cstdio>
#include <cstdlib>
#include <limits>

#include "domain/digits.h"

namespace hjt {
namespace {

// "1.234.567": 1 to 3 digits, then groups of exactly three after each dot.
bool thousands_grouped(const std::string& text) {
    std::size_t first_dot = text.find('.');
    std::string head = text.substr(0, first_dot);
    if (!all_digits(head) || head.size() > 3) return false;
    for (std::size_t at = first_dot; at != std::string::npos;) {
        std::size_t next = text.find('.', at + 1);
        std::string group = text.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        if (group.size() != 3 || !all_digits(group)) return false;
        at = next;
    }
    return true;
}

// Splits an unsigned number of parse_amount's grammar into the digits of its
// whole part (thousands dots removed) and its decimals; false when malformed.
bool split_decimal(const std::string& text, std::string& whole, std::string& decimals) {
    std::size_t comma = text.find(',');
    if (comma != std::string::npos) {
        if (text.find(',', comma + 1) != std::string::npos) return false;
        std::string head = text.substr(0, comma);
        decimals = text.substr(comma + 1);
        if (head.find('.') != std::string::npos) {
            if (!thousands_grouped(head)) return false;
            for (char c : head)
                if (c != '.') whole += c;
        } else {
            whole = head;
        }
    } else {
        std::size_t point = text.find('.');
        if (point != std::string::npos && text.find('.', point + 1) != std::string::npos) return false;
        whole = text.substr(0, point);
        if (point != std::string::npos) {
            decimals = text.substr(point + 1);
            if (decimals.empty()) return false;  // "12." is a typo, not 12
        }
    }
    if (!all_digits(whole)) return false;
    if (decimals.size() > 2 || (!decimals.empty() && !all_digits(decimals))) return false;
    if (comma != std::string::npos && decimals.empty()) return false;  // "12,"
    return true;
}

// Parses the shared grammar into hundredths (øre, hundredths of an hour,
// basis points), refusing values beyond int64.
std::optional<std::int64_t> parse_hundredths(const std::string& text, bool allow_sign) {
    bool negative = allow_sign && !text.empty() && text[0] == '-';
    std::string whole, decimals;
    if (!split_decimal(negative ? text.substr(1) : text, whole, decimals)) return std::nullopt;
    while (decimals.size() < 2) decimals += '0';
    constexpr auto limit = static_cast<unsigned __int128>(std::numeric_limits<std::int64_t>::max());
    unsigned __int128 value = 0;
    for (char c : whole + decimals) {
        value = value * 10 + static_cast<unsigned>(c - '0');
        if (value > limit) return std::nullopt;
    }
    auto result = static_cast<std::int64_t>(value);
    return negative ? -result : result;
}

// "-1.234,56" from hundredths: thousands dots, decimal comma, two decimals.
std::string format_hundredths(std::int64_t value) {
    // Unsigned magnitude, so the most negative int64 formats too.
    unsigned long long magnitude = value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                                             : static_cast<unsigned long long>(value);
    std::string digits = std::to_string(magnitude / 100);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
        grouped += digits[i];
    }
    char cents[4];
    std::snprintf(cents, sizeof cents, "%02llu", magnitude % 100);
    return (value < 0 ? "-" : "") + grouped + "," + cents;
}

} // namespace

std::string format_amount(Money m) { return format_hundredths(m.ore()); }

// The one place the currency's name is written after an amount (issue 19):
// "kr" as domain.md §3 writes it, never "kr." or "DKK" beside it.
std::string in_kroner(const std::string& amount) { return amount + " kr"; }

std::string format_kroner(Money m) { return in_kroner(format_amount(m)); }

std::string format_exact_amount(std::int64_t ore100) {
    // Two decimals of øre beyond the amount's two, shown only when they are not zero.
    const std::int64_t ore = ore100 / 100, fraction = std::abs(ore100 % 100);
    std::string text = format_hundredths(ore);
    if (ore100 < 0 && ore == 0) text = "-" + text;
    if (fraction != 0) text += std::to_string(fraction / 10) + (fraction % 10 ? std::to_string(fraction % 10) : "");
    return text;
}

std::string format_hourly_price(std::int64_t ore100) { return in_kroner(format_exact_amount(ore100)); }

std::optional<Money> parse_amount(const std::string& text) {
    auto ore = parse_hundredths(text, true);
    if (!ore) return std::nullopt;
    return Money::ore(*ore);
}

std::string format_hours(Hours h) { return format_hundredths(h.hundredths()); }

std::optional<Hours> parse_hours(const std::string& text) {
    auto hundredths = parse_hundredths(text, false);
    if (!hundredths) return std::nullopt;
    return Hours::hundredths(*hundredths);
}

std::string format_rate(Rate r) {
    // "12,50" -> "12,5", "8,00" -> "8": a percentage shows only the decimals it has.
    std::string text = format_hundredths(r.basis_points());
    while (text.back() == '0') text.pop_back();
    if (text.back() == ',') {
        text.pop_back();
        // "1.254" would read back as ambiguous (parse_amount's rule): a whole
        // number of 1.000 % and more is written without thousands dots.
        std::erase(text, '.');
    }
    return text + " %";
}

std::optional<Rate> parse_rate(const std::string& text) {
    std::string number = text;
    for (const char* suffix : {" %", "%"}) {
        std::string s(suffix);
        if (number.size() > s.size() && number.compare(number.size() - s.size(), s.size(), s) == 0) {
            number.resize(number.size() - s.size());
            break;
        }
    }
    auto bp = parse_hundredths(number, false);
    if (!bp) return std::nullopt;
    return Rate::basis_points(*bp);
}

std::string danish_month(Month month) {
    static const char* names[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                  "juli",   "august",  "september", "oktober", "november", "december"};
    return std::string(names[static_cast<unsigned>(month.month()) - 1]) + " " +
           std::to_string(static_cast<int>(month.year()));
}

std::string format_danish_date(Date d) {
    const int year = static_cast<int>(d.year());
    if (year < 0 || year > 9999) return date::format("%d-%m-%Y", date::sys_days{d}); // not four digits
    char text[10];
    put_padded(text, static_cast<unsigned>(d.day()), 2);
    text[2] = text[5] = '-';
    put_padded(text + 3, static_cast<unsigned>(d.month()), 2);
    put_padded(text + 6, static_cast<unsigned>(year), 4);
    return std::string(text, sizeof text);
}

std::optional<Date> parse_danish_date(const std::string& text) {
    if (text.size() != 10 || text[2] != '-' || text[5] != '-') return std::nullopt;
    std::string day = text.substr(0, 2), month = text.substr(3, 2), year = text.substr(6, 4);
    if (!all_digits(day) || !all_digits(month) || !all_digits(year)) return std::nullopt;
    Date d{date::year{std::stoi(year)}, date::month{static_cast<unsigned>(std::stoi(month))},
           date::day{static_cast<unsigned>(std::stoi(day))}};
    if (!d.ok()) return std::nullopt;
    return d;
}

std::optional<Date> parse_typed_date(const std::string& text) {
    if (auto danish = parse_danish_date(text)) return danish;
    return parse_iso_date(text);
}

} // namespace hjt
