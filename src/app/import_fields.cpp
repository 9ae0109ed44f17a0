#include "app/import_fields.h"

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::app {

void ImportErrors::add(const Source& at, const std::string& column, const Message& reason) {
    add(at.where() + ": " + column, reason);
}

void ImportErrors::add(const std::string& where, const Message& reason) {
    if (messages_.empty()) first_location_ = where.substr(0, where.find(": "));
    messages_.push_back(where + ": " + render(reason, Language::da) + " [" + std::string(code_name(reason.code)) + "]");
}

void ImportErrors::add(const std::string& where, const std::exception& refused) {
    if (messages_.empty()) first_location_ = where.substr(0, where.find(": "));
    const std::string code = code_of(refused, "");
    messages_.push_back(where + ": " + text_in(refused, Language::da) + (code.empty() || code == "invalid" ? "" : " [" + code + "]"));
}

std::optional<std::string> FieldReader::present(const std::string& column) const {
    std::string value = header_.get(row_, column);
    if (value.empty()) {
        fail(column, Message{MessageCode::field_required, {}});
        return std::nullopt;
    }
    return value;
}

bool FieldReader::not_negative(const std::string& column, const std::string& value) const {
    if (!value.empty() && value[0] == '-') {
        fail(column, Message{MessageCode::negative_value, {value}});
        return false;
    }
    return true;
}

std::string FieldReader::text(const std::string& column) const { return present(column).value_or(""); }

std::string FieldReader::optional_text(const std::string& column) const { return header_.get(row_, column); }

Date FieldReader::date(const std::string& column) const {
    auto value = present(column);
    if (!value) return {};
    auto parsed = optional_date(column);
    return parsed.value_or(Date{});
}

std::optional<Date> FieldReader::optional_date(const std::string& column) const {
    auto value = header_.get_optional(row_, column);
    if (!value) return std::nullopt;
    auto parsed = parse_danish_date(*value);
    if (!parsed) fail(column, Message{MessageCode::not_a_danish_date, {*value}});
    return parsed;
}

Money FieldReader::amount(const std::string& column) const {
    auto value = present(column);
    if (!value || !not_negative(column, *value)) return {};
    auto parsed = parse_amount(*value);
    if (!parsed) fail(column, Message{MessageCode::not_an_amount, {*value}});
    return parsed.value_or(Money{});
}

Hours FieldReader::hours(const std::string& column) const {
    if (!present(column)) return {};
    return optional_hours(column).value_or(Hours{});
}

std::optional<Hours> FieldReader::optional_hours(const std::string& column) const {
    auto value = header_.get_optional(row_, column);
    if (!value || !not_negative(column, *value)) return std::nullopt;
    auto parsed = parse_hours(*value);
    if (!parsed) fail(column, Message{MessageCode::shift_hours_unreadable, {*value}});
    return parsed;
}

Rate FieldReader::percent(const std::string& column) const {
    auto value = present(column);
    if (!value || !not_negative(column, *value)) return {};
    // A percentage with at most two decimals is a whole number of basis
    // points, the same grammar as hours in hundredths.
    auto parsed = parse_hours(*value);
    if (!parsed || parsed->hundredths() > 10000) {
        fail(column, Message{MessageCode::not_a_percentage, {*value}});
        return {};
    }
    return Rate::basis_points(parsed->hundredths());
}

AwardPurpose FieldReader::purpose(const std::string& column) const {
    auto value = present(column);
    if (!value) return {};
    try {
        return award_purpose_from_text(*value, column);
    } catch (const ValidationError& e) {
        errors_.add(at_.where() + ": " + column, e);
        return {};
    }
}

} // namespace hjt::app
