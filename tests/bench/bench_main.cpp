// Runs every registered benchmark, or those whose name contains argv[1].
#include <cstdio>
#include <string>

#include "bench.h"

namespace hjt::bench {
std::vector<Benchmark>& registry() {
    static std::vector<Benchmark> benchmarks;
    return benchmarks;
}
} // namespace hjt::bench

int main(int argc, char** argv) {
    std::string filter = argc > 1 ? argv[1] : "";
    for (const auto& b : hjt::bench::registry()) {
        if (!filter.empty() && b.name.find(filter) == std::string::npos) continue;
        std::printf("== %s\n", b.name.c_str());
        std::fflush(stdout);
        b.run();
    }
}
