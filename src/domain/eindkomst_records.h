// The records of a file for system reporting to eIndkomst (Skattestyrelsen,
// "Systemvejledning eIndkomst"): fixed-width lines, each record defined ONCE
// here as a table (field no., position, length, numeric/alphanumeric,
// mandatory). The writer formats a line from its table, and the tests check
// every written line against the same tables.
//
// Sources (README "eIndkomst"):
// - record 6000: test.skat.dk/data.aspx?lang=da&oid=1745567&vid=214615 (the
//   published table: Lb_nr pos 1 len 7 N, Rec_nr 8/4 N, filler 12/8 N,
//   CPR 20/10 N, CVR/SE 30/8 N, medarbejdernr. 38/15 A, E101 53/1 A).
// - records 1000, 2001, 2101, 5000, 6001, 6002, 6005, 9999: the Systemvejledning
//   (info.skat.dk/data.aspx?oid=1745538) is not in the stored copies we could
//   read; their layouts follow the public implementation
//   github.com/AlbertRossJoh/TaxCardBuilder (TaxCardFormat/Records/*.cs) and
//   must be checked against the Systemvejledning before a production upload.
// - the fields a record 6001/6002/6005 carries (13, 15, 16, 45, 46, 198, 200,
//   202, 203, 209): info.skat.dk/data.aspx?oid=2277175 (field list),
//   info.skat.dk/data.aspx?oid=1823456 (45 ATP rate A/B/C/D, 46 ATP),
//   skat.dk/skat.aspx?oid=2271466 (198, 200, 209 with their record types).
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
};

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
