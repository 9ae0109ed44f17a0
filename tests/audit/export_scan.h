// Looking inside an export the way an auditor's tool would: every part of an
// xlsx (a zip of XML parts), and a search for CPR numbers that are not masked.
#pragma once

#include <Poco/Zip/ZipArchive.h>

#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "app/xlsx_reader.h"
#include "support/clock.h"

namespace hjt::test {

// The year now, for exports that cover "this year" by default.
inline int this_year() { return std::stoi(support::utc_now().substr(0, 4)); }

inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every part of the zip by name, unpacked.
inline std::map<std::string, std::string> zip_parts(const std::string& bytes) {
    std::istringstream in(bytes);
    Poco::Zip::ZipArchive archive(in);
    std::map<std::string, std::string> parts;
    for (auto h = archive.headerBegin(); h != archive.headerEnd(); ++h)
        parts[h->first] = app::xlsx_part(bytes, h->first, "export");
    return parts;
}

// CPR-shaped numbers standing alone (DDMMYYSSSS or DDMMYY-SSSS, no letter,
// digit or decimal point right before or after: a SHA-256 hex string or the
// decimals of a number such as 12345.0699999999 never count). A masked number
// (DDMMYY-XXXX) has no digits after the dash and is not found.
inline std::vector<std::string> unmasked_cpr_numbers(const std::string& text) {
    static const std::regex cpr("(^|[^0-9A-Za-z.])([0-9]{6}-?[0-9]{4})(?=[^0-9A-Za-z.]|$)");
    std::vector<std::string> found;
    for (auto m = std::sregex_iterator(text.begin(), text.end(), cpr); m != std::sregex_iterator(); ++m)
        found.push_back((*m)[2]);
    return found;
}

} // namespace hjt::test
