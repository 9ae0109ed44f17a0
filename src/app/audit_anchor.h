// The audit chain's anchor (README "Audit chain"): the newest entry's
// sequence and hash, and when, as a small JSON file the auditor keeps outside
// the database. `hjt audit verify --anchor FILE` then catches a chain cut
// short (the anchored entry is gone) or rewritten (its hash differs), which
// the chain alone cannot show: a shortened chain is still a valid chain.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "store/audit_log.h"

namespace hjt::app {

// The anchor of the chain as it is now. NotFound when the chain has no entry yet.
store::AuditHead current_anchor(soci::session& sql);

// The whole chain checked (store/audit_log.h: hashes, links, the books' rows),
// and against `anchor` when given.
store::AuditVerification verify_audit_chain(soci::session& sql, const std::optional<store::AuditHead>& anchor);

// {"sequence": N, "hash": "...", "entry_at": "...", "anchored_at": "...", "mode": "SHA-256"|"HMAC-SHA-256"}
std::string anchor_text(const store::AuditHead& head, const std::string& anchored_at);

// ValidationError "--anchor" (Danish) when the file cannot be read or is not an anchor.
store::AuditHead read_anchor_file(const std::string& path);

} // namespace hjt::app
