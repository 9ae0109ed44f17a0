// The xlsx timesheet a family fills in for one helper (`hjt shifts template`):
// an instruction, the helper's id or import key, and one shift a row under the
// header Dato | Start | Slut | Art, each column with data validation so Excel
// refuses a date or time that is not one, and a kind other than arbejde or syg
// (empty is arbejde: worked hours; syg: sick hours, paid at the wage). The shift import reads the same layout, so
// the layout is defined here once.
#pragma once

#include <string>
#include <vector>

#include "domain/calendar.h"

namespace hjt::reports::timesheet {

inline const std::string sheet_name = "Timeseddel";
inline const std::string helper_label = "Hjælper";
inline const std::string date_header = "Dato";
inline const std::string start_header = "Start";
inline const std::string end_header = "Slut";
inline const std::string kind_header = "Art";
inline const std::string work_word = "arbejde";
inline const std::string sick_word = "syg";
constexpr int kind_column = 3;       // column D
constexpr int helper_row = 3;        // 0-based: Excel row 4, label in A, value in B
constexpr int header_row = 5;        // Excel row 6
constexpr int first_shift_row = 6;   // Excel row 7
constexpr int validated_rows = 1000; // rows below the header with data validation

// A shift already known, written into the sheet (a pre-filled timesheet).
struct Row {
    Date date;
    int start_minute = 0;  // minutes after midnight
    int end_minute = 0;    // minutes after midnight; earlier than start: the next day
    bool sick = false;     // written "syg" in the Art column, else "arbejde"
};

// Writes the template; `helper` pre-fills the Hjælper cell ("" leaves it empty).
// Throws std::runtime_error when the file cannot be written.
void write(const std::string& path, const std::string& helper, const std::vector<Row>& rows = {});

} // namespace hjt::reports::timesheet
