// Runs the real executable ($HJT_BIN) on a test database as a given user and
// captures stdout; stderr goes to the test log.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <string>

namespace hjt::test {

struct CliRun {
    int exit_code = -1;
    std::string out;
};

// `HJT_USER=<user> hjt <args> --db <db>`.
inline CliRun run_hjt(const std::string& user, const std::string& db, const std::string& args) {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    // Named after the database, which may be a connection string rather than a file.
    const std::string out_file =
        (std::filesystem::temp_directory_path() / ("hjt_cli_" + std::to_string(std::hash<std::string>{}(db)) + ".out"))
            .string();
    const std::string command = "HJT_USER=" + user + " '" + bin + "' " + args + " --db '" + db + "' > '" + out_file + "'";
    const int status = std::system(command.c_str());
    CliRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(out_file);
    std::stringstream text;
    text << in.rdbuf();
    run.out = text.str();
    std::remove(out_file.c_str());
    return run;
}

} // namespace hjt::test
