#include "domain/eindkomst_records.h"

#include <algorithm>
#include <stdexcept>

#include "domain/errors.h"
#include "domain/invariant.h"

namespace hjt::eindkomst {

namespace {

constexpr FieldType N = FieldType::numeric;
constexpr FieldType A = FieldType::alphanumeric;

// Fields 1 and 2 open every record: Lb_nr (the line's number in the whole
// file) and Rec_nr (the record number), as record 6000's table has them
// (kRecord6000Page); `page` is the record's own page when it was read.
FieldSpec line_number(const char* page = nullptr) { return {kLineNumberField, "Lb_nr", 1, 7, N, true, false, page}; }
FieldSpec record_number(const char* page = nullptr) {
    return {kRecordNumberField, "Rec_nr", 8, 4, N, true, false, page};
}

std::vector<RecordSpec> make_specs() {
    return {
        // 1000: the file and its reporter (TaxCardBuilder Record1000.cs). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr).
        {1000,
         {line_number(), record_number(),
          {3, "Dato_sendt (ÅÅÅÅMMDD)", 12, 8, N, true},
          {4, "Klok_sendt (TTMMSS)", 20, 6, N, true},
          {5, "Indberetter_SE-nummer", 26, 8, N, true},
          {6, "Indberetter_CVR-nummer", 34, 8, N, false},
          {7, "Indberettertype (01 virksomhed)", 42, 2, N, true},
          {8, "Filler", 44, 5, A, false, true},
          {9, "Indberetningsmetode", 49, 1, N, true},
          {10, "Edb-system navn", 50, 20, A, false},
          {11, "Edb-system version", 70, 20, A, false},
          {12, "Hovedindberetnings-ID", 90, 16, A, true},
          {13, "eIndkomst-version", 106, 3, A, true},
          {14, "Test/produktion (T/P)", 109, 1, A, true},
          {15, "Filler", 110, 32, A, false, true},
          {16, "eIndkomst/LetLøn (E/L)", 142, 1, A, true}}},
        // 2001: the employer (TaxCardBuilder Record2001.cs). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr).
        {2001,
         {line_number(), record_number(),
          {3, "Filler", 12, 16, A, false, true},
          {4, "Virksomhed_SE-nummer", 28, 8, N, true},
          {5, "Ophør hos lønservicebureau (A/blank)", 36, 1, A, false},
          {6, "Valutakode", 37, 3, A, true}}},
        // 2101: the employment (start, end) and the tax card it asks for
        // (TaxCardBuilder Record2101.cs). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr).
        {2101,
         {line_number(), record_number(),
          {3, "Person_CPR-nummer", 12, 10, N, true},
          {4, "Filler", 22, 8, A, false, true},
          {5, "Medarbejdernr.", 30, 15, A, false},
          {6, "Ansættelsesdato (ÅÅÅÅMMDD)", 45, 8, N, true},
          {7, "Fratrædelsesdato (ÅÅÅÅMMDD)", 53, 8, N, false},
          {8, "Filler", 61, 24, A, false, true},
          {9, "Skattekorttype (1 hovedkort)", 85, 1, N, true},
          {10, "Skal anvendes fra (ÅÅÅÅMMDD)", 86, 8, N, true},
          {11, "Supplerende oplysninger", 94, 50, A, false},
          {12, "Genrekvirering", 144, 1, A, false}}},
        // 5000: one report (indberetning) and its pay period. Fields 3 and 12
        // from kRecord5000Page; the rest as TaxCardBuilder Record5000.cs has
        // them (they fill positions 13–73 between 3 and 12 exactly).
        {5000,
         {line_number(), record_number(),
          // kRecord5000Page: 12/1 A; "R" = a correction of earlier periods, blank by default;
          // never with A-skat and AM-bidrag, so this program leaves it blank (README "eIndkomst").
          {3, "Rettelse_tidl_periode (R/blank)", 12, 1, A, false, false, kRecord5000Page},
          {4, "IndberetningsID", 13, 16, A, true},
          {5, "Reference-ID", 29, 16, A, false},
          {6, "Lønperiode start (ÅÅÅÅMMDD)", 45, 8, N, true},
          {7, "Lønperiode slut (ÅÅÅÅMMDD)", 53, 8, N, true},
          {8, "Dispositionsdato (ÅÅÅÅMMDD)", 61, 8, N, true},
          {9, "Filler", 69, 1, A, false, true},
          {10, "Forud/bagud (F/B, kun offentlige)", 70, 1, A, false},
          {11, "Grønlandsk kommune", 71, 3, N, false},
          // kRecord5000Page: 74/2 N, mandatory; 00 = A-indkomstmodtager/lønansat.
          {12, "Indkomsttype", 74, 2, N, true, false, kRecord5000Page}}},
        // 6000: the income earner, fields 1–7 of the published table (kRecord6000Page).
        // Field 8 (Fillerfelt from position 54) is cut off in the stored copy: not written.
        {6000,
         {line_number(kRecord6000Page), record_number(kRecord6000Page),
          // 12/8 N, "J", NNNNNNNN.
          {3, "Fillerfelt", 12, 8, N, true, true, kRecord6000Page},
          // 20/10 N, "(J)": the person's CPR number.
          {4, "Person_CPR-nummer", 20, 10, N, true, false, kRecord6000Page},
          // 30/8 N, "(J)": a company's SE number, the alternative to a CPR number (not used here).
          {5, "Person_CVR/SE-nummer", 30, 8, N, false, false, kRecord6000Page},
          // 38/15 A, "(J)": the employee number.
          {6, "Person_medarbejder_nr", 38, 15, A, false, false, kRecord6000Page},
          // 53/1 A: E or blank; "udgået for indberetninger vedr. indkomstår 2011 og senere".
          {7, "E101-attest (udgået fra 2011)", 53, 1, A, false, false, kRecord6000Page}}},
        // 6001: an amount field, 10 digits kroner + 6 decimals, and its sign
        // (TaxCardBuilder Record6001.cs: Beloeb 10 + BeloebDecimal 6 + Fortegn). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr). Only the field
        // number's 4 digits agree with a published text: "0014 i record 6001" (kRecord5000Page).
        {6001,
         {line_number(), record_number(),
          {3, "Feltnummer", 12, 4, N, true},
          {4, "Beløb (10 heltal + 6 decimaler)", 16, 16, N, true},
          {5, "Fortegn (+/-)", 32, 1, A, true}}},
        // 6002: a code field (TaxCardBuilder Record6002.cs). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr).
        {6002,
         {line_number(), record_number(),
          {3, "Feltnummer", 12, 4, N, true},
          {4, "Kode", 16, 10, A, true}}},
        // 6005: a count field, 6 digits + 2 decimals, and its sign (TaxCardBuilder Record6005.cs). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr).
        {6005,
         {line_number(), record_number(),
          {3, "Feltnummer", 12, 4, N, true},
          {4, "Antal (6 heltal + 2 decimaler)", 16, 8, N, true},
          {5, "Fortegn (+/-)", 24, 1, A, true}}},
        // 9999: the end, with the number of records in the file (1000 and 9999 included)
        // (TaxCardBuilder Record9999.cs). Not found in the
        // Systemvejledning's stored copies: unverified (verified_at nullptr).
        {9999,
         {line_number(), record_number(),
          {3, "Antal records", 12, 7, N, true}}},
    };
}

[[noreturn]] void refuse(const RecordSpec& spec, const FieldSpec& field, const std::string& why) {
    throw ValidationError("eindkomst", Message{MessageCode::eindkomst_field_invalid,
                                               {std::to_string(spec.record), std::to_string(field.number), field.name, why}});
}

std::string formatted(const RecordSpec& spec, const FieldSpec& field, const std::string* value) {
    const auto width = static_cast<std::size_t>(field.length);
    if (value == nullptr) {
        if (field.mandatory && !field.filler) refuse(spec, field, "mangler");
        return std::string(width, field.filler && field.type == N ? '0' : ' ');
    }
    if (value->size() > width)
        refuse(spec, field, "\"" + *value + "\" er længere end " + std::to_string(field.length) + " tegn");
    if (field.type == N) {
        if (value->empty() || !std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; }))
            refuse(spec, field, "skal være cifre");
        return std::string(width - value->size(), '0') + *value;
    }
    // Alphanumeric fields carry ASCII only: codes, ids and dates of this program.
    if (!std::all_of(value->begin(), value->end(), [](char c) { return c >= ' ' && c <= '~'; }))
        refuse(spec, field, "må kun have ASCII-tegn");
    return *value + std::string(width - value->size(), ' ');
}

} // namespace

