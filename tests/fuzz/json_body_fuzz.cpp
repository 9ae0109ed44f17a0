// A request body as the API reads it: capped reading, JSON parsing, then
// every typed reader of JsonInput on every field and each register endpoint's
// body reader. A refusal must be a ValidationError (400 naming the field) or
// the 413 HttpError; anything else escaping would be a 500 for bad input,
// and a crash or a sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <sstream>
#include <string>

#include "domain/errors.h"
#include "http/http_errors.h"
#include "http/register_input.h"
#include "http/request_body.h"

namespace {

void refused_or_read(const std::function<void()>& read) {
    try {
        read();
    } catch (const hjt::ValidationError&) {
    }
}

void read_every_field(const hjt::http::JsonInput& in, const Poco::JSON::Object& object, int depth) {
    for (const auto& field : object) {
        const std::string& name = field.first;  // clang 14 cannot capture a structured binding
        refused_or_read([&] { in.text(name); });
        refused_or_read([&] { in.integer(name); });
        refused_or_read([&] { in.id(name); });
        refused_or_read([&] { in.date(name); });
        refused_or_read([&] { in.optional_date(name); });
        refused_or_read([&] { in.money(name); });
        refused_or_read([&] { in.hours(name); });
        refused_or_read([&] { in.rate(name); });
        if (depth > 3) continue;
        refused_or_read([&] {
            if (auto nested = in.object(name)) read_every_field(*nested, *object.getObject(name), depth + 1);
        });
        refused_or_read([&] { in.objects(name); });
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hjt::http;
    std::istringstream stream(std::string(reinterpret_cast<const char*>(data), size));
    std::string body;
    try {
        body = read_capped_body(stream, 4096, static_cast<long long>(size));
    } catch (const HttpError& e) {
        return 0;  // 413: larger than the cap
    }
    Poco::JSON::Object::Ptr object;
    try {
        object = parse_json_body(body);
    } catch (const hjt::ValidationError&) {
        return 0;
    }
    const JsonInput in(object);
    read_every_field(in, *object, 0);
    refused_or_read([&] { family_from_json(in, std::nullopt); });
    refused_or_read([&] { child_from_json(in, std::nullopt); });
    refused_or_read([&] { helper_from_json(in, std::nullopt); });
    refused_or_read([&] { grant_from_json(in); });
    refused_or_read([&] { grant_version_from_json(in); });
    refused_or_read([&] { expense_from_json(in); });
    refused_or_read([&] { award_from_json(in); });
    refused_or_read([&] { decision_from_json(in); });
    return 0;
}
