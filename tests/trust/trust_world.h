// A small generated municipality for the tests that drive the real hjt
// executable: 30 families of 2026 (without users.csv: hashing passwords is
// slow on purpose and would only stretch the runs), a shift file of the first
// 800 generated shifts, and databases made from them by hjt commands.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "cli_session.h"
#include "hjt_process.h"
#include "import/scratch_folder.h"
#include "test_actor.h"

namespace hjt::test {

using HjtStep = std::pair<app::User, std::vector<std::string>>;  // the acting hjt user, arguments

class TrustWorld {
public:
    static constexpr const char* kMonth = "2026-03";

    testing::ScratchFolder folder;
    std::string register_dir = folder.file("register").string();
    std::string shifts_csv = folder.file("shifts.csv").string();

    explicit TrustWorld(const std::string& name) : folder(name) {
        run_ok("", {"generate", "--families", "30", "--year", "2026", "--seed", "29", "--shifts", "--out",
                       register_dir});
        std::filesystem::remove(folder.file("register") / "users.csv");
        std::ifstream all(folder.file("register") / "shifts.csv");
        std::ofstream some(shifts_csv);
        std::string line;
        for (int n = 0; n <= 800 && std::getline(all, line); ++n) some << line << '\n';
        std::filesystem::remove(folder.file("register") / "shifts.csv");
    }

    // "" for the token runs signed out (hjt generate, hjt init).
    void run_ok(const std::string& token, const std::vector<std::string>& args) {
        ProcessEnd end = run_hjt_process(token, args, folder.file("setup").string());
        INFO("hjt " << args.front() << ": " << end.err);
        REQUIRE(end.exit_code == 0);
    }

    // `hjt init` and then `steps` on a new database; closed when it returns.
    std::string database(const std::string& name, const std::vector<HjtStep>& steps) {
        const std::string db = folder.file(name + ".db").string();
        run_ok("", {"init", "--db", db});
        for (auto [who, args] : steps) {
            args.insert(args.end(), {"--db", db});
            run_ok(token(db, who), args);
        }
        return db;
    }

    // A session of `who` stored in `db` (so copies of a template carry it).
    static std::string token(const std::string& db, const app::User& who) { return cli_token(db, who); }

    static app::User admin() { return admin_actor("admin"); }
    HjtStep import_register() const { return {admin(), {"import", register_dir}}; }
    static HjtStep prepare() { return {finance_actor("finance1"), {"payout", "prepare", "--month", kMonth}}; }
};

} // namespace hjt::test
