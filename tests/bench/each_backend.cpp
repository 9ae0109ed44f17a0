#include "each_backend.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace hjt::bench {

void on_each_backend(const std::string& name, const std::string& compared, const BackendRun& run_on) {
    const std::string unique = "hjt_bench_" + name + "_" + std::to_string(::getpid());
    const auto folder = std::filesystem::temp_directory_path() / unique;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::printf("-- SQLite\n");
    Timing sqlite;
    {
        store::Database db((folder / "bench.db").string());
        sqlite = run_on(db, folder);
    }
    if (const char* server = std::getenv("HJT_BENCH_DATABASE")) {
        std::printf("-- PostgreSQL\n");
        std::fflush(stdout);
        store::Database db(std::string(server) + " schema=" + unique);
        const Timing postgres = run_on(db, folder);
        std::printf("%s PostgreSQL / SQLite: %.1f (wall), %.1f (cpu)\n", compared.c_str(),
                    postgres.wall / sqlite.wall, postgres.cpu / sqlite.cpu);
        db.session() << "DROP SCHEMA " + unique + " CASCADE";
    } else {
        std::printf("(set HJT_BENCH_DATABASE, or run under tests/postgres/throwaway-cluster.sh, for PostgreSQL)\n");
    }
    std::filesystem::remove_all(folder);
}

} // namespace hjt::bench
