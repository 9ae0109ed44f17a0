#include "reports/pdf_table.h"

#include <algorithm>
#include <numeric>

#include "reports/pdf_canvas.h"

namespace hjt::reports {

namespace {

constexpr double kPadding = 2.5;

// Each column's left edge and width in points.
struct Grid {
    std::vector<double> x, width;
};

Grid grid(const Canvas& canvas, const std::vector<PdfColumn>& columns) {
    const double weights = std::accumulate(columns.begin(), columns.end(), 0.0,
                                           [](double sum, const PdfColumn& c) { return sum + c.weight; });
    Grid g;
    double x = canvas.left();
    for (const auto& c : columns) {
        const double width = canvas.text_width() * c.weight / weights;
        g.x.push_back(x);
        g.width.push_back(width);
        x += width;
    }
    return g;
}

// One row's cells laid out, and the row's height.
struct LaidRow {
    std::vector<Layout> cells;
    double height = 0;
};

LaidRow lay_out(const Canvas& canvas, const Grid& g, const std::vector<PdfColumn>& columns,
                const std::vector<std::string>& cells, TextStyle style) {
    LaidRow row;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string text = i < cells.size() ? cells[i] : std::string();
        row.cells.push_back(canvas.layout(text, style, g.width[i] - 2 * kPadding,
                                          columns[i].numeric ? Align::right : Align::left));
        row.height = std::max(row.height, Canvas::height(row.cells.back()));
    }
    row.height += 2 * kPadding;
    return row;
}

void draw_row(Canvas& canvas, const Grid& g, const LaidRow& row) {
    for (std::size_t i = 0; i < row.cells.size(); ++i) canvas.draw(row.cells[i], g.x[i] + kPadding, canvas.y() + kPadding);
    canvas.advance(row.height);
}

class TableWriter {
public:
    TableWriter(Canvas& canvas, const PdfTable& t)
        : canvas_(canvas), table_(t), grid_(grid(canvas, t.columns)), right_(canvas.left() + canvas.text_width()),
          header_(lay_out(canvas, grid_, t.columns, titles(t), TextStyle::small_bold)) {}

    void write() {
        // The header never stands alone at the foot of a page.
        const double first = table_.rows.empty() ? 0 : row_of(table_.rows.front()).height;
        canvas_.keep(header_.height + first);
        header();
        for (const auto& r : table_.rows) row(r);
    }

private:
    static std::vector<std::string> titles(const PdfTable& t) {
        std::vector<std::string> titles;
        for (const auto& c : t.columns) titles.push_back(c.title);
        return titles;
    }
    LaidRow row_of(const PdfRow& r) const {
        return lay_out(canvas_, grid_, table_.columns, r.cells, r.total ? TextStyle::small_bold : TextStyle::small);
    }
    void header() {
        canvas_.shade(canvas_.left(), canvas_.y(), canvas_.text_width(), header_.height);
        draw_row(canvas_, grid_, header_);
        canvas_.line(canvas_.left(), right_, canvas_.y(), 0.6);
    }
    void row(const PdfRow& r) {
        const LaidRow laid = row_of(r);
        if (laid.height > canvas_.space_left()) {
            canvas_.new_page();
            header();
        }
        if (r.total) canvas_.line(canvas_.left(), right_, canvas_.y(), 0.6);
        draw_row(canvas_, grid_, laid);
    }

    Canvas& canvas_;
    const PdfTable& table_;
    Grid grid_;
    double right_;
    LaidRow header_;
};

} // namespace

void draw_table(Canvas& canvas, const PdfTable& table) { TableWriter(canvas, table).write(); }

} // namespace hjt::reports
