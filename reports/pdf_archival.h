// Cairo's PDF made PDF/A-2b (ISO 19005-2, level B) with qpdf: what Cairo 1.16
// cannot write is added, what PDF/A-2 forbids and Cairo may write is removed.
//   - an XMP metadata stream on the catalog, uncompressed (6.6.2.1), claiming
//     pdfaid:part 2, pdfaid:conformance B (6.6.4), with dc:title, dc:creator,
//     dc:description, xmp:CreatorTool, xmp:CreateDate, xmp:ModifyDate and
//     pdf:Producer equal to the document information dictionary's (6.6.2.3);
//   - the document information rewritten from the same values, so the two agree;
//   - an output intent GTS_PDFA1 with the sRGB profile (reports/srgb_profile.h),
//     which makes Cairo's DeviceRGB and DeviceGray colour valid (6.2.3, 6.2.4.3);
//   - /Interpolate false on every image (6.2.8.1: Cairo sets it true on a logo);
//   - a trailer /ID (6.1.3), derived from the content so the same letter gives
//     the same bytes; no encryption; a classic cross-reference table.
// README "Letters" says what is checked and what is not (no veraPDF here).
#pragma once

#include <string>

#include "reports/pdf_document.h"

namespace hjt::reports {

// std::runtime_error "PDF/A: <step>: <reason>" when any step fails; nothing
// half-made is returned.
std::string to_pdfa(const std::string& pdf, const PdfMetadata& metadata);

} // namespace hjt::reports
