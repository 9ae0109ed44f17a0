// Progress of a long job, reported as (stage, done, total). The CLI shows it
// on stderr (cli::Context::progress); tests and the API pass nothing.
#pragma once

#include <algorithm>
#include <functional>
#include <string>

namespace hjt::app {

using Progress = std::function<void(const std::string& stage, long long done, long long total)>;

// Counts steps of one stage and reports about a hundred times at most, so a
// job of millions of steps does not spend its time printing.
class ProgressTicker {
public:
    ProgressTicker(const Progress& progress, std::string stage, long long total)
        : progress_(progress), stage_(std::move(stage)), total_(total), step_(std::max(1LL, total / 100)) {}

    void tick() {
        if (progress_ && (++done_ % step_ == 0 || done_ == total_)) progress_(stage_, done_, total_);
    }

    // The same for steps that move by more than one (bytes of a file read a
    // row at a time); nothing when the total is unknown (0).
    void reach(long long done) {
        const bool report = total_ > 0 && (done / step_ > done_ / step_ || (done == total_ && done_ != total_));
        done_ = done;
        if (progress_ && report) progress_(stage_, done_, total_);
    }

private:
    const Progress& progress_;
    std::string stage_;
    long long total_;
    long long step_;
    long long done_ = 0;
};

} // namespace hjt::app
