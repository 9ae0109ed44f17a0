// Kills an hjt command at random moments and checks what it leaves behind.
//
// The command runs on a fresh copy of a template database each time and gets
// SIGKILL after a random delay between 0 and 1.25 times the time one full run
// takes (measured first, so the kills spread over the whole run on any
// machine). Afterwards the database must be sound (store_invariants.h) and
// every table must hold exactly the rows it held before the command or
// exactly those of a finished run: all or nothing. Seeded, so a failure
// repeats; the seed is printed with every failure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hjt::test {

struct KillCommand {
    std::string token;              // HJT_TOKEN: a session stored in the template database
    std::vector<std::string> args;  // without --db
};

struct KillSummary {
    int killed = 0;     // runs that SIGKILL ended mid-way
    int finished = 0;   // runs that had finished before the kill came
    int redone = 0;     // killed runs that left nothing and then ran again to the end
};

// `template_db` is closed (no -wal file); `work_dir` holds the copies.
KillSummary kill_repeatedly(const KillCommand& command, const std::string& template_db, const std::string& work_dir,
                            int kills, std::uint64_t seed);

} // namespace hjt::test
