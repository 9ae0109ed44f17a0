#include "app/failure_text.h"

#include <cctype>

#include <soci/soci.h>

namespace hjt::app {
namespace {

constexpr std::size_t kLongestShownNumber = 5;  // a year, a status code, an id: shown; CPR, CVR, accounts: not

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

} // namespace

std::string without_long_numbers(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (!digit(text[i])) {
            out += text[i++];
            continue;
        }
        // A number: digits, with single dashes or spaces between them ("010190-1234").
        std::size_t end = i, digits = 0;
        while (end < text.size() &&
               (digit(text[end]) || ((text[end] == '-' || text[end] == ' ') && end + 1 < text.size() && digit(text[end + 1]))))
            digits += digit(text[end++]) ? 1 : 0;
        out += digits > kLongestShownNumber ? std::string("[skjult]") : text.substr(i, end - i);
        i = end;
    }
    return out;
}

Failure describe_failure(const std::exception& e) {
    const auto* database = dynamic_cast<const soci::soci_error*>(&e);
    if (!database) return {false, without_long_numbers(e.what())};
    // get_error_message() is SQLite's or PostgreSQL's message, without the
    // statement and the bound values that what() adds.
    const std::string message = database->get_error_message();
    if (contains(message, "disk is full") || contains(message, "No space left") ||
        contains(message, "could not extend file"))
        return {true, "databasen kan ikke skrive: disken er fuld"};
    if (contains(message, "readonly database") || contains(message, "read-only"))
        return {true, "databasen kan ikke skrive: databasefilen er skrivebeskyttet"};
    return {false, "databasefejl: " + without_long_numbers(message)};
}

} // namespace hjt::app
