#include "domain/csv.h"

#include <algorithm>
#include <cctype>

#include "domain/errors.h"

namespace hjt {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

bool blank(const std::vector<std::string>& fields) {
    return fields.size() == 1 && trim_field(fields[0]).empty();
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Reads records one character at a time. A quoted field may hold the
// separator, doubled quotes and line breaks, so lines are counted here rather
// than by splitting the text first.
class Tokenizer {
public:
    Tokenizer(std::string_view text, char sep, std::string_view source)
        : text_(text), sep_(sep), source_(source) {}

    std::vector<CsvRow> rows() {
        std::vector<CsvRow> out;
        while (pos_ < text_.size()) {
            CsvRow row{line_, {}};
            read_record(row.fields);
            if (!blank(row.fields)) out.push_back(std::move(row));
        }
        return out;
    }

private:
    void read_record(std::vector<std::string>& fields) {
        for (;;) {
            fields.push_back(read_field());
            if (pos_ >= text_.size()) return;
            char c = text_[pos_++];
            if (c == sep_) continue;
            end_of_line(c);
            return;
        }
    }

    // Consumes a line end starting with `c` ('\n', or '\r' optionally followed by '\n').
    void end_of_line(char c) {
        if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        ++line_;
    }

    bool at_field_end() const {
        if (pos_ >= text_.size()) return true;
        char c = text_[pos_];
        return c == sep_ || c == '\n' || c == '\r';
    }

    std::string read_field() {
        std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != sep_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
            if (text_[pos_] == '"' && trim_field(text_.substr(start, pos_ - start)).empty())
                return read_quoted();
            ++pos_;
        }
        return std::string(text_.substr(start, pos_ - start));
    }

    std::string read_quoted() {
        std::size_t opened_on = line_;
        ++pos_;  // opening quote
        std::string value;
        for (;;) {
            if (pos_ >= text_.size())
                throw ValidationError(line_field(opened_on),
                                      Message{MessageCode::csv_quote_never_closed, {std::to_string(opened_on)}});
            char c = text_[pos_++];
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    value += '"';
                    ++pos_;
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && !(pos_ < text_.size() && text_[pos_] == '\n'))) ++line_;
            value += c;
        }
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
        if (!at_field_end())
            throw ValidationError(line_field(line_), Message{MessageCode::csv_text_after_quote, {}});
        return value;
    }

    std::string line_field(std::size_t line) const {
        return source_.empty() ? "line " + std::to_string(line) : std::string(source_) + ":" + std::to_string(line);
    }

    std::string_view text_;
    char sep_;
    std::string_view source_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

} // namespace

std::string trim_field(std::string_view field) {
    auto is_space = [](char c) { return c == ' ' || c == '\t'; };
    while (!field.empty() && is_space(field.front())) field.remove_prefix(1);
    while (!field.empty() && is_space(field.back())) field.remove_suffix(1);
    return std::string(field);
}

std::vector<CsvRow> parse_csv(std::string_view text, char sep, std::string_view source) {
    if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
    return Tokenizer(text, sep, source).rows();
}

CsvHeader::CsvHeader(const CsvRow& header, const std::string& file, const std::vector<std::string>& required,
                     const std::vector<std::string>& optional) {
    std::string where = file + ":" + std::to_string(header.line);
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string name = lowercase(trim_field(header.fields[i]));
        if (name.empty()) continue;
        if (!index_.emplace(name, i).second)
            throw ValidationError(where, Message{MessageCode::csv_column_twice, {name}});
    }
    std::string missing;
    for (const auto& column : required)
        if (!has(column)) missing += (missing.empty() ? "" : ", ") + column;
    if (!missing.empty()) {
        std::string expected;
        for (const auto* list : {&required, &optional})
            for (const auto& column : *list) expected += (expected.empty() ? "" : ";") + column;
        throw ValidationError(where, Message{MessageCode::csv_columns_missing, {missing, expected}});
    }
}

bool CsvHeader::has(const std::string& column) const { return index_.count(lowercase(column)) > 0; }

std::string CsvHeader::get(const CsvRow& row, const std::string& column) const {
    auto it = index_.find(lowercase(column));
    if (it == index_.end() || it->second >= row.fields.size()) return "";
    return trim_field(row.fields[it->second]);
}

std::optional<std::string> CsvHeader::get_optional(const CsvRow& row, const std::string& column) const {
    std::string value = get(row, column);
    if (value.empty()) return std::nullopt;
    return value;
}

std::optional<std::size_t> first_non_utf8_line(std::string_view text) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return line;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return line;
        if (c == '\n') ++line;
        i += length;
    }
    return std::nullopt;
}

namespace {

// "-1234,56", "+45", "12.5": a number a spreadsheet reads as a number, never a formula.
bool plain_number(std::string_view f) {
    std::size_t i = (f[0] == '-' || f[0] == '+') ? 1 : 0;
    std::size_t digits = 0, marks = 0;
    for (; i < f.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(f[i]))) ++digits;
        else if ((f[i] == ',' || f[i] == '.') && digits > 0 && ++marks == 1) continue;
        else return false;
    }
    return digits > 0 && !(f.back() == ',' || f.back() == '.');
}

} // namespace

std::string spreadsheet_safe(std::string field) {
    if (field.empty()) return field;
    const char first = field[0];
    const bool formula_start =
        first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (!formula_start || plain_number(field)) return field;
    return "'" + field;
}

std::string csv_record(const std::vector<std::string>& fields, char sep) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += sep;
        const std::string f = spreadsheet_safe(fields[i]);
        if (f.find_first_of(std::string{sep, '"', '\n', '\r'}) == std::string::npos) {
            out += f;
            continue;
        }
        out += '"';
        for (char c : f) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += '\n';
    return out;
}

} // namespace hjt
