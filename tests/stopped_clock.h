// Time stopped for one test (support::set_test_now): session timeouts and
// login waits are tested by moving it, never by sleeping. Starts at the
// current second; the system clock comes back when the test ends.
#pragma once

#include <chrono>

#include "support/clock.h"

namespace hjt::test {

class StoppedClock {
public:
    StoppedClock() : at_(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())) {
        support::set_test_now(at_);
    }
    ~StoppedClock() { support::set_test_now(std::nullopt); }
    StoppedClock(const StoppedClock&) = delete;
    StoppedClock& operator=(const StoppedClock&) = delete;

    void advance(std::chrono::system_clock::duration by) {
        at_ += by;
        support::set_test_now(at_);
    }

private:
    std::chrono::system_clock::time_point at_;
};

} // namespace hjt::test
