// An employer's eIndkomst file for one month (README "eIndkomst"): what each
// person paid is reported with, as eIndkomst fields, and the file's records
// (eindkomst_records.h) built from it.
//
// Corrections: a month already reported is never reported anew. What changed
// is sent as a supplementary report to the same pay period carrying the
// differences with their sign — "Rettelse kan ske ved en supplerende
// indberetning til perioden med positivt eller negativt beløb"
// (info.skat.dk/data.aspx?oid=1745545) — and without the R marking of record
// 5000 field 3, which "må ikke angives sammen med ... A-skat og am-bidrag"
// (info.skat.dk/data.aspx?chk=220014&oid=1745565; normal corrections carry no
// R: Indberetningsvejledning 14.1, info.skat.dk/data.aspx?oid=2045884). Which
// report a correction corrects is kept in hjt's store, not in the file. Codes
// (6002) cannot be corrected that way, so a correction carries amounts and
// counts only.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/calendar.h"
#include "domain/eindkomst_records.h"
#include "domain/payslip.h"

namespace hjt::eindkomst {

// eIndkomst field numbers this program reports (info.skat.dk oid=2277175, oid=1823456, skat.dk oid=2271466).
enum class Field : int {
    am_income = 13,           // AM-bidragspligtig A-indkomst (gross less the employee's ATP)
    a_skat = 15,              // indeholdt A-skat
    am_bidrag = 16,           // indeholdt AM-bidrag
    atp_rate = 45,            // ATP-bidragssats (A/B/C/D), a code
    atp = 46,                 // ATP-bidrag (employee + employer share)
    income_type = 68,         // indtægtsart, a code ("kode 68", record 6000's table)
    employer_pension = 148,   // arbejdsgivers pensionsandel
    holiday_pay_gross = 198,  // bruttoferiepenge, timelønnede
    hours = 200,              // løntimer, a count
    holiday_pay_net = 202,    // nettoferiepenge
    holiday_days = 203,       // feriedage, a count
    holiday_payer = 209,      // SE-nummer på feriepengeudbetaler, a code
};

enum class Kind { amount, count, code };  // record 6001, 6005, 6002
Kind kind_of(Field field);
// The field's Danish name as Skattestyrelsen's field list gives it ("AM-bidragspligtig A-indkomst").
const char* danish_label(Field field);

// An amount in øre, a count in hundredths, or a code.
struct FieldValue {
    Field field;
    std::int64_t number = 0;
    std::string code;
    bool operator==(const FieldValue&) const = default;
};

// One record 6000 and the fields under it. A person has a group for the wage
// and, when holiday pay is due, a group for the holiday pay (domain.md §6).
using Group = std::vector<FieldValue>;

// What is reported of a person by (group index, field): amounts and counts.
using Reported = std::map<std::pair<int, int>, std::int64_t>;
Reported reported_of(const std::vector<Group>& groups);

// FerieKonto's SE number, the holiday pay payer of field 209 (Danmarks
// Statistik, VMO_FER_UDB_VIRKSOMHED: "Hvis der bruges FerieKonto, skal der
// angives SE-nr. 33088566").
inline const std::string kFerieKontoSe = "33088566";
// ATP rate A: the ordinary contribution by the month's hours (oid=1823456; DST AJO_ATP_BIDRAG_SATS_KODE).
inline const std::string kAtpRateOrdinary = "A";
// Holiday days an hourly paid helper earns a month: 2,08 (Ferieloven § 5). Choice: reported with the holiday pay.
inline constexpr std::int64_t kHolidayDaysPerMonth = 208;

// A helper's month as eIndkomst fields (domain.md §6): the wage group (13 =
// gross − employee ATP, 15, 16, 45/46 when ATP is due, 200 = paid hours) and,
// when holiday pay is due, the holiday group (13 = holiday pay, 15, 16, 198 =
// gross holiday pay, 200 = 0, 202 = net to FerieKonto, 203, 209). AM-bidrag
// and A-skat as the policy's rounding method computed them (method 1: with
// øre); the month's payment is their total rounded (reported_total).
std::vector<Group> helper_fields(const Payslip& slip);

// A parent's lost earnings paid by the municipality in a month (domain.md §8):
// the sums of the approved run's lines of the award that were paid.
struct LostEarningsPaid {
    Money gross;  // the benefit before ATP, AM-bidrag and A-skat
    Money atp_employee;
    Money atp_employer;
    Money am_bidrag;
    Money a_skat;
    Money pension;  // paid to the pension scheme
};
// Indtægtsart 0105, tabt arbejdsfortjeneste (github.com/AlbertRossJoh/TaxCardBuilder
// IndkomstArt.cs: TabtArbejdsfortjenesteEfterServiceloven = 0105).
inline const std::string kIncomeTypeLostEarnings = "0105";

// The parent's month as eIndkomst fields: 13 = gross − employee ATP, 15, 16
// as withheld, 45/46 when ATP is due, 68 = 0105, 148 = the pension when paid.
std::vector<Group> lost_earnings_fields(const LostEarningsPaid& paid);

// The employer's ATP share that goes with an employee share in the year's
// table; nullopt when no bracket has that employee share.
std::optional<Money> atp_employer_share(const YearRates& rates, Money employee_share);

// The correction of `reported` to `now`: per group, the fields whose value
// changed, as differences. Empty when nothing changed.
std::vector<Group> correction(const std::vector<Group>& now, const Reported& reported);

struct Employment {
    std::string cpr;  // 10 digits
    std::string employee_no;
    Period period;
};

struct PersonReport {
    std::string report_id;                   // 16 characters, unique
    std::string cpr;                         // 10 digits
    std::string employee_no;
    std::vector<Group> groups;
};

struct EmployerFile {
    std::string reporter_se;
    std::string employer_se;
    Month month;
    Date sent;
    std::string sent_time;  // TTMMSS
    std::string file_id;    // Hovedindberetnings-ID
    bool test = false;
    std::string system_version;
    std::optional<std::string> public_payer_timing;  // "F"/"B": only public employers (record 5000 field 10)
    std::vector<Employment> employments;  // record 2101: new employments and ended ones
    std::vector<PersonReport> reports;
    std::optional<std::string> zero_report_id;  // a month without pay: a report with no person (nulangivelse)
};

// The file's records in order: 1000, 2001, 2101…, per report 5000 6000 600x…, 9999.
std::vector<Record> records_of(const EmployerFile& file);

// "YYYYMMDD".
std::string compact(Date d);

} // namespace hjt::eindkomst
