#include "support/clock.h"

#include <date/date.h>

#include <atomic>
#include <limits>
#include <sstream>

namespace hjt::support {
namespace {

using Ticks = std::chrono::system_clock::duration::rep;
constexpr Ticks kSystemClock = std::numeric_limits<Ticks>::min();
// Read by every request thread while a test moves it: atomic.
std::atomic<Ticks> test_now{kSystemClock};

} // namespace

std::chrono::system_clock::time_point now() {
    const Ticks t = test_now.load();
    if (t == kSystemClock) return std::chrono::system_clock::now();
    return std::chrono::system_clock::time_point(std::chrono::system_clock::duration(t));
}

std::string utc_timestamp(std::chrono::system_clock::time_point t) {
    return date::format("%FT%TZ", date::floor<std::chrono::seconds>(t));
}

std::string utc_now() { return utc_timestamp(now()); }

std::optional<std::chrono::system_clock::time_point> parse_utc_timestamp(const std::string& text) {
    std::istringstream in(text);
    date::sys_seconds t;
    in >> date::parse("%FT%TZ", t);
    if (in.fail() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
    return t;
}

void set_test_now(std::optional<std::chrono::system_clock::time_point> t) {
    test_now.store(t ? t->time_since_epoch().count() : kSystemClock);
}

} // namespace hjt::support
