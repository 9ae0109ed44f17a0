#include "app/xlsx_reader.h"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/SAX/XMLReader.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <charconv>
#include <cmath>
#include <sstream>

#include "domain/errors.h"

namespace hjt::app {

namespace {

using Poco::AutoPtr;
using Poco::XML::Document;
using Poco::XML::Element;
using Poco::XML::NodeList;

// The signature of a ZIP64 end of central directory record ("PK\x06\x06").
const std::string kZip64EndRecord("PK\x06\x06", 4);

const std::string spreadsheet_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// Zip entries are read from the archive's central directory; a missing entry
// is "" (a workbook without shared strings has none).
class Workbook {
public:
    Workbook(const std::string& bytes, const std::string& source)
        : in_(bytes), archive_(open(in_, source)), source_(source) {}

    // Unpacked in chunks and refused past kMaxXlsxPartBytes, whatever the zip
    // declares: a zip bomb (kilobytes that inflate to gigabytes) stops there.
    std::string part(const std::string& name, std::size_t max_bytes = kMaxXlsxPartBytes) {
        auto header = archive_.findHeader(name);
        if (header == archive_.headerEnd()) return "";
        std::string text;
        try {
            Poco::Zip::ZipInputStream part(in_, header->second, true);
            char chunk[1 << 16];
            while (part.read(chunk, sizeof chunk) || part.gcount() > 0) {
                text.append(chunk, static_cast<std::size_t>(part.gcount()));
                if (text.size() > max_bytes)
                    throw ValidationError(source_, Message{MessageCode::xlsx_part_too_large,
                                                           {name, std::to_string(max_bytes)}});
            }
        } catch (const Poco::Exception& e) {
            throw ValidationError(source_, Message{MessageCode::xlsx_part_unreadable, {name, e.displayText()}});
        }
        return text;
    }

private:
    static Poco::Zip::ZipArchive open(std::istringstream& in, const std::string& source) {
        // Poco reads a ZIP64 end record's declared size and allocates it before
        // checking it against the input (found by the fuzzer: 12 bytes asking
        // for 400 TiB). A timesheet is never a ZIP64 archive (those are for
        // archives past 4 GiB), so such a record is refused before Poco sees it.
        if (in.str().find(kZip64EndRecord) != std::string::npos)
            throw ValidationError(source, Message{MessageCode::xlsx_zip64, {}});
        try {
            return Poco::Zip::ZipArchive(in);
        } catch (const Poco::Exception& e) {
            throw ValidationError(source, Message{MessageCode::xlsx_not_workbook, {e.displayText()}});
        }
    }

