#include "cli/commands.h"

namespace hjt::cli {

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = {
        init_command(),
    };
    return commands;
}

} // namespace hjt::cli
