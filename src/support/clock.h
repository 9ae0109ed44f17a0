// The one format for stored timestamps: UTC, ISO 8601, whole seconds
// ("2026-03-01T09:15:00Z"). Being fixed-width, such strings sort and compare
// like the instants they name, which session expiry relies on.
//
// now() is the system clock, unless a test has stopped time at an instant of
// its choosing (set_test_now): session timeouts and login delays are then
// tested by moving that instant, never by sleeping.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace hjt::support {

std::chrono::system_clock::time_point now();
std::string utc_timestamp(std::chrono::system_clock::time_point t);
std::string utc_now();
// "2026-03-01T09:15:00Z" back to its instant; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_utc_timestamp(const std::string& text);

// Tests only: now() answers `t` until set again; nullopt restores the system clock.
void set_test_now(std::optional<std::chrono::system_clock::time_point> t);

} // namespace hjt::support
