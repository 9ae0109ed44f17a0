// Reading back what a test wrote: a file's bytes, and one member of an xlsx
// (a zip) by the unzip tool. The writers use constant-memory mode, so a
// sheet's strings are inline in its XML and a test can look for them there.
#pragma once

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace hjt::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string xlsx_part(const std::string& xlsx, const std::string& member) {
    std::string command = "unzip -p '" + xlsx + "' '" + member + "'";
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

} // namespace hjt::test
