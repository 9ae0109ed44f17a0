// Runs the real executable ($HJT_BIN) on a test database as a given hjt user
// (a session token in $HJT_TOKEN, tests/cli_session.h) or signed out, and
// captures stdout; stderr goes to the test log.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_session.h"
#include "test_actor.h"

namespace hjt::test {

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// `<env> hjt <args> --db <db>` with no session unless `env` gives one.
inline CliRun run_hjt_with_env(const std::string& env, const std::string& db, const std::string& args) {
    const char* bin = std::getenv("HJT_BIN");
    REQUIRE(bin);
    // Named after the database, which may be a connection string rather than a file.
    const std::string out_file =
        (std::filesystem::temp_directory_path() / ("hjt_cli_" + std::to_string(std::hash<std::string>{}(db)) + ".out"))
            .string();
    const std::string err_file = out_file + ".err";
    const std::string command = "env -u HJT_TOKEN " + env + " '" + bin + "' " + args + " --db '" + db + "' > '" +
                                out_file + "' 2> '" + err_file + "'";
    const int status = std::system(command.c_str());
    CliRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    auto text_of = [](const std::string& file) {
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        std::remove(file.c_str());
        return text.str();
    };
    run.out = text_of(out_file);
    run.err = text_of(err_file);
    std::cerr << run.err;  // the test log shows what the command said
    return run;
}

// `hjt <args> --db <db>` signed in as `who`.
inline CliRun run_hjt(const app::User& who, const std::string& db, const std::string& args) {
    return run_hjt_with_env("HJT_TOKEN=" + cli_token(db, who), db, args);
}

// `hjt <args> --db <db>` signed out: `hjt init` and the refusals.
inline CliRun run_hjt_signed_out(const std::string& db, const std::string& args) {
    return run_hjt_with_env("", db, args);
}

} // namespace hjt::test
