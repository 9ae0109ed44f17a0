// Each eIndkomst record as written, field by field, against its table
// (domain/eindkomst_records.h), and the fields checked against the
// Systemvejledning against the published numbers typed out here once more:
// a table edited by mistake fails here, not at Skattestyrelsen.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "domain/eindkomst_line_check.h"
#include "domain/eindkomst_records.h"
#include "domain/eindkomst_report.h"

using namespace hjt;
using namespace hjt::eindkomst;

namespace {

// A value that fills the whole field and differs from its neighbours': digits
// for a numeric field (its number, repeated), letters for an alphanumeric one.
std::string filling(const FieldSpec& f) {
    std::string value;
    const std::string pattern =
        f.type == FieldType::numeric ? std::to_string(f.number % 10) : std::string(1, static_cast<char>('A' + f.number % 26));
    while (static_cast<int>(value.size()) < f.length) value += pattern;
    return value.substr(0, static_cast<std::size_t>(f.length));
}

// The record with every field that is not a filler filled to its width.
Record full_record(const RecordSpec& spec) {
    Record r{spec.record, {}};
    for (const auto& f : spec.fields)
        if (f.number > kRecordNumberField && !f.filler) r.values[f.number] = filling(f);
    return r;
}

// Published: field number → (position, length, numeric). Typed from the pages, not from the tables.
using Published = std::map<int, std::tuple<int, int, bool>>;

const Published kPublished6000{
    {1, {1, 7, true}},   {2, {8, 4, true}},    {3, {12, 8, true}},  {4, {20, 10, true}},
    {5, {30, 8, true}},  {6, {38, 15, false}}, {7, {53, 1, false}},
};
const Published kPublished5000{{3, {12, 1, false}}, {12, {74, 2, true}}};

void check_published(int record, const Published& published, const char* page) {
    const RecordSpec& spec = record_spec(record);
    const std::string line = write_line(full_record(spec), 1234567);
    for (const auto& [number, layout] : published) {
        const auto& [position, length, numeric] = layout;
        INFO("record " << record << " field " << number);
        const FieldSpec& f = spec.fields.at(static_cast<std::size_t>(number - 1));
        REQUIRE(f.number == number);
        CHECK(f.position == position);
        CHECK(f.length == length);
        CHECK((f.type == FieldType::numeric) == numeric);
        CHECK(f.verified_at == std::string(page));
        const std::string expected = number == 1   ? "1234567"
                                     : number == 2 ? std::to_string(record)
                                     : f.filler    ? std::string(static_cast<std::size_t>(length), '0')
                                                   : filling(f);
        CHECK(line.substr(static_cast<std::size_t>(position - 1), static_cast<std::size_t>(length)) == expected);
    }
}

} // namespace

TEST_CASE("eIndkomst layout: every record written with all its fields puts each at its table's position and length",
          "[eindkomst][layout]") {
    for (const auto& spec : record_specs()) {
        INFO("record " << spec.record);
        const std::string line = write_line(full_record(spec), 42);
        CHECK(static_cast<int>(line.size()) == spec.length());
        for (const auto& f : spec.fields) {
            INFO("field " << f.number << " " << f.name);
            const std::string at =
                line.substr(static_cast<std::size_t>(f.position - 1), static_cast<std::size_t>(f.length));
            if (f.number == kLineNumberField) CHECK(at == "0000042");
            else if (f.number == kRecordNumberField) CHECK(at == std::to_string(spec.record));
            else if (f.filler) CHECK(at == std::string(at.size(), f.type == FieldType::numeric ? '0' : ' '));
            else CHECK(at == filling(f));
        }
        CHECK(test::eindkomst_field(line, kRecordNumberField) == std::to_string(spec.record));
    }
}

TEST_CASE("eIndkomst layout: record 6000 fields 1–7 are the Systemvejledning's published table "
          "(test.skat.dk oid=1745567)",
          "[eindkomst][layout]") {
    check_published(6000, kPublished6000, kRecord6000Page);
}

TEST_CASE("eIndkomst layout: record 5000 fields 3 (Rettelse_tidl_periode) and 12 (Indkomsttype) are the "
          "Systemvejledning's (info.skat.dk oid=1745565)",
          "[eindkomst][layout]") {
    check_published(5000, kPublished5000, kRecord5000Page);
    // Fields 4–11 lie between them without a gap: the published 12 starts where 3 + the unverified ones end.
    const RecordSpec& spec = record_spec(5000);
    CHECK(spec.fields[2].position + spec.fields[2].length == spec.fields[3].position);
    CHECK(spec.fields[10].position + spec.fields[10].length == 74);
}

TEST_CASE("eIndkomst layout: exactly the published fields are marked verified, the others say they are not",
          "[eindkomst][layout]") {
    std::set<std::pair<int, int>> verified;
    for (const auto& spec : record_specs())
        for (const auto& f : spec.fields)
            if (f.verified_at) verified.insert({spec.record, f.number});
    std::set<std::pair<int, int>> published;
    for (const auto& [number, layout] : kPublished6000) published.insert({6000, number});
    for (const auto& [number, layout] : kPublished5000) published.insert({5000, number});
    CHECK(verified == published);
}

TEST_CASE("eIndkomst layout: 9999 counts every record of the file, 1000 and 9999 included, "
          "with two persons and their groups",
          "[eindkomst][layout]") {
    EmployerFile f;
    f.reporter_se = f.employer_se = "12345674";
    f.month = Month{date::year{2024}, date::June};
    f.sent = Date{date::year{2024}, date::July, date::day{3}};
    f.sent_time = "091500";
    f.file_id = "HJT0000000000001";
    f.system_version = "1";
    const Group wage{{Field::am_income, 100000, {}}, {Field::a_skat, 38000, {}}, {Field::am_bidrag, 8000, {}},
                     {Field::hours, 1000, {}}};
    const Group holiday{{Field::am_income, 12500, {}}, {Field::holiday_payer, 0, kFerieKontoSe}};
    f.reports.push_back({"HJT0000000000002", "0101901234", "H7", {wage, holiday}});
    f.reports.push_back({"HJT0000000000003", "0202902345", "H8", {wage}});
    const std::string file = write_file(records_of(f));
    INFO(file);
    CHECK(test::eindkomst_problems(file).empty());
    // 1000, 2001; 5000, 6000 + 4, 6000 + 2; 5000, 6000 + 4; 9999.
    const auto lines = test::eindkomst_lines(file);
    REQUIRE(lines.size() == 2 + (1 + 5 + 3) + (1 + 5) + 1);
    CHECK(lines.back() == "0000018" "9999" "0000018");
}
