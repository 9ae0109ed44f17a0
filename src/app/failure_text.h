// What an unexpected failure may say to a person or a log (issue 17). A
// database error carries the statement and its bound values (SOCI adds them
// as context), so a CPR number or an account number being written would reach
// stderr and the server log: only the database's own message is kept, and any
// long run of digits in it is hidden.
#pragma once

#include <exception>
#include <string>

namespace hjt::app {

struct Failure {
    // The database cannot write (disk full, read-only file): a state of the
    // machine, not a bug; the API answers 503, the CLI exits 1.
    bool storage_unwritable = false;
    std::string text;  // Danish, without CPR numbers, account numbers or bound values
};

Failure describe_failure(const std::exception& e);

// `text` with every run of 6 or more digits (dashes and spaces between them
// included) replaced by "[skjult]".
std::string without_long_numbers(const std::string& text);

} // namespace hjt::app
