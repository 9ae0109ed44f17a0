// The bench target: each benchmark registers itself and prints absolute times
// and ratios against a baseline measured in the same run. No assertions.
#pragma once

#include <chrono>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

namespace hjt::bench {

struct Benchmark {
    std::string name;
    std::function<void()> run;
};

std::vector<Benchmark>& registry();

struct Register {
    Register(std::string name, std::function<void()> run) { registry().push_back({std::move(name), std::move(run)}); }
};

// Seconds taken by `work`.
inline double seconds(const std::function<void()>& work) {
    auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Wall and processor seconds of one run of `work`. Processor time is the
// steadier figure on a shared machine; wall time also counts disk waits.
struct Timing {
    double wall = 0, cpu = 0;
};

inline Timing timed(const std::function<void()>& work) {
    const std::clock_t cpu_start = std::clock();
    Timing t;
    t.wall = seconds(work);
    t.cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    return t;
}

} // namespace hjt::bench
