// A file of shifts as the family sends it, read a row of text at a time as the
// import checks it against the register (issue 18: a municipality's year is
// millions of rows, and neither the file's text nor its rows are held whole):
// - CSV: ";" separated, UTF-8 with or without BOM, CRLF or LF, header
//   `helper;date;start;end` (or Danish `hjælper;dato;start;slut`), an optional
//   `hours`/`timer` column in decimal comma that must match the shift's real
//   length, and an optional `kind`/`art` column: work or sick (arbejde/syg),
//   empty is work. `helper` is the helper's import key, or else the helper's id.
// - xlsx: the timesheet template (reports/timesheet_template.h): the helper in
//   the "Hjælper" cell, one shift a row under the Dato/Start/Slut/Art header.
// Problems with the file's form are collected per line, not thrown, so the
// import can list every bad line of the file at once: the header's when the
// file is opened, a broken quote when the reading reaches it (it ends the rows).
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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

class ShiftFile {
public:
    class Rows;  // where the rows come from: a CSV stream, or a spreadsheet's rows (shift_file.cpp)

    ShiftFile();  // a file with no rows
    ShiftFile(std::string source, std::unique_ptr<Rows> rows, std::vector<LineProblem> problems, long long extent);
    ShiftFile(ShiftFile&&) noexcept;
    ShiftFile& operator=(ShiftFile&&) noexcept;
    ~ShiftFile();

    const std::string& source() const { return source_; }  // file name, for messages
    // The next row into `row`; false at the end of the file, or at a problem
    // that ends it (added to problems()).
    bool next(ShiftFileRow& row);
    // Problems with the file's form found so far.
    const std::vector<LineProblem>& problems() const { return problems_; }
    // How far the reading has come of how far the file goes, for progress: bytes
    // of a CSV (extent 0 when its size is unknown), rows of a spreadsheet.
    long long extent() const { return extent_; }
    long long reached() const;

private:
    std::string source_;
    std::unique_ptr<Rows> rows_;
    std::vector<LineProblem> problems_;
    long long extent_ = 0;
};

// The whole file refused: every problem, by line. field() is "<source>:<first bad line>".
class ShiftFileRejected : public ValidationError {
public:
    ShiftFileRejected(const std::string& source, std::vector<LineProblem> problems);
    const std::vector<LineProblem>& problems() const { return problems_; }

private:
    std::vector<LineProblem> problems_;
};

// CSV read from `in` as the rows are asked for; `bytes`: its size when known.
ShiftFile read_shift_csv(std::unique_ptr<std::istream> in, const std::string& source, long long bytes = 0);
// The same from text in memory (an upload's body), which the file then owns.
ShiftFile read_shift_csv(std::string text, const std::string& source);
// `helper`: used when the sheet's Hjælper cell is empty; both given and different is a problem.
ShiftFile read_shift_xlsx(const std::string& bytes, const std::string& source, const std::optional<std::string>& helper);
// The CSV template a family fills in: the Danish header the reader takes
// (import_format::shift_columns_danish, with the kind column), UTF-8 with a
// BOM so Excel shows æ, ø and å, CR LF.
std::string shift_csv_template();

// A timesheet (xlsx) is a zip: its first bytes are "PK".
bool is_zip(std::string_view first_bytes);
// By content (is_zip): a timesheet or a CSV.
ShiftFile read_shift_file(std::string bytes, const std::string& source, const std::optional<std::string>& helper);

} // namespace hjt::app
