// The records of a file for system reporting to eIndkomst (Skattestyrelsen,
// "Systemvejledning eIndkomst", skat.dk/skat.aspx?oId=1745538): fixed-width
// lines, each record defined ONCE here as a table (field no., position,
// length, numeric/alphanumeric, mandatory) and, per field, the Systemvejledning
// page it was checked against (FieldSpec::verified_at; README "eIndkomst"
// lists them). The writer formats a line from its table, and the tests check
// every written line against the same tables and the verified fields against
// the published numbers typed out once more.
//
// Checked against the Systemvejledning (the stored copies we could read):
// - record 6000, fields 1–7: kRecord6000Page (Lb_nr 1/7 N, Rec_nr 8/4 N,
//   filler 12/8 N, CPR 20/10 N, CVR/SE 30/8 N, medarbejdernr. 38/15 A,
//   E101 53/1 A). Its field 8 (a filler from position 54) and any after it
//   are cut off in the stored copy: the line ends after field 7.
// - record 5000, fields 3 and 12: kRecord5000Page (Rettelse_tidl_periode 12/1
//   A, "R" or blank, never together with A-skat and AM-bidrag; Indkomsttype
//   74/2 N, mandatory, 00 = A-indkomst). Fields 4–11 fill positions 13–73 in
//   between exactly, but their own rows are not in the stored copy.
// NOT found (no stored copy of their pages, searched by record number, field
// names and neighbouring oids): records 1000, 2001, 2101, 6001, 6002, 6005,
// 9999 and 5000's fields 1, 2, 4–11. Their layouts follow the public
// implementation github.com/AlbertRossJoh/TaxCardBuilder (TaxCardFormat/
// Records/*.cs) and must be checked against the Systemvejledning before a
// production upload (verified_at is nullptr for each such field).
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

namespace hjt::eindkomst {

enum class FieldType { numeric, alphanumeric };

struct FieldSpec {
    int number;        // the field's number in the record's table
    const char* name;  // as the table names it
    int position;      // 1-based
    int length;
    FieldType type;
    bool mandatory;    // "J" (and "(J)" where this program always fills it)
    bool filler = false;  // written as zeros (N) or spaces (A)
    const char* verified_at = nullptr;  // the Systemvejledning page that defines it; nullptr: not checked
};

// The Systemvejledning's pages whose tables the fields were checked against.
inline constexpr const char* kRecord6000Page = "https://test.skat.dk/data.aspx?lang=da&oid=1745567&vid=214615";
inline constexpr const char* kRecord5000Page = "https://info.skat.dk/data.aspx?chk=220014&oid=1745565";

struct RecordSpec {
    int record;  // 1000, 2001, ...
    std::vector<FieldSpec> fields;
    int length() const;  // position + length of the last field − 1
};

// Every record this program writes, in file order.
std::span<const RecordSpec> record_specs();
// The record's table; std::out_of_range for a record not defined here.
const RecordSpec& record_spec(int record);

// Field numbers 1 and 2 of every record: line number and record number.
inline constexpr int kLineNumberField = 1;
inline constexpr int kRecordNumberField = 2;

// A record's values by field number; the line and record numbers are the
// writer's. Numeric values are digits only, written right-aligned and
// zero-filled; alphanumeric ones left-aligned and space-filled; a field left
// out is spaces (an optional field) or zeros/spaces (a filler).
struct Record {
    int record = 0;
    std::map<int, std::string> values;
};

// One line (no line end). ValidationError (field "eindkomst") when a value
// does not fit its field, a numeric value has a non-digit, a mandatory field
// has no value, or a field number is not in the record's table.
std::string write_line(const Record& record, long long line_number);

// The whole file: the records numbered from 1, each line ended by CR LF.
std::string write_file(const std::vector<Record>& records);

} // namespace hjt::eindkomst
