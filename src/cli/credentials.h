// Where `hjt login` keeps the session token: one file per database and OS
// user, readable by that OS user only, like other command lines' credential
// files (~/.netrc, ~/.pgpass, ~/.docker/config.json):
//   $XDG_CONFIG_HOME/hjt/session-<16 hex of SHA-256 of the database>
//   (~/.config/hjt/... when XDG_CONFIG_HOME is not set; the folder is 0700)
// The file is created with mode 0600 from the start (a new file beside it,
// renamed over the old one), so it is never readable by others, not even for
// a moment; a file that group or others can read is refused, not used.
// $HJT_TOKEN, when set, is used instead of the file (scripts).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace hjt::cli {

// The credentials file of `database` (a SQLite path is made absolute first, so
// "var/hjt.db" from the project folder and its full path share one file).
std::filesystem::path credentials_file(const std::string& database);

// Writes `token` (mode 0600, atomically). std::runtime_error when it cannot.
void save_token(const std::filesystem::path& file, const std::string& token);
// The stored token; nullopt when there is no file. Unauthenticated when the
// file may be read by others (its mode has group or other bits).
std::optional<std::string> load_token(const std::filesystem::path& file);
// Removes the file (no error when there is none).
void forget_token(const std::filesystem::path& file);

} // namespace hjt::cli
