// A file of shifts as the family sends it, read into rows of text before
// anything is checked against the register:
// - CSV: ";" separated, UTF-8 with or without BOM, CRLF or LF, header
//   `helper;date;start;end` (or Danish `hjælper;dato;start;slut`), an optional
//   `hours`/`timer` column in decimal comma that must match the shift's real
//   length, and an optional `kind`/`art` column: work or sick (arbejde/syg),
//   empty is work. `helper` is the helper's import key, or else the helper's id.
// - xlsx: the timesheet template (reports/timesheet_template.h): the helper in
//   the "Hjælper" cell, one shift a row under the Dato/Start/Slut/Art header.
// Problems with the file's form are collected per line, not thrown, so the
// import can list every bad line of the file at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/errors.h"

namespace hjt::app {

struct ShiftFileRow {
    std::size_t line = 0;  // CSV line or spreadsheet row, 1-based
    std::string helper;    // import key or id
    std::string date, start, end;
    std::string hours;     // "" when the file has no hours column
    std::string kind;      // "" when the file has no kind column (work)
};

struct LineProblem {
    std::size_t line = 0;  // 0: the file as a whole
    std::string column;
    std::string reason;
};

struct ShiftFile {
    std::string source;  // file name, for messages
    std::vector<ShiftFileRow> rows;
    std::vector<LineProblem> problems;
};

// The whole file refused: every problem, by line. field() is "<source>:<first bad line>".
class ShiftFileRejected : public ValidationError {
public:
    ShiftFileRejected(const std::string& source, std::vector<LineProblem> problems);
    const std::vector<LineProblem>& problems() const { return problems_; }

private:
    std::vector<LineProblem> problems_;
};

ShiftFile read_shift_csv(std::string_view text, const std::string& source);
// `helper`: used when the sheet's Hjælper cell is empty; both given and different is a problem.
ShiftFile read_shift_xlsx(const std::string& bytes, const std::string& source, const std::optional<std::string>& helper);
// The CSV template a family fills in: the Danish header the reader takes
// (import_format::shift_columns_danish, with the kind column), UTF-8 with a
// BOM so Excel shows æ, ø and å, CR LF.
std::string shift_csv_template();

// By content: a zip (xlsx) starts with "PK".
ShiftFile read_shift_file(const std::string& bytes, const std::string& source, const std::optional<std::string>& helper);

} // namespace hjt::app
