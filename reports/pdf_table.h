// A table in a PDF letter: a shaded header row, rows whose cells wrap within
// their column, total rows in bold under a rule. A table that runs past the
// foot of a page goes on at the top of the next with its header row again.
#pragma once

#include <string>
#include <vector>

namespace hjt::reports {

class Canvas;

struct PdfColumn {
    std::string title;
    double weight = 1;     // its share of the text width, relative to the others
    bool numeric = false;  // right-aligned (amounts, hours)
};

struct PdfRow {
    std::vector<std::string> cells;  // one per column; missing cells are empty
    bool total = false;              // bold, under a rule
};

struct PdfTable {
    std::vector<PdfColumn> columns;
    std::vector<PdfRow> rows;
};

void draw_table(Canvas& canvas, const PdfTable& table);

} // namespace hjt::reports
