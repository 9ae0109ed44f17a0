// A shift CSV file as a family might send it: read a row at a time and each row's
// date, times and hours parsed as the import does. Every refusal must be a
// ValidationError (a 400 or exit 1 naming the line); anything else escaping,
// a crash or a sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "app/shift_file.h"
#include "domain/danish_format.h"
#include "domain/shift_times.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    hjt::app::ShiftFile file = hjt::app::read_shift_csv(std::string(text), "fuzz.csv");
    for (hjt::app::ShiftFileRow row; file.next(row);) {
        try {
            hjt::parse_shift_times(row.date, row.start, row.end);
        } catch (const hjt::ValidationError&) {
        }
        if (!row.hours.empty()) hjt::parse_hours(row.hours);
    }
    return 0;
}
