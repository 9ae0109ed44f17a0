#include "app/eindkomst_json.h"

namespace hjt::app {

Poco::JSON::Object::Ptr to_json(const EmployerReport& e) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("family_id", e.family_id);
    o->set("employer_se", e.employer_se);
    o->set("reports", e.reports);
    o->set("corrections", e.corrections);
    o->set("unchanged", e.unchanged);
    o->set("zero_report", e.zero_report);
    if (!e.refused.empty()) {
        o->set("refused", e.refused);
        o->set("field", e.refused_field);
    }
    return o;
}

} // namespace hjt::app
