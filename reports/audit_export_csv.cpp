#include "reports/audit_export_csv.h"

#include <filesystem>
#include <fstream>
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
    case Cell::Type::text: return c.text;
    case Cell::Type::integer: return std::to_string(c.value);
    case Cell::Type::hundredths: return decimal_comma(c.value);
    }
    return "";
}

} // namespace

std::string sheet_csv(const Sheet& sheet) {
    std::string text = kUtf8Bom + csv_record(sheet.header);
    for (const auto& row : sheet.rows) {
        std::vector<std::string> fields;
        for (const auto& c : row.cells) fields.push_back(field(c));
        text += csv_record(fields);
    }
    return text;
}

std::vector<std::string> write_audit_export_csv(const std::string& dir, const std::vector<Sheet>& sheets) {
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    for (const auto& sheet : sheets) {
        auto path = (std::filesystem::path(dir) / (sheet.csv_name + ".csv")).string();
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << sheet_csv(sheet);
        if (!out.flush()) throw std::runtime_error("cannot write " + path);
        paths.push_back(path);
    }
    return paths;
}

} // namespace hjt::reports
