// Where the CLI takes a password from. Never the command line, where `ps` and
// the shell's history would show it: --password-file FILE (its first line),
// else $HJT_PASSWORD, else a prompt on the terminal that does not echo.
#pragma once

#include <string>

#include "cli/command.h"

namespace hjt::cli {

// UsageError when --password is given, the file cannot be read, or there is
// neither a file, $HJT_PASSWORD nor a terminal to ask on.
std::string read_password(const Args& args, const std::string& prompt);

} // namespace hjt::cli
