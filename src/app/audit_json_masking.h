// Audit entries' before/after JSON as an export may show it (domain.md §11):
// the store already masks CPR numbers there, but a family's bank account is
// kept in full, and an entry written by older code or by hand might hold a
// full CPR number. Every string value is checked: "account_no" keeps its last
// four digits, and any number shaped like a CPR number (DDMMYYSSSS or
// DDMMYY-SSSS, standing alone) is masked to DDMMYY-XXXX.
#pragma once

#include <string>

namespace hjt::app {

// Text that is not a JSON object is masked as plain text.
std::string masked_audit_json(const std::string& json);

// Every CPR-shaped number in `text` (10 digits, or 6 + "-" + 4, with no
// letter or digit right before or after) masked to DDMMYY-XXXX.
std::string mask_cpr_shaped(const std::string& text);

} // namespace hjt::app
