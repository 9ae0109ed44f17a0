#include "support/clock.h"

#include <date/date.h>

namespace hjt::support {

std::string utc_timestamp(std::chrono::system_clock::time_point t) {
    return date::format("%FT%TZ", date::floor<std::chrono::seconds>(t));
}

std::string utc_now() { return utc_timestamp(std::chrono::system_clock::now()); }

} // namespace hjt::support
