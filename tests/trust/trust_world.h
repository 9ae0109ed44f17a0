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

#include "hjt_process.h"
#include "import/scratch_folder.h"

namespace hjt::test {

using HjtStep = std::pair<std::string, std::vector<std::string>>;  // HJT_USER, arguments

class TrustWorld {
public:
    static constexpr const char* kMonth = "2026-03";

    testing::ScratchFolder folder;
    std::string register_dir = folder.file("register").string();
    std::string shifts_csv = folder.file("shifts.csv").string();

    explicit TrustWorld(const std::string& name) : folder(name) {
        run_ok("gen", {"generate", "--families", "30", "--year", "2026", "--seed", "29", "--shifts", "--out",
                       register_dir});
        std::filesystem::remove(folder.file("register") / "users.csv");
        std::ifstream all(folder.file("register") / "shifts.csv");
        std::ofstream some(shifts_csv);
        std::string line;
        for (int n = 0; n <= 800 && std::getline(all, line); ++n) some << line << '\n';
        std::filesystem::remove(folder.file("register") / "shifts.csv");
    }

    void run_ok(const std::string& user, const std::vector<std::string>& args) {
        ProcessEnd end = run_hjt_process(user, args, folder.file("setup").string());
        INFO("hjt " << args.front() << ": " << end.err);
        REQUIRE(end.exit_code == 0);
    }

    // `hjt init` and then `steps` on a new database; closed when it returns.
    std::string database(const std::string& name, const std::vector<HjtStep>& steps) {
        const std::string db = folder.file(name + ".db").string();
        run_ok("admin", {"init", "--db", db});
        for (auto [user, args] : steps) {
            args.insert(args.end(), {"--db", db});
            run_ok(user, args);
        }
        return db;
    }

    HjtStep import_register() const { return {"admin", {"import", register_dir}}; }
    static HjtStep prepare() { return {"finance1", {"payout", "prepare", "--month", kMonth}}; }
};

} // namespace hjt::test
