#include "reports/pdf_canvas.h"

#include <cairo-pdf.h>

#include <stdexcept>

namespace hjt::reports {

namespace {

// A4 in points, and the margins of a Danish business letter.
constexpr double kPageWidth = 210 * kPointsPerMm;
constexpr double kPageHeight = 297 * kPointsPerMm;
constexpr double kMarginSide = 20 * kPointsPerMm;
constexpr double kMarginTop = 18 * kPointsPerMm;
constexpr double kMarginBottom = 22 * kPointsPerMm;
constexpr double kFooterBaseline = kPageHeight - 12 * kPointsPerMm;

// DejaVu (fonts-dejavu-core) has every Danish letter; Pango falls back through
// fontconfig when it is missing, and Cairo embeds whichever font it used.
const char* font_of(TextStyle style) {
    switch (style) {
    case TextStyle::body: return "DejaVu Sans 10";
    case TextStyle::bold: return "DejaVu Sans Bold 10";
    case TextStyle::heading: return "DejaVu Sans Bold 12";
    case TextStyle::title: return "DejaVu Sans Bold 15";
    case TextStyle::small: return "DejaVu Sans 8";
    case TextStyle::small_bold: return "DejaVu Sans Bold 8";
    }
    return "DejaVu Sans 10";
}

PangoAlignment pango_alignment(Align align) {
    switch (align) {
    case Align::left: return PANGO_ALIGN_LEFT;
    case Align::right: return PANGO_ALIGN_RIGHT;
    case Align::center: return PANGO_ALIGN_CENTER;
    }
    return PANGO_ALIGN_LEFT;
}

cairo_status_t write_to(void* closure, const unsigned char* data, unsigned int length) {
    if (auto* sink = static_cast<std::string*>(closure)) sink->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void fail(const char* step, cairo_status_t status) {
    throw std::runtime_error(std::string("PDF: ") + step + ": " + cairo_status_to_string(status));
}

void set_metadata(cairo_surface_t* surface, const PdfMetadata& m) {
    const std::pair<cairo_pdf_metadata_t, const std::string*> fields[] = {
        {CAIRO_PDF_METADATA_TITLE, &m.title},     {CAIRO_PDF_METADATA_AUTHOR, &m.author},
        {CAIRO_PDF_METADATA_SUBJECT, &m.subject}, {CAIRO_PDF_METADATA_CREATOR, &m.creator},
        {CAIRO_PDF_METADATA_CREATE_DATE, &m.create_date}};
    for (const auto& [field, value] : fields)
        if (!value->empty()) cairo_pdf_surface_set_metadata(surface, field, value->c_str());
    if (auto status = cairo_surface_status(surface)) fail("metadata", status);
}

} // namespace

Canvas::Canvas(std::string* sink, const PdfMetadata& metadata, int total_pages)
    : sink_(sink), total_pages_(total_pages), y_(kMarginTop) {
    surface_ = cairo_pdf_surface_create_for_stream(write_to, sink_, kPageWidth, kPageHeight);
    if (auto status = cairo_surface_status(surface_)) {
        cairo_surface_destroy(surface_);
        fail("create the PDF surface", status);
    }
    cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
    set_metadata(surface_, metadata);
    cr_ = cairo_create(surface_);
    if (auto status = cairo_status(cr_)) {
        cairo_destroy(cr_);
        cairo_surface_destroy(surface_);
        fail("create the drawing context", status);
    }
    pango_ = pango_cairo_create_context(cr_);
    // Pango's default is 96 dpi, which would draw a 10 pt font at 13⅓ points.
    pango_cairo_context_set_resolution(pango_, 72);
}

Canvas::~Canvas() {
    if (pango_) g_object_unref(pango_);
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
}

void Canvas::check(const char* step) const {
    if (auto status = cairo_status(cr_)) fail(step, status);
}

double Canvas::left() const { return kMarginSide; }
double Canvas::text_width() const { return kPageWidth - 2 * kMarginSide; }
double Canvas::space_left() const { return kPageHeight - kMarginBottom - y_; }
bool Canvas::at_page_top() const { return y_ <= kMarginTop; }

void Canvas::keep(double points) {
    if (points > space_left() && !at_page_top()) new_page();
}

void Canvas::footer() {
    const std::string text =
        "Side " + std::to_string(page_) + " af " + (total_pages_ > 0 ? std::to_string(total_pages_) : "?");
    Layout l = layout(text, TextStyle::small, text_width(), Align::center);
    draw(l, left(), kFooterBaseline);
}

void Canvas::new_page() {
    footer();
    cairo_show_page(cr_);
    check("new page");
    ++page_;
    y_ = kMarginTop;
}

Layout Canvas::layout(const std::string& text, TextStyle style, double width, Align align) const {
    Layout l(pango_ ? pango_layout_new(pango_) : nullptr);
    if (!l) throw std::runtime_error("PDF: Pango could not create a layout");
    PangoFontDescription* font = pango_font_description_from_string(font_of(style));
    if (!font) throw std::runtime_error("PDF: Pango could not read the font description");
    pango_layout_set_font_description(l.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(l.get(), pango_alignment(align));
    pango_layout_set_text(l.get(), text.c_str(), static_cast<int>(text.size()));
    return l;
}

double Canvas::height(const Layout& l) {
    int width = 0, height = 0;
    pango_layout_get_size(l.get(), &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
}

void Canvas::draw(const Layout& l, double x, double y) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l.get());
    check("draw text");
}

void Canvas::line(double x0, double x1, double y, double width) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_set_line_width(cr_, width);
    cairo_move_to(cr_, x0, y);
    cairo_line_to(cr_, x1, y);
    cairo_stroke(cr_);
    check("draw a line");
}

void Canvas::shade(double x, double y, double width, double height) {
    cairo_set_source_rgb(cr_, 0.9, 0.9, 0.9);
    cairo_rectangle(cr_, x, y, width, height);
    cairo_fill(cr_);
    check("shade a table header");
}

double Canvas::image(const std::string& png_path, double x, double width) {
    cairo_surface_t* png = cairo_image_surface_create_from_png(png_path.c_str());
    if (auto status = cairo_surface_status(png)) {
        cairo_surface_destroy(png);
        throw std::runtime_error("PDF: cannot read the image " + png_path + ": " + cairo_status_to_string(status));
    }
    const double scale = width / cairo_image_surface_get_width(png);
    const double height = cairo_image_surface_get_height(png) * scale;
    cairo_save(cr_);
    cairo_translate(cr_, x, y_);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_surface(cr_, png, 0, 0);
    cairo_paint(cr_);
    cairo_restore(cr_);
    cairo_surface_destroy(png);
    check("draw an image");
    return height;
}

int Canvas::finish() {
    if (finished_) return page_;
    footer();
    cairo_show_page(cr_);
    check("last page");
    cairo_surface_finish(surface_);
    if (auto status = cairo_surface_status(surface_)) fail("finish the file", status);
    finished_ = true;
    return page_;
}

} // namespace hjt::reports
