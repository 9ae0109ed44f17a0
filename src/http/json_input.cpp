#include "http/json_input.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include "domain/errors.h"
#include "domain/limits.h"

namespace hjt::http {

JsonInput::JsonInput(Poco::JSON::Object::Ptr object, std::string path)
    : object_(std::move(object)), path_(std::move(path)) {}

std::string JsonInput::field(const std::string& name) const {
    return path_.empty() ? name : path_ + "." + name;
}

Poco::Dynamic::Var JsonInput::value(const std::string& name) const {
    if (!object_ || !object_->has(name)) return {};
    return object_->get(name);
}

bool JsonInput::has(const std::string& name) const { return !value(name).isEmpty(); }

bool JsonInput::given(const std::string& name) const { return object_ && object_->has(name); }

std::string JsonInput::text(const std::string& name, std::optional<std::string> fallback) const {
    auto v = value(name);
    if (v.isEmpty()) {
        if (!fallback) throw ValidationError(field(name), Message{MessageCode::field_required, {}});
        return *fallback;
    }
    if (!v.isString()) throw ValidationError(field(name), Message{MessageCode::field_not_text, {}});
    return v.extract<std::string>();
}

std::int64_t JsonInput::integer(const std::string& name, std::optional<std::int64_t> fallback) const {
    auto v = value(name);
    if (v.isEmpty()) {
        if (!fallback) throw ValidationError(field(name), Message{MessageCode::field_required, {}});
        return *fallback;
    }
    if (!v.isInteger() || v.isBoolean()) throw ValidationError(field(name), Message{MessageCode::field_not_whole_number, {}});
    try {
        return v.convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
        throw ValidationError(field(name), Message{MessageCode::field_number_too_large, {}});
    }
}

bool JsonInput::boolean(const std::string& name, std::optional<bool> fallback) const {
    auto v = value(name);
    if (v.isEmpty()) {
        if (!fallback) throw ValidationError(field(name), Message{MessageCode::field_required, {}});
        return *fallback;
    }
    if (!v.isBoolean()) throw ValidationError(field(name), Message{MessageCode::field_not_boolean, {}});
    return v.convert<bool>();
}

Id JsonInput::id(const std::string& name, std::optional<Id> fallback) const {
    Id value = integer(name, fallback);
    if (value <= 0) throw ValidationError(field(name), Message{MessageCode::field_not_positive_id, {}});
    return value;
}

int JsonInput::year(const std::string& name) const { return limits::checked_year(integer(name), field(name)); }

Date JsonInput::date(const std::string& name, std::optional<Date> fallback) const {
    if (!has(name) && fallback) return *fallback;
    std::string raw = text(name);
    auto parsed = parse_iso_date(raw);
    if (!parsed) throw ValidationError(field(name), Message{MessageCode::field_not_iso_date, {raw}});
    return *parsed;
}

std::optional<Date> JsonInput::optional_date(const std::string& name, std::optional<Date> fallback) const {
    if (given(name) && !has(name)) return std::nullopt;  // explicit null: an open end
    if (!has(name)) return fallback;
    return date(name);
}

std::int64_t JsonInput::non_negative(const std::string& name, std::optional<std::int64_t> fallback) const {
    std::int64_t n = integer(name, fallback);
    if (n < 0) throw ValidationError(field(name), Message{MessageCode::field_negative, {}});
    return n;
}

Money JsonInput::money(const std::string& name, std::optional<Money> fallback) const {
    std::optional<std::int64_t> raw;
    if (fallback) raw = fallback->ore();
    return Money::ore(non_negative(name, raw));
}

Hours JsonInput::hours(const std::string& name, std::optional<Hours> fallback) const {
    std::optional<std::int64_t> raw;
    if (fallback) raw = fallback->hundredths();
    return Hours::hundredths(non_negative(name, raw));
}

Rate JsonInput::rate(const std::string& name, std::optional<Rate> fallback) const {
    std::optional<std::int64_t> raw;
    if (fallback) raw = fallback->basis_points();
    return Rate::basis_points(non_negative(name, raw));
}

std::optional<JsonInput> JsonInput::object(const std::string& name) const {
    auto v = value(name);
    if (v.isEmpty()) return std::nullopt;
    if (v.type() != typeid(Poco::JSON::Object::Ptr)) throw ValidationError(field(name), Message{MessageCode::field_not_object, {}});
    return JsonInput(v.extract<Poco::JSON::Object::Ptr>(), field(name));
}

std::optional<std::vector<JsonInput>> JsonInput::objects(const std::string& name) const {
    auto v = value(name);
    if (v.isEmpty()) return std::nullopt;
    if (v.type() != typeid(Poco::JSON::Array::Ptr)) throw ValidationError(field(name), Message{MessageCode::field_not_list, {}});
    auto array = v.extract<Poco::JSON::Array::Ptr>();
    std::vector<JsonInput> items;
    for (unsigned i = 0; i < array->size(); ++i) {
        std::string item = field(name) + "[" + std::to_string(i) + "]";
        auto element = array->get(i);
        if (element.type() != typeid(Poco::JSON::Object::Ptr)) throw ValidationError(item, Message{MessageCode::field_not_object, {}});
        items.emplace_back(element.extract<Poco::JSON::Object::Ptr>(), item);
    }
    return items;
}

} // namespace hjt::http
