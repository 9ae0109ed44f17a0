// The audit chain's optional key (config hjt.audit.key_file, README "Audit
// chain"). With a key every new audit entry's hash is an HMAC-SHA-256 under
// it, so someone who can write to the database but cannot read the key file
// cannot forge entries that verify. Set once per process, when the settings
// are read (the CLI and the server), before any entry is written.
#pragma once

#include <optional>
#include <string>

namespace hjt::store {

// nullopt: plain SHA-256 chain.
void use_audit_key(std::optional<std::string> key);
const std::optional<std::string>& audit_key();

// The key in `file`: its bytes, without a trailing line break. ValidationError
// naming hjt.audit.key_file when it cannot be read or is shorter than 32 bytes.
std::string read_audit_key_file(const std::string& file);

} // namespace hjt::store
