#include "cli/password_input.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "domain/errors.h"

namespace hjt::cli {
namespace {

std::string first_line(std::istream& in) {
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

// Echo is switched off while the password is typed and on again afterwards.
std::string prompt_without_echo(const std::string& prompt) {
    termios before{};
    tcgetattr(STDIN_FILENO, &before);
    termios quiet = before;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    std::cerr << prompt << std::flush;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string password = first_line(std::cin);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::cerr << '\n';
    return password;
}

} // namespace

std::string read_password(const Args& args, const std::string& prompt) {
    if (args.has("password"))
        throw UsageError("angiv aldrig en adgangskode på kommandolinjen; brug --password-file FIL, $HJT_PASSWORD eller spørgsmålet");
    if (auto file = args.optional("password-file")) {
        std::ifstream in(*file);
        if (!in) throw UsageError("kan ikke læse --password-file " + *file);
        return first_line(in);
    }
    const char* env = std::getenv("HJT_PASSWORD");
    if (env && *env) return env;
    if (::isatty(STDIN_FILENO)) return prompt_without_echo(prompt);
    throw UsageError("ingen adgangskode: angiv --password-file FIL, sæt $HJT_PASSWORD eller kør i en terminal");
}

} // namespace hjt::cli
