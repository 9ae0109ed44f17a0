#include "kill_loop.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <thread>

#include "hjt_process.h"
#include "store_invariants.h"

namespace hjt::test {

namespace {

namespace fs = std::filesystem;

void remove_database(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix);
}

std::string fresh_copy(const std::string& template_db, const std::string& work_dir, const std::string& name) {
    const std::string path = (fs::path(work_dir) / name).string();
    remove_database(path);
    fs::copy_file(template_db, path);
    return path;
}

std::vector<std::string> with_db(std::vector<std::string> args, const std::string& db) {
    args.insert(args.end(), {"--db", db});
    return args;
}

RowCounts counts_of(const std::string& db_path) {
    store::Database db(db_path);
    return row_counts(db.session());
}

} // namespace

KillSummary kill_repeatedly(const KillCommand& command, const std::string& template_db, const std::string& work_dir,
                            int kills, std::uint64_t seed) {
    const RowCounts before = counts_of(template_db);
    const std::string full = fresh_copy(template_db, work_dir, "full.db");
    std::chrono::microseconds took{};
    ProcessEnd finished = run_hjt_process(command.token, with_db(command.args, full), full, &took);
    INFO("a full run: " << finished.err);
    REQUIRE(finished.exit_code == 0);
    const RowCounts after = counts_of(full);
    REQUIRE(after != before);  // else all-or-nothing would prove nothing

    std::mt19937_64 random(seed);
    std::uniform_int_distribution<long long> delay_us(0, took.count() * 5 / 4);
    KillSummary summary;
    for (int i = 0; i < kills; ++i) {
        const auto delay = std::chrono::microseconds(delay_us(random));
        INFO("seed " << seed << ", kill " << i << " after " << delay.count() << " µs of a " << took.count()
                     << " µs run");
        const std::string db = fresh_copy(template_db, work_dir, "killed.db");
        ProcessEnd end;
        {
            HjtProcess process(command.token, with_db(command.args, db), db);
            std::this_thread::sleep_for(delay);
            process.kill_now();
            end = process.wait();
        }
        if (!end.killed) {
            INFO(end.err);
            CHECK(end.exit_code == 0);
        }
        (end.killed ? summary.killed : summary.finished)++;

        RowCounts left;
        {
            store::Database reopened(db);  // recovers the WAL as any next user would
            check_store_is_sound(reopened);
            left = row_counts(reopened.session());
        }
        CHECK((left == before || left == after));
        // Every fourth crash that left nothing: the command can simply be run again.
        if (left == before && i % 4 == 0) {
            ProcessEnd again = run_hjt_process(command.token, with_db(command.args, db), db);
            INFO(again.err);
            CHECK(again.exit_code == 0);
            CHECK(counts_of(db) == after);
            ++summary.redone;
        }
    }
    remove_database(full);
    remove_database((fs::path(work_dir) / "killed.db").string());
    return summary;
}

} // namespace hjt::test
