// CSV as Danish spreadsheets write it: ";" separated, optional UTF-8 BOM,
// CRLF or LF line ends, fields optionally quoted ("a;b", "say ""hi""").
// Pure: parses text already read by the caller (parse_csv) or read from a
// stream a record at a time (CsvReader), so the import, the shift upload and
// the tests share one tokenizer.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hjt {

struct CsvRow {
    std::size_t line = 0;             // 1-based line where the record starts
    std::vector<std::string> fields;  // unquoted, untrimmed
};

// Every record of `text`, the header included. Empty lines are skipped.
// Throws ValidationError on a quote that is never closed (a truncated file)
// or text after a closing quote; its field is "<source>:N", or "line N" when
// no source (file name) is given.
std::vector<CsvRow> parse_csv(std::string_view text, char sep = ';', std::string_view source = {});

// The same records, read from a stream one at a time: a file of millions of
// records (a municipality's year of shifts) is never held whole. `in` must
// outlive the reader.
class CsvReader {
public:
    explicit CsvReader(std::istream& in, char sep = ';', std::string source = {});
    ~CsvReader();

    // The next record that is not blank, into `row`; false at the end. Throws
    // as parse_csv, when the broken record is reached.
    bool next(CsvRow& row);
    // Bytes of the stream consumed so far (a BOM included), for progress.
    long long bytes_read() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

// A header row turned into a name → column lookup. Names compare trimmed and
// case-insensitively so "Key " and "key" are the same column.
class CsvHeader {
public:
    // Throws ValidationError(file + ":" + line, ...) naming every column of
    // `required` that the header lacks, and any column named twice.
    CsvHeader(const CsvRow& header, const std::string& file,
              const std::vector<std::string>& required,
              const std::vector<std::string>& optional = {});

    bool has(const std::string& column) const;

    // The trimmed field of `row` under `column`; "" when the column is
    // absent (optional) or the row is short.
    std::string get(const CsvRow& row, const std::string& column) const;

    // As get(), but nullopt when the field is empty or the column absent.
    std::optional<std::string> get_optional(const CsvRow& row, const std::string& column) const;

private:
    std::map<std::string, std::size_t> index_;
};

// The 1-based line of the first byte sequence that is not UTF-8 (a file saved
// as Windows-1252 by a spreadsheet, say), or nullopt when all is UTF-8.
std::optional<std::size_t> first_non_utf8_line(std::string_view text);

// A cell that a spreadsheet would run as a formula (it begins with =, +, -, @,
// a tab or a carriage return: OWASP's CSV-injection rule) gets a leading "'",
// so Excel shows it as text. A plain number ("-1234,56") is left as it is:
// it cannot be a formula, and amounts must stay numbers.
std::string spreadsheet_safe(std::string field);

// One record as text ending in "\n", every field spreadsheet_safe (hjt's CSV
// files are opened in Danish Excel); fields holding the separator, a quote or
// a line break are quoted.
std::string csv_record(const std::vector<std::string>& fields, char sep = ';');

// Fields are trimmed of spaces and tabs; exposed for callers that read raw fields.
std::string trim_field(std::string_view field);

} // namespace hjt