int RecordSpec::length() const { return fields.back().position + fields.back().length - 1; }

std::span<const RecordSpec> record_specs() {
    static const std::vector<RecordSpec> specs = make_specs();
    return specs;
}

const RecordSpec& record_spec(int record) {
    for (const auto& spec : record_specs())
        if (spec.record == record) return spec;
    throw std::out_of_range("eIndkomst record " + std::to_string(record) + " is not defined");
}

std::string write_line(const Record& record, long long line_number) {
    const RecordSpec& spec = record_spec(record.record);
    for (const auto& [number, value] : record.values)
        if (number <= kRecordNumberField ||
            std::none_of(spec.fields.begin(), spec.fields.end(), [&](const FieldSpec& f) { return f.number == number; }))
            throw InvariantBroken("eIndkomst record " + std::to_string(spec.record) + " has no field " +
                                  std::to_string(number));
    const std::string numbers[] = {std::to_string(line_number), std::to_string(record.record)};
    std::string line;
    line.reserve(static_cast<std::size_t>(spec.length()));
    for (const auto& field : spec.fields) {
        const std::string* value = nullptr;
        if (field.number <= kRecordNumberField) value = &numbers[field.number - 1];
        else if (auto it = record.values.find(field.number); it != record.values.end()) value = &it->second;
        line += formatted(spec, field, value);
    }
    return line;
}

std::string write_file(const std::vector<Record>& records) {
    std::string file;
    long long number = 0;
    for (const auto& record : records) file += write_line(record, ++number) + "\r\n";
    return file;
}

} // namespace hjt::eindkomst
