// Reads the cells of a worksheet (normally the first) of an .xlsx workbook (a zip of XML
// parts: xl/sharedStrings.xml and xl/worksheets/sheet1.xml) with Poco::Zip and
// Poco::XML, for imports of files people filled in with Excel or LibreOffice.
#pragma once

#include <date/date.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hjt::app {

struct XlsxCell {
    std::string text;               // the cell's text: a string as written, a number as stored ("45726.5")
    std::optional<double> numeric;  // set for numeric cells: dates and times are day serials and day fractions
};

struct XlsxRow {
    std::size_t number = 0;           // Excel's 1-based row number
    std::map<int, XlsxCell> cells;    // by 0-based column (A = 0); empty cells absent
};

// The most one part of a workbook (a sheet's XML) may unpack to: a timesheet
// of a thousand rows is about 100 kB, and a DOM of the XML takes several times its size.
inline constexpr std::size_t kMaxXlsxPartBytes = 16 << 20;

// Throws ValidationError(source, ...) when the bytes are not a readable xlsx
// workbook, or a part of it unpacks to more than kMaxXlsxPartBytes.
std::vector<XlsxRow> read_first_sheet(const std::string& bytes, const std::string& source);
// The same for the workbook's n-th worksheet (1-based, in the workbook's order: xl/worksheets/sheet<n>.xml).
std::vector<XlsxRow> read_sheet(const std::string& bytes, int sheet_number, const std::string& source);

// One part of the workbook's zip as text ("" when absent), e.g.
// "xl/worksheets/sheet1.xml"; refused past `max_bytes` unpacked (a larger
// limit only for hjt's own files read back, as the benchmarks' floors do).
std::string xlsx_part(const std::string& bytes, const std::string& name, const std::string& source,
                      std::size_t max_bytes = kMaxXlsxPartBytes);

// Excel's day serial (1900 date system) to a date, and a day fraction to a
// minute of the day rounded to the nearest minute (1440 for a full day).
std::optional<date::year_month_day> date_of_serial(double serial);
int minute_of_day_fraction(double fraction);

} // namespace hjt::app
