// Typed reading of one CSV row of an import file. Every problem is recorded
// as "file:line: column: reason [code]" (the reason a catalogue entry of
// domain/messages.h, in Danish) and reading goes on, so one pass over a folder
// reports every bad field at once instead of stopping at the first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/award_purpose.h"
#include "domain/calendar.h"
#include "domain/csv.h"
#include "domain/messages.h"
#include "domain/units.h"

namespace hjt::app {

// Where a row came from, for error messages.
struct Source {
    std::string file;
    std::size_t line = 0;

    std::string where() const { return file + ":" + std::to_string(line); }
};

class ImportErrors {
public:
    void add(const Source& at, const std::string& column, const Message& reason);
    // For problems of a whole file (unreadable, missing header).
    void add(const std::string& where, const Message& reason);
    // A refusal thrown by a reader or a service, told at `where`.
    void add(const std::string& where, const std::exception& refused);
    bool empty() const { return messages_.empty(); }
    const std::vector<std::string>& messages() const { return messages_; }
    const std::string& first_location() const { return first_location_; }

private:
    std::vector<std::string> messages_;
    std::string first_location_;
};

class FieldReader {
public:
    FieldReader(const CsvHeader& header, const CsvRow& row, Source at, ImportErrors& errors)
        : header_(header), row_(row), at_(std::move(at)), errors_(errors) {}

    const Source& source() const { return at_; }
    // Records a problem with this row that no single field reveals.
    void fail(const std::string& column, const Message& reason) const { errors_.add(at_, column, reason); }

    std::string text(const std::string& column) const;           // required, non-empty
    std::string optional_text(const std::string& column) const;  // may be empty
    Date date(const std::string& column) const;                  // dd-mm-yyyy, required
    std::optional<Date> optional_date(const std::string& column) const;
    Money amount(const std::string& column) const;   // "1.234,56", ≥ 0
    Hours hours(const std::string& column) const;    // "20,00", ≥ 0
    std::optional<Hours> optional_hours(const std::string& column) const;
    Rate percent(const std::string& column) const;   // "38,0" → 3800 bp, 0–100 %
    AwardPurpose purpose(const std::string& column) const;  // a code of domain/award_purpose.h

private:
    // The field's text, or nullopt after recording that it is empty.
    std::optional<std::string> present(const std::string& column) const;
    // Refuses a leading minus with a clear reason; true when the text may be parsed.
    bool not_negative(const std::string& column, const std::string& value) const;

    const CsvHeader& header_;
    const CsvRow& row_;
    Source at_;
    ImportErrors& errors_;
};

} // namespace hjt::app
