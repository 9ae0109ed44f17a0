#include "app/import_fields.h"

#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::app {

void ImportErrors::add(const Source& at, const std::string& column, const std::string& reason) {
    add(at.where(), column + ": " + reason);
}

void ImportErrors::add(const std::string& where, const std::string& reason) {
    if (messages_.empty()) first_location_ = where;
    messages_.push_back(where + ": " + reason);
}

std::optional<std::string> FieldReader::present(const std::string& column) const {
    std::string value = header_.get(row_, column);
    if (value.empty()) {
        fail(column, "is empty");
        return std::nullopt;
    }
    return value;
}

bool FieldReader::not_negative(const std::string& column, const std::string& value) const {
    if (!value.empty() && value[0] == '-') {
        fail(column, "must not be negative, got \"" + value + "\"");
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
    if (!parsed) fail(column, "\"" + *value + "\" is not a real date in the form dd-mm-yyyy");
    return parsed;
}

Money FieldReader::amount(const std::string& column) const {
    auto value = present(column);
    if (!value || !not_negative(column, *value)) return {};
    auto parsed = parse_amount(*value);
    if (!parsed) fail(column, "\"" + *value + "\" is not an amount such as 1.234,56");
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
    if (!parsed) fail(column, "\"" + *value + "\" is not a number of hours such as 20,00");
    return parsed;
}

Rate FieldReader::percent(const std::string& column) const {
    auto value = present(column);
    if (!value || !not_negative(column, *value)) return {};
    // A percentage with at most two decimals is a whole number of basis
    // points, the same grammar as hours in hundredths.
    auto parsed = parse_hours(*value);
    if (!parsed || parsed->hundredths() > 10000) {
        fail(column, "\"" + *value + "\" is not a percentage between 0 and 100 such as 38,0");
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
        fail(column, e.what());
        return {};
    }
}

} // namespace hjt::app
