#include "app/audit_anchor.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "domain/errors.h"

namespace hjt::app {

namespace {

const char* mode_of(const std::string& mac) { return mac == store::kKeyedMac ? "HMAC-SHA-256" : "SHA-256"; }

ValidationError bad_anchor(const std::string& path, const std::string& why) {
    return ValidationError("--anchor", Message{MessageCode::anchor_unusable, {path, why}});
}

} // namespace

store::AuditVerification verify_audit_chain(soci::session& sql, const std::optional<store::AuditHead>& anchor) {
    return store::verify_audit_chain(sql, anchor);
}

store::AuditHead current_anchor(soci::session& sql) {
    auto head = store::audit_head(sql);
    if (!head) throw NotFound(Message{MessageCode::audit_chain_empty, {}});
    return *head;
}

std::string anchor_text(const store::AuditHead& head, const std::string& anchored_at) {
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("sequence", head.sequence);
    o.set("hash", head.hash);
    o.set("entry_at", head.at);
    o.set("anchored_at", anchored_at);
    o.set("mode", std::string(mode_of(head.mac)));
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(o, out, 2);
    return out.str() + "\n";
}

store::AuditHead read_anchor_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw bad_anchor(path, "filen kan ikke læses");
    std::ostringstream text;
    text << in.rdbuf();
    Poco::JSON::Object::Ptr o;
    try {
        o = Poco::JSON::Parser().parse(text.str()).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
        throw bad_anchor(path, "den er ikke JSON som 'hjt audit anchor' skriver");
    }
    static const std::regex hex64("[0-9a-f]{64}");
    store::AuditHead head;
    try {
        head.sequence = o->getValue<Id>("sequence");
        head.hash = o->getValue<std::string>("hash");
        head.at = o->optValue<std::string>("entry_at", "");
        head.mac = o->optValue<std::string>("mode", "") == "HMAC-SHA-256" ? store::kKeyedMac : "";
    } catch (const std::exception&) {
        throw bad_anchor(path, "'sequence' (et heltal) og 'hash' skal være der");
    }
    if (head.sequence < 1) throw bad_anchor(path, "'sequence' skal være 1 eller mere");
    if (!std::regex_match(head.hash, hex64)) throw bad_anchor(path, "'hash' skal være 64 hextegn");
    return head;
}

} // namespace hjt::app
