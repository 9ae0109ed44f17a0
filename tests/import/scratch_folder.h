// A throw-away folder per test case (temp dir, unique by process id and a
// counter, removed afterwards), with the edits the import tests make to a
// copy of sample-data/: set one field of one line, rewrite a whole file.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "domain/csv.h"

namespace hjt::testing {

class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("hjt_" + name + "_" + std::to_string(::getpid()) + "_" + std::to_string(next_number()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchFolder() { std::filesystem::remove_all(path_); }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    std::string path() const { return path_.string(); }
    std::filesystem::path file(const std::string& name) const { return path_ / name; }

    // Copies every CSV file of sample-data/ (cwd is the project root).
    ScratchFolder& with_sample_data() {
        for (const auto& entry : std::filesystem::directory_iterator("sample-data"))
            if (entry.path().extension() == ".csv") std::filesystem::copy_file(entry.path(), path_ / entry.path().filename());
        return *this;
    }

    std::string read(const std::string& name) const {
        std::ifstream in(file(name), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

    void write(const std::string& name, const std::string& text) const {
        std::ofstream(file(name), std::ios::binary | std::ios::trunc) << text;
    }

    // Replaces the field under `column` on 1-based `line` of a file whose
    // lines hold no quoted fields (true of sample-data/).
    void set_field(const std::string& name, std::size_t line, const std::string& column, const std::string& value) const {
        std::istringstream in(read(name));
        std::string out, text;
        std::size_t column_index = std::string::npos;
        for (std::size_t n = 1; std::getline(in, text); ++n) {
            if (n == 1) column_index = index_of(text, column);
            if (n == line) {
                REQUIRE(text.find('"') == std::string::npos);
                auto fields = parse_csv(text).at(0).fields;
                REQUIRE(column_index < fields.size());
                fields[column_index] = value;
                text = csv_record(fields);
                text.pop_back();  // the newline getline took off is added below
            }
            out += text + "\n";
        }
        write(name, out);
    }

private:
    static std::size_t index_of(const std::string& header, const std::string& column) {
        auto names = parse_csv(header).at(0).fields;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == column) return i;
        FAIL("no column " << column);
        return 0;
    }
    static int next_number() {
        static std::atomic<int> counter{0};
        return ++counter;
    }

    std::filesystem::path path_;
};

} // namespace hjt::testing
