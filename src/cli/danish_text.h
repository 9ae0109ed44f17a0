// The Danish forms the command line's text output shares (README "Kommandolinjen"):
// hours as "2,00 t", months as "december 2026", lists of months, columns padded.
// Only text mode uses them: --json keeps its codes, ISO months and øre.
#pragma once

#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/units.h"

namespace hjt::cli {

std::string hours_text(Hours hours);          // "2,00 t"
std::string minutes_text(long long minutes);  // 120 -> "2,00 t"
std::string periods_text(const std::vector<Period>& periods);  // "08-04-2024..12-04-2024, 01-07-2024..19-07-2024"
// "1 linje", "74 linjer": a count with its noun in the right number.
std::string counted(long long n, const char* one, const char* many);
// `text` followed by spaces up to `width` (at least one space), for a column.
std::string padded(const std::string& text, std::size_t width);
// `text` after spaces up to `width` (at least one space), for a right-aligned amount.
std::string right_aligned(const std::string& text, std::size_t width);

} // namespace hjt::cli
