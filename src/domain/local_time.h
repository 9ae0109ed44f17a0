// A stored instant (UTC, "2026-12-04T13:42:27Z", as support::utc_now writes
// it) as a person in Denmark reads it (issue 19): local Europe/Copenhagen
// time, daylight saving included, "04-12-2026 kl. 14:42".
#pragma once

#include <string>

namespace hjt {

// Text that is not such an instant is returned as it is (never a guess).
std::string danish_local_time(const std::string& utc_iso);

} // namespace hjt
