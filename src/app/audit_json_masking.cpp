#include "app/audit_json_masking.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cctype>

#include "app/entity_json.h"
#include "domain/validation.h"

namespace hjt::app {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The digits from `at` on.
std::size_t digit_run(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) ++end;
    return end - at;
}

// The length of a CPR-shaped number starting at `at` (0 when there is none).
std::size_t cpr_length(const std::string& text, std::size_t at) {
    std::size_t first = digit_run(text, at);
    std::size_t length = 0;
    if (first == 10)
        length = 10;
    else if (first == 6 && at + 6 < text.size() && text[at + 6] == '-' && digit_run(text, at + 7) == 4)
        length = 11;
    bool stands_alone = length > 0 && (at + length == text.size() || !is_word(text[at + length]));
    return stands_alone ? length : 0;
}

void mask_values(Poco::JSON::Object::Ptr object);

void mask_value(Poco::Dynamic::Var& value, const std::string& key) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        mask_values(value.extract<Poco::JSON::Object::Ptr>());
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        auto array = value.extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; i < array->size(); ++i) {
            Poco::Dynamic::Var item = array->get(i);
            mask_value(item, "");
            array->set(i, item);
        }
    } else if (value.isString()) {
        std::string text = value.convert<std::string>();
        value = key == "account_no" ? mask_account(text) : mask_cpr_shaped(text);
    }
}

void mask_values(Poco::JSON::Object::Ptr object) {
    for (const auto& name : object->getNames()) {
        Poco::Dynamic::Var value = object->get(name);
        mask_value(value, name);
        object->set(name, value);
    }
}

} // namespace

std::string mask_cpr_shaped(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = (i == 0 || !is_word(text[i - 1])) ? cpr_length(text, i) : 0;
        if (length > 0) {
            out += mask_cpr(text.substr(i, length));
            i += length;
        } else {
            out += text[i++];
        }
    }
    return out;
}

std::string masked_audit_json(const std::string& json) {
    if (json.empty()) return json;
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var parsed = parser.parse(json);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr)) {
            auto object = parsed.extract<Poco::JSON::Object::Ptr>();
            mask_values(object);
            return stringify(object);
        }
    } catch (const Poco::Exception&) {
        // Not JSON: masked as text below.
    }
    return mask_cpr_shaped(json);
}

} // namespace hjt::app
