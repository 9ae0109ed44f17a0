#include "app/policy_json.h"

#include <Poco/JSON/Array.h>

namespace hjt::app {

Poco::JSON::Object::Ptr to_json(const PolicyChange& c) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", c.id);
    o->set("name", c.name);
    o->set("value", c.value);
    o->set("valid_from", iso(c.valid_from));
    o->set("reason", c.reason);
    o->set("set_by", c.set_by);
    o->set("set_at", c.set_at);
    return o;
}

Poco::JSON::Object::Ptr to_json(const PolicyView& v) {
    Poco::JSON::Array::Ptr settings = new Poco::JSON::Array;
    for (const auto& s : v.settings) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("name", s.name);
        o->set("value", s.value);
        o->set("since", s.since ? Poco::Dynamic::Var(to_json(*s.since)) : Poco::Dynamic::Var());
        settings->add(o);
    }
    Poco::JSON::Array::Ptr changes = new Poco::JSON::Array;
    for (const auto& c : v.changes) changes->add(to_json(c));
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("on", iso(v.on));
    o->set("settings", settings);
    o->set("changes", changes);
    return o;
}

} // namespace hjt::app
