// An xlsx timesheet (a zip of XML parts) as a family might send it: the first
// sheet's cells, then the rows the shift import takes from it. A workbook that
// cannot be read must be a ValidationError; anything else escaping, a crash or
// a sanitizer report is a bug. The seed corpus holds real templates, so the
// fuzzer starts from valid zips and mutates the XML inside.
#include <cstddef>
#include <cstdint>
#include <string>

#include "app/shift_file.h"
#include "app/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        for (const auto& row : hjt::app::read_first_sheet(bytes, "fuzz.xlsx"))
            for (const auto& [column, cell] : row.cells)
                if (cell.numeric) {
                    hjt::app::date_of_serial(*cell.numeric);
                    hjt::app::minute_of_day_fraction(*cell.numeric);
                }
    } catch (const hjt::ValidationError&) {
    }
    try {
        hjt::app::read_shift_xlsx(bytes, "fuzz.xlsx", std::nullopt);
    } catch (const hjt::ValidationError&) {
    }
    return 0;
}
