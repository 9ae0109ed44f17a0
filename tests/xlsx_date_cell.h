// Whether a cell of a written workbook is a real date (issue 19): a number (a
// day serial) whose style's number format is dd-mm-yyyy, not a text that
// looks like a date. Read from the sheet's and the styles' XML parts.
#pragma once

#include <optional>
#include <regex>
#include <string>

#include "app/xlsx_reader.h"

namespace hjt::test {

// The date in `cell` ("B5") of sheet `sheet_number`, or nullopt when the cell
// is text, has no number, or is not formatted dd-mm-yyyy.
inline std::optional<date::year_month_day> date_cell(const std::string& bytes, int sheet_number, const std::string& cell) {
    const std::string sheet =
        app::xlsx_part(bytes, "xl/worksheets/sheet" + std::to_string(sheet_number) + ".xml", "test");
    std::smatch c;
    // A number cell has no t="s"/t="str"/t="inlineStr"; its style index in s="N".
    if (!std::regex_search(sheet, c, std::regex("<c r=\"" + cell + "\" s=\"([0-9]+)\"( t=\"[a-zA-Z]+\")?><v>([0-9.]+)</v>")) ||
        c[2].matched)
        return std::nullopt;
    const std::string styles = app::xlsx_part(bytes, "xl/styles.xml", "test");
    std::smatch xfs;
    if (!std::regex_search(styles, xfs, std::regex("<cellXfs[^>]*>([\\s\\S]*?)</cellXfs>"))) return std::nullopt;
    const std::string list = xfs[1];
    const std::regex xf("<xf numFmtId=\"([0-9]+)\"");
    auto it = std::sregex_iterator(list.begin(), list.end(), xf);
    for (int i = std::stoi(c[1]); i > 0 && it != std::sregex_iterator(); --i) ++it;
    if (it == std::sregex_iterator()) return std::nullopt;
    const std::string format_id = (*it)[1];
    if (!std::regex_search(styles, std::regex("<numFmt numFmtId=\"" + format_id + "\" formatCode=\"dd-mm-yyyy\"/>")))
        return std::nullopt;
    return app::date_of_serial(std::stod(c[3]));
}

} // namespace hjt::test
