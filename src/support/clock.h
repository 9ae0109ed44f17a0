// The one format for stored timestamps: UTC, ISO 8601, whole seconds
// ("2026-03-01T09:15:00Z"). Being fixed-width, such strings sort and compare
// like the instants they name, which session expiry relies on.
#pragma once

#include <chrono>
#include <string>

namespace hjt::support {

std::string utc_timestamp(std::chrono::system_clock::time_point t);
std::string utc_now();

} // namespace hjt::support