    std::istringstream in_;
    Poco::Zip::ZipArchive archive_;
    std::string source_;
};

AutoPtr<Document> parse_xml(const std::string& xml) {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    return parser.parseString(xml);
}

// All <t> text below `e`: a rich-text string is split into runs, each with its own <t>.
std::string text_below(Element* e) {
    std::string text;
    AutoPtr<NodeList> parts = e->getElementsByTagNameNS(spreadsheet_ns, "t");
    for (unsigned long i = 0; i < parts->length(); ++i) text += parts->item(i)->innerText();
    return text;
}

std::vector<std::string> shared_strings(const std::string& xml) {
    std::vector<std::string> strings;
    if (xml.empty()) return strings;
    AutoPtr<Document> doc = parse_xml(xml);
    AutoPtr<NodeList> items = doc->getElementsByTagNameNS(spreadsheet_ns, "si");
    for (unsigned long i = 0; i < items->length(); ++i)
        strings.push_back(text_below(static_cast<Element*>(items->item(i))));
    return strings;
}

// "BC12" → column 54 (0-based); -1 when the reference has no letters or more
// than Excel's three (XFD is its last column), which would overflow an int.
int column_of(const std::string& reference) {
    int column = 0;
    std::size_t i = 0;
    for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
        if (i == 3) return -1;
        column = column * 26 + (reference[i] - 'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

// A row number or shared-string index as written in the XML; nullopt unless
// plain digits that fit (std::stoul would throw, and take "-1" or " 7").
std::optional<std::size_t> whole_number(const std::string& text) {
    std::size_t n = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

std::string child_text(Element* e, const std::string& name) {
    Element* child = e->getChildElementNS(spreadsheet_ns, name);
    return child ? child->innerText() : "";
}

XlsxCell cell_of(Element* c, const std::vector<std::string>& strings, const std::string& where) {
    const std::string type = c->getAttribute("t");
    const std::string value = child_text(c, "v");
    if (type == "s") {
        auto index = whole_number(value);
        if (!index || *index >= strings.size()) throw ValidationError(where, Message{MessageCode::xlsx_shared_string_missing, {}});
        return {strings[*index], std::nullopt};
    }
    if (type == "inlineStr") return {text_below(c), std::nullopt};
    if (type == "str" || type == "b" || type == "e") return {value, std::nullopt};
    if (value.empty()) return {"", std::nullopt};
    try {
        return {value, std::stod(value)};
    } catch (const std::exception&) {
        throw ValidationError(where, Message{MessageCode::xlsx_not_a_number, {value}});
    }
}

} // namespace

std::vector<XlsxRow> read_first_sheet(const std::string& bytes, const std::string& source) {
    return read_sheet(bytes, 1, source);
}

std::vector<XlsxRow> read_sheet(const std::string& bytes, int sheet_number, const std::string& source) {
    Workbook book(bytes, source);
    const std::string part = "xl/worksheets/sheet" + std::to_string(sheet_number) + ".xml";
    const std::string sheet_xml = book.part(part);
    if (sheet_xml.empty())
        throw ValidationError(source, Message{MessageCode::xlsx_sheet_missing, {std::to_string(sheet_number), part}});
    std::vector<XlsxRow> rows;
    try {
        const auto strings = shared_strings(book.part("xl/sharedStrings.xml"));
        AutoPtr<Document> sheet = parse_xml(sheet_xml);
        AutoPtr<NodeList> row_elements = sheet->getElementsByTagNameNS(spreadsheet_ns, "row");
        for (unsigned long i = 0; i < row_elements->length(); ++i) {
            auto* row_element = static_cast<Element*>(row_elements->item(i));
            XlsxRow row;
            if (row_element->hasAttribute("r")) {
                auto number = whole_number(row_element->getAttribute("r"));
                if (!number) throw ValidationError(source, Message{MessageCode::xlsx_row_number_bad, {row_element->getAttribute("r")}});
                row.number = *number;
            } else {
                row.number = rows.empty() ? 1 : rows.back().number + 1;
            }
            AutoPtr<NodeList> cells = row_element->getElementsByTagNameNS(spreadsheet_ns, "c");
            int next_column = 0;
            for (unsigned long j = 0; j < cells->length(); ++j) {
                auto* c = static_cast<Element*>(cells->item(j));
                int column = c->hasAttribute("r") ? column_of(c->getAttribute("r")) : next_column;
                next_column = column + 1;
                XlsxCell cell = cell_of(c, strings, source + ":" + std::to_string(row.number));
                if (!cell.text.empty()) row.cells[column] = std::move(cell);
            }
            rows.push_back(std::move(row));
        }
    } catch (const Poco::Exception& e) {
        throw ValidationError(source, Message{MessageCode::xlsx_xml_unreadable, {e.displayText()}});
    }
    return rows;
}

std::string xlsx_part(const std::string& bytes, const std::string& name, const std::string& source,
                      std::size_t max_bytes) {
    return Workbook(bytes, source).part(name, max_bytes);
}

std::optional<date::year_month_day> date_of_serial(double serial) {
    // Serial 25569 is 1 January 1970; Excel's invented 29 February 1900 lies
    // before any date a shift can have, so the offset holds for all of them.
    if (!(serial >= 61 && serial < 2958466)) return std::nullopt;
    const auto days = static_cast<long>(std::floor(serial)) - 25569;
    return date::year_month_day{date::sys_days{date::days{days}}};
}

int minute_of_day_fraction(double fraction) {
    const double day_part = fraction - std::floor(fraction);
    // A full day (24:00) is stored as 1.0, whose fractional part is 0.
    if (fraction >= 1.0 && day_part == 0.0) return 24 * 60;
    return static_cast<int>(std::lround(day_part * 24 * 60));
}

} // namespace hjt::app
