#include "reports/pdf_document.h"

#include "reports/pdf_archival.h"
#include "reports/pdf_canvas.h"

namespace hjt::reports {

namespace {

// A heading keeps this much of what follows it (about five lines) on its page.
constexpr double kKeepWithHeading = 60;

struct BlockWriter {
    Canvas& canvas;

    void operator()(const PdfText& t) const {
        Layout l = canvas.layout(t.text, t.style, canvas.text_width(), t.align);
        const double height = Canvas::height(l);
        const bool heading = t.style == TextStyle::heading || t.style == TextStyle::title;
        canvas.keep(height + (heading ? kKeepWithHeading : 0));
        canvas.draw(l, canvas.left(), canvas.y());
        canvas.advance(height + t.space_after_mm * kPointsPerMm);
    }
    void operator()(const PdfTable& t) const {
        draw_table(canvas, t);
        canvas.advance(3 * kPointsPerMm);
    }
    void operator()(const PdfImage& i) const {
        const double width = i.width_mm * kPointsPerMm;
        const double x = i.align == Align::left     ? canvas.left()
                         : i.align == Align::center ? canvas.left() + (canvas.text_width() - width) / 2
                                                    : canvas.left() + canvas.text_width() - width;
        canvas.advance(canvas.image(i.png_path, x, width) + 2 * kPointsPerMm);
    }
    void operator()(const PdfSpace& s) const { canvas.advance(s.mm * kPointsPerMm); }
};

} // namespace

void PdfDocument::add(std::vector<PdfBlock> blocks) {
    for (auto& b : blocks) blocks_.push_back(std::move(b));
}

int PdfDocument::draw(std::string* sink, int total_pages) const {
    Canvas canvas(sink, metadata_, total_pages);
    for (const auto& block : blocks_) std::visit(BlockWriter{canvas}, block);
    return canvas.finish();
}

// Twice: the first pass counts the pages, so the second can say "Side 1 af N";
// then made PDF/A-2b (reports/pdf_archival.h).
std::string PdfDocument::render() const {
    const int pages = draw(nullptr, 0);
    std::string bytes;
    draw(&bytes, pages);
    return to_pdfa(bytes, metadata_);
}

} // namespace hjt::reports
