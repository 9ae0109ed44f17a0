// "SQLite, then PostgreSQL if configured": a benchmark's run on a fresh SQLite
// file, and again on PostgreSQL when HJT_BENCH_DATABASE names a server
// (tests/postgres/throwaway-cluster.sh sets it), in a schema of its own that
// is dropped afterwards. The same run on both, so their figures compare.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "bench.h"
#include "store/database.h"

namespace hjt::bench {

// What one backend's run gets: the database, and a scratch folder for files it
// writes (removed at the end). It returns the timing the two backends are compared on.
using BackendRun = std::function<Timing(store::Database& db, const std::filesystem::path& folder)>;

// Runs `run_on` on each backend, printing "-- SQLite" / "-- PostgreSQL" before
// each run and then "<compared> PostgreSQL / SQLite: ... (wall), ... (cpu)".
// `name` makes the scratch folder and schema names ("hjt_bench_<name>_<pid>").
void on_each_backend(const std::string& name, const std::string& compared, const BackendRun& run_on);

} // namespace hjt::bench
