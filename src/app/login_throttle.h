// Failed logins slow the next tries down (issue 17: 30 wrong passwords in a
// few seconds all used to be checked). Counted per subject: the username
// ("user:kari", known or not, so the answers do not tell which exist) and the
// client's address ("address:10.0.0.7"; the CLI has none). With n failures in
// a row a subject waits, from its last failure:
//   n < free                  nothing
//   free <= n < lockout       2^(n - free) seconds (1, 2, 4, ...), at most the lockout
//   n >= lockout              lockout_minutes: locked out, audited for a known user
// A try while waiting is refused before the password is checked (429 with
// Retry-After; the CLI says the same) and is not counted. A correct password
// clears its username's count; an address's count is forgotten a day after its
// last failure, and so is a username's. An admin lifts a username's lockout
// (app/user_admin.h). Limits: Settings::login (config/README.md).
#pragma once

#include <soci/soci.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "app/settings.h"

namespace hjt::app {

std::string user_subject(const std::string& username);
std::string address_subject(const std::string& address);

// The subjects of one try: the username's and, when known, the address's.
std::vector<std::string> login_subjects(const std::string& username, const std::string& client_address);

// How long the subjects must still wait (the longest of them); nullopt when none must.
std::optional<std::chrono::seconds> login_wait(soci::session& sql, const std::vector<std::string>& subjects);

// Counts a failure for each subject. Returns whether the username's subject
// became locked out by it (the caller audits that for a known user).
bool record_login_failure(soci::session& sql, const std::vector<std::string>& subjects, const LoginLimits& limits);

// Forgets the subject's failures; whether it had any.
bool clear_login_failures(soci::session& sql, const std::string& subject);

// The failure count of a subject (0 when none are recorded).
long long login_failures(soci::session& sql, const std::string& subject);

} // namespace hjt::app
