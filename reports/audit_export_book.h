// The auditor's export as plain sheets of cells, the one form both writers
// read: audit_export_xlsx writes it as a workbook (formulas with their cached
// values), audit_export_csv as one CSV per sheet (the cached values). The
// sheets are laid out by audit_export_sheets, which alone knows where each
// total lies and so writes the formulas that tie one sheet to another.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt::reports {

struct Cell {
    // hundredths: money in øre, hours in hundredths, rates in basis points
    // (hundredths of a percent): shown with two decimals.
    // date: a real date cell in the workbook (dd-mm-yyyy), ISO yyyy-mm-dd in the CSV.
    enum class Type { empty, text, integer, hundredths, date };
    Type type = Type::empty;
    std::string text;         // text, or a text formula's cached result
    std::int64_t value = 0;   // integer or hundredths, or a number formula's cached result
    std::string formula;      // "=SUM(H2:H9)": written as a formula with the value above cached
    Date day{};               // a date's day (text holds it as ISO)

    static Cell of(std::string text) { return {Type::text, std::move(text), 0, "", {}}; }
    static Cell date(Date d) { return {Type::date, iso(d), 0, "", d}; }
    static Cell integer(std::int64_t n) { return {Type::integer, "", n, "", {}}; }
    static Cell amount(Money m) { return {Type::hundredths, "", m.ore(), "", {}}; }
    static Cell hours(Hours h) { return {Type::hundredths, "", h.hundredths(), "", {}}; }
    static Cell percent(Rate r) { return {Type::hundredths, "", r.basis_points(), "", {}}; }
    static Cell amount_formula(std::string formula, Money cached) {
        return {Type::hundredths, "", cached.ore(), std::move(formula), {}};
    }
    static Cell text_formula(std::string formula, std::string cached) {
        return {Type::text, std::move(cached), 0, std::move(formula), {}};
    }
};

struct SheetRow {
    std::vector<Cell> cells;
    bool total = false;  // a totals row: bold with a rule above
};

struct Sheet {
    std::string name;      // the worksheet's name (at most 31 characters)
    std::string csv_name;  // the CSV file's name without ".csv" (ASCII, for any file system)
    std::vector<std::string> header;
    std::vector<double> widths;  // column widths in characters, one per header column
    std::vector<SheetRow> rows;  // the rows under the header, data first, totals last
    // A sheet too large to hold (a large year's audit entries): its data rows
    // made one at a time as the writer asks, written before `rows`. Each call
    // fills `row` and returns true, or returns false when there are no more.
    // Empty: every row is in `rows`.
    std::function<bool(SheetRow& row)> next_row{};
    bool filter = true;          // autofilter over the header (tables; not the explanation)
};

} // namespace hjt::reports
