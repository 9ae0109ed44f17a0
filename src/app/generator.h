// `hjt generate`: a synthetic municipality in the import format (the files of
// sample-data/, see its README), of any size, for benchmarks and load tests.
// Deterministic by seed: the same options give byte-identical files on every
// platform (app/seeded_random.h). Identifiers pass the register's checks but
// are fictitious (app/synthetic_ids.h). The register files do not depend on
// --shifts: shifts draw from their own random stream.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/progress.h"

namespace hjt::app {

struct GenerateOptions {
    long long families = 25;
    int year = 2026;
    std::string out_dir;
    std::uint64_t seed = 1;
    bool shifts = false;  // also write shifts.csv (helper;date;start;end)
};

struct GenerateReport {
    // (file, data rows) in the order written.
    std::vector<std::pair<std::string, long long>> files;
};

// Creates `out_dir` if needed and (over)writes the files in it. UsageError
// for a family count below 1 or a year outside 2000–2099.
GenerateReport generate_municipality(const GenerateOptions& options, const Progress& progress = {});

} // namespace hjt::app
