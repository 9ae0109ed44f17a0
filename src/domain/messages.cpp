#include "domain/messages.h"

#include <array>
#include <utility>

namespace hjt {
namespace {

struct Entry {
    std::string_view code;
    std::string_view da;
    std::string_view en;
};

constexpr Entry kCatalogue[] = {
#define HJT_MESSAGE_ENTRY(code, da, en) {#code, da, en},
    HJT_MESSAGES(HJT_MESSAGE_ENTRY)
#undef HJT_MESSAGE_ENTRY
};

const Entry& entry(MessageCode code) { return kCatalogue[static_cast<std::size_t>(code)]; }

struct FieldName {
    std::string_view key;
    std::string_view da;
    std::string_view en;
};

// The API's field keys and the names the pages and the CLI show for them.
constexpr FieldName kFields[] = {
    {"date", "Dato", "Date"},
    {"start", "Start", "Start"},
    {"end", "Slut", "End"},
    {"month", "Måned", "Month"},
    {"year", "År", "Year"},
    {"on", "Dato", "Date"},
    {"name", "Navn", "Name"},
    {"value", "Værdi", "Value"},
    {"source", "Kilde", "Source"},
    {"reason", "Begrundelse", "Reason"},
    {"body", "Indhold", "Body"},
    {"valid_from", "Gælder fra", "Valid from"},
    {"valid_to", "Gælder til", "Valid to"},
    {"effective_from", "Gælder fra", "Effective from"},
    {"helper", "Hjælper", "Helper"},
    {"family", "Familie", "Family"},
    {"family_id", "Familie", "Family"},
    {"hours", "Timer", "Hours"},
    {"kind", "Vagttype", "Kind"},
    {"cpr", "CPR-nummer", "CPR number"},
    {"parent_cpr", "Forælderens CPR-nummer", "Parent's CPR number"},
    {"cvr", "CVR/SE-nummer", "CVR/SE number"},
    {"amount", "Beløb", "Amount"},
    {"category", "Kategori", "Category"},
    {"weekly_hours", "Timer pr. uge", "Hours a week"},
    {"hourly_wage", "Timeløn", "Hourly wage"},
    {"withholding", "Trækprocent", "Withholding rate"},
    {"monthly_deduction", "Månedsfradrag", "Monthly deduction"},
    {"free_amount", "Frikortbeløb", "Free-card amount"},
    {"reg_no", "Reg.nr.", "Sort code"},
    {"account_no", "Kontonr.", "Account number"},
    {"iban", "IBAN", "IBAN"},
    {"username", "Brugernavn", "User name"},
    {"password", "Adgangskode", "Password"},
    {"rates", "Satser", "Rates"},
};

} // namespace

std::string_view code_name(MessageCode code) { return entry(code).code; }

std::vector<MessageCode> every_message_code() {
    std::vector<MessageCode> codes;
    for (std::size_t i = 0; i < std::size(kCatalogue); ++i) codes.push_back(static_cast<MessageCode>(i));
    return codes;
}

std::string_view message_template(MessageCode code, Language language) {
    return language == Language::en ? entry(code).en : entry(code).da;
}

std::string render(const Message& message, Language language) {
    const std::string_view text = message_template(message.code, language);
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool placeholder = text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
                                 text[i + 2] == '}';
        const std::size_t index = placeholder ? static_cast<std::size_t>(text[i + 1] - '1') : 0;
        if (placeholder && index < message.values.size()) {
            out += message.values[index];
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string field_label(std::string_view field, Language language) {
    for (const auto& f : kFields)
        if (f.key == field) return std::string(language == Language::en ? f.en : f.da);
    return std::string(field);
}

} // namespace hjt
