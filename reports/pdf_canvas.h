// The page under the pen: one Cairo PDF surface (A4, PDF 1.5, fonts embedded),
// text laid out by Pango, a cursor that flows down the page and starts a new
// page when a block does not fit, and "Side i af N" at the foot of each page.
// Every Cairo call's status is checked (Cairo's status is sticky, so checking
// after each drawing step catches the first failure): a failure throws
// std::runtime_error naming the step, as the xlsx writers do for libxlsxwriter.
// Used by pdf_document.cpp and pdf_table.cpp only.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

#include "reports/pdf_document.h"

namespace hjt::reports {

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

constexpr double kPointsPerMm = 72.0 / 25.4;

class Canvas {
public:
    // `sink` receives the PDF bytes (nullptr: a counting pass that keeps
    // nothing); `total_pages` is what the footers say N is (0: not known yet).
    Canvas(std::string* sink, const PdfMetadata& metadata, int total_pages);
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    double left() const;        // the text area's left edge, in points
    double text_width() const;  // the text area's width
    double y() const { return y_; }
    double space_left() const;  // from the cursor to the bottom margin
    bool at_page_top() const;
    void advance(double points) { y_ += points; }
    // Ends the page (with its footer) and puts the cursor at the next one's top.
    void new_page();
    // Starts a new page unless `points` fit below the cursor.
    void keep(double points);

    // `text` as plain text (never markup: a name with "<" or "&" is shown as typed).
    Layout layout(const std::string& text, TextStyle style, double width, Align align) const;
    static double height(const Layout& layout);
    void draw(const Layout& layout, double x, double y);
    void line(double x0, double x1, double y, double width);
    void shade(double x, double y, double width, double height);
    // A PNG scaled to `width` points, its top at the cursor; returns its height.
    double image(const std::string& png_path, double x, double width);

    // Writes the last footer and finishes the file; the number of pages.
    int finish();

private:
    void footer();
    void check(const char* step) const;

    std::string* sink_;
    int total_pages_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    PangoContext* pango_ = nullptr;  // at 72 dpi: a Pango point is a PDF point
    int page_ = 1;
    double y_ = 0;
    bool finished_ = false;
};

} // namespace hjt::reports
