#include "cli/commands.h"
#include "store/audit_log.h"

namespace hjt::cli {

namespace {

int run_audit_verify(Context& ctx, const Args&) {
    auto result = store::verify_audit_chain(ctx.database().session());
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("ok", result.ok);
    data->set("entries", result.entries);
    if (result.first_broken)
        data->set("first_broken", *result.first_broken);
    else
        data->set("first_broken", Poco::Dynamic::Var());
    data->set("reason", result.reason);
    std::string text = result.ok ? "audit chain ok: " + std::to_string(result.entries) + " entries"
                                 : "audit chain broken at entry " + std::to_string(*result.first_broken) + ": " +
                                       result.reason;
    ctx.print(text, data);
    // A broken chain is a finding about the data, not a usage error: exit 1.
    return result.ok ? 0 : 1;
}

} // namespace

Command audit_verify_command() {
    return {"audit verify", "",
            "Check the audit trail's hash chain and name the first entry that was changed or follows a deleted one",
            "Recomputes every entry's SHA-256 from the previous hash and the entry's content, in id order.\n"
            "Exit code 1 when the chain is broken.",
            {},
            run_audit_verify};
}

} // namespace hjt::cli
