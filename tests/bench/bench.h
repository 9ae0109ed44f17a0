// The bench target: each benchmark registers itself and prints absolute times
// and ratios against a baseline measured in the same run. No assertions.
#pragma once

#include <chrono>
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

} // namespace hjt::bench
