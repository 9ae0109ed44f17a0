// The project's config/ folder (HJT_HOME when ctest runs a suite), for tests
// that seed a database from the real rate files and policy.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace hjt::test {

inline std::string project_config() {
    const char* home = std::getenv("HJT_HOME");
    return (std::filesystem::path(home ? home : ".") / "config").string();
}

} // namespace hjt::test
