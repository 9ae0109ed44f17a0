// A written statement workbook as the tests read it back: its sheets' cells
// (app/xlsx_reader), a figure found by its label in column A, and the text of
// every XML part (to look for CPR numbers).
#pragma once

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "app/xlsx_reader.h"

namespace hjt::test {

// The statement workbook's sheets, in order (reports/annual_statement_sheet.h).
namespace sheets {
inline constexpr int kSummary = 1, kMonths = 2, kHelpers = 3, kExcluded = 4, kExpenses = 5;
}

inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class StatementWorkbook {
public:
    explicit StatementWorkbook(const std::string& path) : bytes_(file_bytes(path)), path_(path) {}

    std::vector<app::XlsxRow> sheet(int number) const { return app::read_sheet(bytes_, number, path_); }

    // The row of `sheet` whose column A reads `label` (the first, or the n-th with `occurrence`).
    app::XlsxRow row(int sheet_number, const std::string& label, int occurrence = 1) const {
        for (const auto& r : sheet(sheet_number)) {
            auto a = r.cells.find(0);
            if (a != r.cells.end() && a->second.text == label && --occurrence == 0) return r;
        }
        FAIL("no row '" << label << "' on sheet " << sheet_number << " of " << path_);
        return {};
    }
    // The number in column `column` of that row, in øre or hundredths (exact: Excel wrote two decimals).
    long long hundredths(int sheet_number, const std::string& label, int column = 1, int occurrence = 1) const {
        return hundredths_of(row(sheet_number, label, occurrence), column);
    }
    // The row of `sheet` whose column A is the date cell of `day` (a day serial, not a text; the n-th with `occurrence`).
    app::XlsxRow row_dated(int sheet_number, date::year_month_day day, int occurrence = 1) const {
        for (const auto& r : sheet(sheet_number)) {
            auto a = r.cells.find(0);
            if (a != r.cells.end() && a->second.numeric && app::date_of_serial(*a->second.numeric) == day &&
                --occurrence == 0)
                return r;
        }
        FAIL("no row dated " << date::format("%F", day) << " on sheet " << sheet_number << " of " << path_);
        return {};
    }
    static std::string text_of(const app::XlsxRow& row, int column) {
        auto c = row.cells.find(column);
        return c == row.cells.end() ? "" : c->second.text;
    }
    const std::string& bytes() const { return bytes_; }

    std::string text(int sheet_number, const std::string& label, int column, int occurrence = 1) const {
        auto r = row(sheet_number, label, occurrence);
        auto c = r.cells.find(column);
        return c == r.cells.end() ? "" : c->second.text;
    }

    static long long hundredths_of(const app::XlsxRow& row, int column) {
        auto c = row.cells.find(column);
        REQUIRE(c != row.cells.end());
        REQUIRE(c->second.numeric);
        return std::llround(*c->second.numeric * 100);
    }

    // Every part of the zip, decompressed and joined: what a CPR scan must search.
    std::string all_parts() const {
        std::istringstream in(bytes_);
        Poco::Zip::ZipArchive archive(in);
        std::string all;
        for (auto h = archive.headerBegin(); h != archive.headerEnd(); ++h) {
            std::istringstream part_in(bytes_);
            Poco::Zip::ZipInputStream part(part_in, h->second, true);
            all += std::string(std::istreambuf_iterator<char>(part), {}) + "\n";
        }
        return all;
    }
    // The formula text of sheet `number`'s XML (for "<f>SUM(B5:B16)</f>" checks).
    std::string sheet_xml(int number) const {
        return app::xlsx_part(bytes_, "xl/worksheets/sheet" + std::to_string(number) + ".xml", path_);
    }

private:
    std::string bytes_;
    std::string path_;
};

} // namespace hjt::test
