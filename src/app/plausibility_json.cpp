#include "app/plausibility_json.h"

#include <Poco/JSON/Object.h>

namespace hjt::app {

Poco::JSON::Array::Ptr questions_json(const PlausibilityQuestions& questions, Language language) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& q : questions) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("code", std::string(code_name(q.message.code)));
        o->set("field", q.field);
        o->set("field_label", field_label(q.field, language));
        o->set("message", render(q.message, language));
        out->add(o);
    }
    return out;
}

} // namespace hjt::app
