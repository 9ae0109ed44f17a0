// The CSV tokenizer shared by the import and the shift upload.
#include <catch2/catch.hpp>

#include <sstream>

#include "domain/csv.h"
#include "domain/errors.h"

using hjt::parse_csv;

TEST_CASE("csv: separator and quotes and doubled quotes and line numbers", "[csv]") {
    auto rows = parse_csv("key;name\nF1;\"Hansen; Jens \"\"Store\"\"\"\n\nF2;Ø\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].line == 1);
    CHECK(rows[1].fields == std::vector<std::string>{"F1", "Hansen; Jens \"Store\""});
    CHECK(rows[2].line == 4);  // the empty line 3 is skipped but counted
    CHECK(rows[2].fields == std::vector<std::string>{"F2", "Ø"});
}

TEST_CASE("csv: BOM and CRLF and a last line without a line end", "[csv]") {
    auto rows = parse_csv("\xEF\xBB\xBFkey;name\r\nF1;Jens\r\nF2;Anne");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields[0] == "key");
    CHECK(rows[1].fields[1] == "Jens");
    CHECK(rows[2].fields[1] == "Anne");
    CHECK(rows[2].line == 3);
}

TEST_CASE("csv: a quoted field may span lines and later lines keep their numbers", "[csv]") {
    auto rows = parse_csv("a;b\n1;\"two\r\nlines\"\n2;x\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields[1] == "two\r\nlines");
    CHECK(rows[2].line == 4);
}

TEST_CASE("csv: empty fields and trailing separators are fields", "[csv]") {
    auto rows = parse_csv("a;;c;\n");
    CHECK(rows.at(0).fields == std::vector<std::string>{"a", "", "c", ""});
}

TEST_CASE("csv: an unterminated quote names its line", "[csv]") {
    try {
        parse_csv("a;b\n1;2\n3;\"never closed\n4;5\n", ';', "shifts.csv");
        FAIL("accepted");
    } catch (const hjt::ValidationError& e) {
        CHECK(e.field() == "shifts.csv:3");
        CHECK(std::string(e.what()).find("lukkes aldrig") != std::string::npos);
    }
    try {
        parse_csv("\"x");
        FAIL("accepted");
    } catch (const hjt::ValidationError& e) {
        CHECK(e.field() == "line 1");
    }
}

TEST_CASE("csv: text after a closing quote is an error", "[csv]") {
    CHECK_THROWS_AS(parse_csv("\"a\"b;c\n"), hjt::ValidationError);
}

TEST_CASE("csv header: lookup by trimmed case-insensitive name and missing columns named", "[csv]") {
    auto rows = parse_csv(" Key ;NAME;extra\nF1; Jens ;x\nF2\n");
    hjt::CsvHeader header(rows[0], "families.csv", {"key", "name"}, {"email"});
    CHECK(header.get(rows[1], "name") == "Jens");
    CHECK(header.get(rows[2], "name") == "");  // a short row
    CHECK_FALSE(header.get_optional(rows[1], "email").has_value());
    CHECK(header.has("EXTRA"));

    try {
        hjt::CsvHeader(rows[0], "families.csv", {"key", "cvr", "bank_reg"});
        FAIL("accepted");
    } catch (const hjt::ValidationError& e) {
        CHECK(e.field() == "families.csv:1");
        CHECK(std::string(e.what()).rfind("mangler kolonne(r): cvr, bank_reg", 0) == 0);
    }
    CHECK_THROWS_AS(hjt::CsvHeader(parse_csv("a;A\n")[0], "x.csv", {"a"}), hjt::ValidationError);
}

TEST_CASE("csv: non-UTF-8 bytes are found by line", "[csv]") {
    CHECK_FALSE(hjt::first_non_utf8_line("æøå;ÆØÅ\n§ 85\n").has_value());
    CHECK(hjt::first_non_utf8_line("ok\nok\nTr\xE6ning\n") == 3u);
    CHECK(hjt::first_non_utf8_line("cut \xC3") == 1u);
}

TEST_CASE("csv: records are written so that they parse back", "[csv]") {
    std::vector<std::string> fields = {"plain", "semi;colon", "say \"hi\"", "two\nlines", ""};
    std::string record = hjt::csv_record(fields);
    CHECK(record == "plain;\"semi;colon\";\"say \"\"hi\"\"\";\"two\nlines\";\n");
    CHECK(parse_csv(record).at(0).fields == fields);
}

TEST_CASE("csv: a cell a spreadsheet would run as a formula is written as text (OWASP CSV injection)", "[csv][security]") {
    using hjt::spreadsheet_safe;
    CHECK(spreadsheet_safe("=HYPERLINK(\"http://x\",\"klik\")") == "'=HYPERLINK(\"http://x\",\"klik\")");
    CHECK(spreadsheet_safe("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(spreadsheet_safe("-2+3") == "'-2+3");
    CHECK(spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)");
    CHECK(spreadsheet_safe("\t=1") == "'\t=1");
    CHECK(spreadsheet_safe("\r=1") == "'\r=1");
    // Numbers stay numbers; ordinary text is untouched.
    CHECK(spreadsheet_safe("-1234,56") == "-1234,56");
    CHECK(spreadsheet_safe("+4512345678") == "+4512345678");
    CHECK(spreadsheet_safe("-5") == "-5");
    CHECK(spreadsheet_safe("-") == "'-");
    CHECK(spreadsheet_safe("-1,") == "'-1,");
    CHECK(spreadsheet_safe("-1,2,3") == "'-1,2,3");
    CHECK(spreadsheet_safe("Familien Jensen") == "Familien Jensen");
    CHECK(spreadsheet_safe("") == "");
    // Every record is written so.
    CHECK(hjt::csv_record({"=1+1", "-100,00", "a;=b"}) == "'=1+1;-100,00;\"a;=b\"\n");
}

namespace {

// Every record CsvReader reads from `text` as a stream.
std::vector<hjt::CsvRow> streamed(const std::string& text) {
    std::istringstream in(text);
    hjt::CsvReader reader(in, ';', "shifts.csv");
    std::vector<hjt::CsvRow> rows;
    for (hjt::CsvRow row; reader.next(row);) rows.push_back(row);
    CHECK(reader.bytes_read() == static_cast<long long>(text.size()));
    return rows;
}

std::vector<std::pair<std::size_t, std::vector<std::string>>> lines_and_fields(const std::vector<hjt::CsvRow>& rows) {
    std::vector<std::pair<std::size_t, std::vector<std::string>>> out;
    for (const auto& row : rows) out.emplace_back(row.line, row.fields);
    return out;
}

} // namespace

TEST_CASE("csv reader: a stream gives parse_csv's records and line numbers across its 64 KiB chunks", "[csv]") {
    // The reader fills a buffer of 65,536 bytes at a time; a CRLF, a quote,
    // a doubled quote or a line break inside quotes may fall across two
    // fills. Each is moved across the boundary a byte at a time.
    const std::string tricky = "H1;\"two\r\nlines\";\"say \"\"hi\"\"\"\r\n\r\nH2;x\r";
    for (std::size_t pad = 65500; pad < 65560; ++pad) {
        std::string text = "\xEF\xBB\xBFhelper;note;quote\r\n";
        while (text.size() + 12 < pad) text += "H0;filler;x\n";
        text += std::string(pad - text.size(), ' ') + "\n" + tricky + "\nH3;\"a\";b";
        const auto rows = streamed(text);
        CHECK(lines_and_fields(rows) == lines_and_fields(parse_csv(text)));
        CHECK(rows.back().fields == std::vector<std::string>{"H3", "a", "b"});
        CHECK(rows.front().fields.front() == "helper");  // the BOM is not part of the first name
    }
}

TEST_CASE("csv reader: a quote never closed throws when the reader reaches it, naming its line", "[csv]") {
    std::istringstream in("a;b\n1;2\n3;\"never closed\n4;5\n");
    hjt::CsvReader reader(in, ';', "shifts.csv");
    hjt::CsvRow row;
    CHECK(reader.next(row));
    CHECK(reader.next(row));
    CHECK(row.line == 2);
    try {
        reader.next(row);
        FAIL("accepted");
    } catch (const hjt::ValidationError& e) {
        CHECK(e.field() == "shifts.csv:3");
    }
}
