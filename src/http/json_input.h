// Reading a JSON request body into typed values, naming the field in every
// error: a missing required field, a wrong type ("12" where a number is
// expected), a date that does not exist ("2026-02-30") or a negative quantity
// is a ValidationError(field) and so a 400 naming that field. Nested fields
// are named with their path: "versions[0].fixed_lines[1].monthly_ore".
//
// `fallback` on the readers: std::nullopt makes the field required; a value is
// what an absent field means (a default on create, the current value on update).
#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/units.h"

namespace hjt::http {

class JsonInput {
public:
    // `object` may be null (no body): every field is then absent.
    explicit JsonInput(Poco::JSON::Object::Ptr object, std::string path = "");

    bool has(const std::string& name) const;    // present and not null
    bool given(const std::string& name) const;  // present, possibly null ("clear this")

    std::string text(const std::string& name, std::optional<std::string> fallback = std::nullopt) const;
    bool boolean(const std::string& name, std::optional<bool> fallback = std::nullopt) const;  // true or false only
    std::int64_t integer(const std::string& name, std::optional<std::int64_t> fallback = std::nullopt) const;
    Id id(const std::string& name, std::optional<Id> fallback = std::nullopt) const;  // a positive integer
    // A year in limits::kYear, range checked as the 64-bit number received,
    // before it becomes an int (4294969322 is refused, not cut to 2026).
    int year(const std::string& name) const;
    Date date(const std::string& name, std::optional<Date> fallback = std::nullopt) const;
    // A date that may be null (an open end): null or absent-without-fallback give nullopt.
    std::optional<Date> optional_date(const std::string& name, std::optional<Date> fallback = std::nullopt) const;

    // Quantities are non-negative integers in their unit: *_ore, *_h100, *_bp.
    Money money(const std::string& name, std::optional<Money> fallback = std::nullopt) const;
    Hours hours(const std::string& name, std::optional<Hours> fallback = std::nullopt) const;
    Rate rate(const std::string& name, std::optional<Rate> fallback = std::nullopt) const;

    // A nested object; absent or null gives nullopt.
    std::optional<JsonInput> object(const std::string& name) const;
    // The elements of an array of objects; absent gives nullopt, so callers can keep a current list.
    std::optional<std::vector<JsonInput>> objects(const std::string& name) const;

    // "path.name": the name used in errors.
    std::string field(const std::string& name) const;

private:
    Poco::Dynamic::Var value(const std::string& name) const;  // empty when absent or null
    std::int64_t non_negative(const std::string& name, std::optional<std::int64_t> fallback) const;

    Poco::JSON::Object::Ptr object_;
    std::string path_;
};

} // namespace hjt::http
