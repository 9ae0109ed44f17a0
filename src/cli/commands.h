// One function per subcommand, each defined in its own cmd_*.cpp file.
#pragma once

#include "cli/command.h"

namespace hjt::cli {

Command init_command();

} // namespace hjt::cli
