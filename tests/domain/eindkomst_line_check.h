// Checks an eIndkomst file line by line against the record tables
// (domain/eindkomst_records.h), independently of the writer: each line's
// length, its Lb_nr (1, 2, 3, …), every field's content by its type (numeric:
// digits, right-aligned and zero-filled; alphanumeric: printable ASCII),
// mandatory fields present, fillers blank or zero, and the 9999 end record's
// count of records. Returns what is wrong, one text a problem.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "domain/eindkomst_records.h"

namespace hjt::test {

inline std::vector<std::string> eindkomst_lines(const std::string& file) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = file.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(file.substr(start, end - start));
    if (start != file.size()) lines.push_back(file.substr(start));  // no CR LF after the last: reported below
    return lines;
}

inline std::vector<std::string> eindkomst_problems(const std::string& file) {
    using namespace hjt::eindkomst;
    std::vector<std::string> problems;
    const auto lines = eindkomst_lines(file);
    if (file.size() < 2 || file.substr(file.size() - 2) != "\r\n") problems.push_back("the file does not end in CR LF");
    auto all = [](const std::string& s, auto pred) { return std::all_of(s.begin(), s.end(), pred); };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const std::string where = "line " + std::to_string(i + 1) + ": ";
        if (line.size() < 11) {
            problems.push_back(where + "shorter than Lb_nr and Rec_nr");
            continue;
        }
        const RecordSpec* spec = nullptr;
        for (const auto& s : record_specs())
            if (std::to_string(s.record) == line.substr(7, 4)) spec = &s;
        if (spec == nullptr) {
            problems.push_back(where + "unknown record " + line.substr(7, 4));
            continue;
        }
        if (static_cast<int>(line.size()) != spec->length())
            problems.push_back(where + "length " + std::to_string(line.size()) + ", record " +
                               std::to_string(spec->record) + " has " + std::to_string(spec->length()));
        for (const auto& f : spec->fields) {
            if (f.position - 1 + f.length > static_cast<int>(line.size())) break;
            const std::string value = line.substr(static_cast<std::size_t>(f.position - 1), static_cast<std::size_t>(f.length));
            const std::string name = where + std::to_string(spec->record) + "." + std::to_string(f.number) + " " + f.name;
            const bool blank = all(value, [](char c) { return c == ' '; });
            const bool digits = all(value, [](char c) { return c >= '0' && c <= '9'; });
            if (f.filler) {
                if (f.type == FieldType::numeric ? !all(value, [](char c) { return c == '0'; }) : !blank)
                    problems.push_back(name + ": filler \"" + value + "\"");
            } else if (blank) {
                if (f.mandatory) problems.push_back(name + ": mandatory, blank");
            } else if (f.type == FieldType::numeric && !digits) {
                problems.push_back(name + ": numeric \"" + value + "\"");
            } else if (f.type == FieldType::alphanumeric && (value.front() == ' ' || !all(value, [](char c) {
                                                                  return c >= ' ' && c <= '~';
                                                              }))) {
                problems.push_back(name + ": alphanumeric not left-aligned ASCII \"" + value + "\"");
            }
        }
        if (line.substr(0, 7) != std::string(7 - std::to_string(i + 1).size(), '0') + std::to_string(i + 1))
            problems.push_back(where + "Lb_nr " + line.substr(0, 7));
    }
    if (lines.empty() || lines.front().substr(7, 4) != "1000") problems.push_back("the file does not open with 1000");
    if (lines.empty() || lines.back().substr(7, 4) != "9999") {
        problems.push_back("the file does not end with 9999");
    } else if (std::stoll(lines.back().substr(11, 7)) != static_cast<long long>(lines.size())) {
        problems.push_back("9999 counts " + lines.back().substr(11, 7) + " records, the file has " +
                           std::to_string(lines.size()));
    }
    return problems;
}

// The line's field `number` of its record, as written.
inline std::string eindkomst_field(const std::string& line, int number) {
    const auto& spec = hjt::eindkomst::record_spec(std::stoi(line.substr(7, 4)));
    for (const auto& f : spec.fields)
        if (f.number == number)
            return line.substr(static_cast<std::size_t>(f.position - 1), static_cast<std::size_t>(f.length));
    return "?";
}

} // namespace hjt::test
