#include "reports/audit_export_csv.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "domain/csv.h"
#include "reports/payout_labels.h"

namespace hjt::reports {
namespace {

const std::string kUtf8Bom = "\xEF\xBB\xBF";

// Hundredths with a decimal comma and no grouping: 123456 -> "1234,56".
std::string decimal_comma(std::int64_t hundredths) {
    std::string text = plain_amount(Money::ore(hundredths));
    text[text.find('.')] = ',';
    return text;
}

std::string field(const Cell& c) {
    switch (c.type) {
    case Cell::Type::empty: return "";
    case Cell::Type::text:
    case Cell::Type::date: return c.text;
    case Cell::Type::integer: return std::to_string(c.value);
    case Cell::Type::hundredths: return decimal_comma(c.value);
    }
    return "";
}

} // namespace

void write_sheet_csv(std::ostream& out, const Sheet& sheet) {
    out << kUtf8Bom << csv_record(sheet.header);
    std::vector<std::string> fields;
    auto write_row = [&](const SheetRow& row) {
        fields.clear();
        for (const auto& c : row.cells) fields.push_back(field(c));
        out << csv_record(fields);
    };
    if (sheet.next_row)
        for (SheetRow row; sheet.next_row(row);) write_row(row);
    for (const auto& row : sheet.rows) write_row(row);
}

std::string sheet_csv(const Sheet& sheet) {
    std::ostringstream text;
    write_sheet_csv(text, sheet);
    return text.str();
}

std::vector<std::string> write_audit_export_csv(const std::string& dir, const std::vector<Sheet>& sheets) {
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    for (const auto& sheet : sheets) {
        auto path = (std::filesystem::path(dir) / (sheet.csv_name + ".csv")).string();
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        write_sheet_csv(out, sheet);
        if (!out.flush()) throw std::runtime_error("cannot write " + path);
        paths.push_back(path);
    }
    return paths;
}

} // namespace hjt::reports
