#include "domain/csv.h"

#include <algorithm>
#include <cctype>
#include <istream>

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

// The characters the tokenizer reads: text already in memory (parse_csv), or a
// stream read a chunk at a time (CsvReader), so a file of millions of records
// is never held whole. A UTF-8 BOM at the start is skipped.
class CharSource {
public:
    explicit CharSource(std::string_view text) : view_(text) { skip_bom(); }
    explicit CharSource(std::istream& in) : in_(&in), buffer_(std::size_t{1} << 16) {
        refill();
        skip_bom();
    }

    bool at_end() { return pos_ >= view_.size() && !refill(); }
    char peek() const { return view_[pos_]; }  // only after !at_end()
    char take() { return view_[pos_++]; }      // the same
    long long consumed() const { return before_ + static_cast<long long>(pos_); }

private:
    bool refill() {
        if (!in_) return false;
        before_ += static_cast<long long>(view_.size());
        in_->read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        view_ = std::string_view(buffer_.data(), static_cast<std::size_t>(in_->gcount()));
        pos_ = 0;
        return !view_.empty();
    }

    void skip_bom() {
        if (view_.substr(0, utf8_bom.size()) == utf8_bom) pos_ = utf8_bom.size();
    }

    std::istream* in_ = nullptr;
    std::vector<char> buffer_;
    std::string_view view_;
    std::size_t pos_ = 0;
    long long before_ = 0;  // bytes of the chunks before view_
};

// Reads records one character at a time. A quoted field may hold the
// separator, doubled quotes and line breaks, so lines are counted here rather
// than by splitting the text first.
class Tokenizer {
public:
    Tokenizer(CharSource& chars, char sep, std::string_view source) : chars_(chars), sep_(sep), source_(source) {}

    // The next record that is not blank, into `row`; false at the end.
    bool next(CsvRow& row) {
        while (!chars_.at_end()) {
            row.line = line_;
            row.fields.clear();
            read_record(row.fields);
            if (!blank(row.fields)) return true;
        }
        return false;
    }

private:
    void read_record(std::vector<std::string>& fields) {
        for (;;) {
            fields.push_back(read_field());
            if (chars_.at_end()) return;
            char c = chars_.take();
            if (c == sep_) continue;
            end_of_line(c);
            return;
        }
    }

    bool next_is(char c) { return !chars_.at_end() && chars_.peek() == c; }

    // Consumes a line end starting with `c` ('\n', or '\r' optionally followed by '\n').
    void end_of_line(char c) {
        if (c == '\r' && next_is('\n')) chars_.take();
        ++line_;
    }

    bool at_field_end() {
        if (chars_.at_end()) return true;
        char c = chars_.peek();
        return c == sep_ || c == '\n' || c == '\r';
    }

    std::string read_field() {
        std::string field;
        while (!at_field_end()) {
            if (chars_.peek() == '"' && trim_field(field).empty()) return read_quoted();
            field += chars_.take();
        }
        return field;
    }

    std::string read_quoted() {
        std::size_t opened_on = line_;
        chars_.take();  // opening quote
        std::string value;
        for (;;) {
            if (chars_.at_end())
                throw ValidationError(line_field(opened_on),
                                      Message{MessageCode::csv_quote_never_closed, {std::to_string(opened_on)}});
            char c = chars_.take();
            if (c == '"') {
                if (next_is('"')) {
                    value += '"';
                    chars_.take();
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && !next_is('\n'))) ++line_;
            value += c;
        }
        while (next_is(' ') || next_is('\t')) chars_.take();
        if (!at_field_end())
            throw ValidationError(line_field(line_), Message{MessageCode::csv_text_after_quote, {}});
        return value;
    }

    std::string line_field(std::size_t line) const {
        return source_.empty() ? "line " + std::to_string(line) : std::string(source_) + ":" + std::to_string(line);
    }

    CharSource& chars_;
    char sep_;
    std::string_view source_;
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
    CharSource chars(text);
    Tokenizer tokenizer(chars, sep, source);
    std::vector<CsvRow> rows;
    for (CsvRow row; tokenizer.next(row);) rows.push_back(std::move(row));
    return rows;
}

struct CsvReader::State {
    State(std::istream& in, char sep, std::string source_name)
        : source(std::move(source_name)), chars(in), tokenizer(chars, sep, source) {}
    std::string source;
    CharSource chars;
    Tokenizer tokenizer;
};

CsvReader::CsvReader(std::istream& in, char sep, std::string source)
    : state_(std::make_unique<State>(in, sep, std::move(source))) {}

CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRow& row) { return state_->tokenizer.next(row); }

long long CsvReader::bytes_read() const { return state_->chars.consumed(); }

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
