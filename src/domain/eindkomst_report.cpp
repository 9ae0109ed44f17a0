#include "domain/eindkomst_report.h"

#include <algorithm>
#include <cstdlib>

#include "domain/errors.h"

namespace hjt::eindkomst {

namespace {

constexpr int number_of(Field f) { return static_cast<int>(f); }

FieldValue amount(Field f, Money m) { return {f, m.ore(), {}}; }
FieldValue count(Field f, std::int64_t hundredths) { return {f, hundredths, {}}; }
FieldValue code(Field f, std::string text) { return {f, 0, std::move(text)}; }

std::string digits(std::int64_t n) { return std::to_string(n < 0 ? -n : n); }
std::string sign(std::int64_t n) { return n < 0 ? "-" : "+"; }

// Record 6001's amount has 6 decimals: øre × 10.000.
Record value_record(const FieldValue& v) {
    const std::string field = std::to_string(number_of(v.field));
    switch (kind_of(v.field)) {
    case Kind::amount: return {6001, {{3, field}, {4, digits(v.number) + "0000"}, {5, sign(v.number)}}};
    case Kind::count: return {6005, {{3, field}, {4, digits(v.number)}, {5, sign(v.number)}}};
    case Kind::code: return {6002, {{3, field}, {4, v.code}}};
    }
    throw std::logic_error("eIndkomst field kind");
}

// A report and its pay period; a correction is one too, to the same period and not R-marked
// (eindkomst_report.h): field 3 and Reference-ID stay blank.
Record report_record(const std::string& id, const EmployerFile& file) {
    Record r{5000,
             {{4, id},
              {6, compact(first_day(file.month))},
              {7, compact(last_day(file.month))},
              // Choice (README): wages are paid on the month's last day.
              {8, compact(last_day(file.month))},
              {12, "00"}}};  // indkomsttype 00: A-indkomst
    if (file.public_payer_timing) r.values[10] = *file.public_payer_timing;
    return r;
}

// What every A-income payment with withholding reports: 13 = the payment
// less the employee's ATP, 15 and 16 as withheld, and 45/46 when ATP is due.
// AM-bidrag and A-skat are reported as the rounding method computed them
// (method 1 with øre: record 6001 carries decimals); only the month's total
// payment is rounded (reported_total, the payroll summary's figure).
Group withheld_fields(Money gross, Money atp_employee, Money atp_employer, Money am_bidrag, Money a_skat) {
    Group g{amount(Field::am_income, gross - atp_employee), amount(Field::a_skat, a_skat),
            amount(Field::am_bidrag, am_bidrag)};
    if (const Money atp = atp_employee + atp_employer; atp != Money{}) {
        g.push_back(code(Field::atp_rate, kAtpRateOrdinary));
        g.push_back(amount(Field::atp, atp));
    }
    return g;
}

} // namespace

Kind kind_of(Field field) {
    switch (field) {
    case Field::hours:
    case Field::holiday_days: return Kind::count;
    case Field::atp_rate:
    case Field::income_type:
    case Field::holiday_payer: return Kind::code;
    default: return Kind::amount;
    }
}

const char* danish_label(Field field) {
    switch (field) {
    case Field::am_income: return "AM-bidragspligtig A-indkomst";
    case Field::a_skat: return "Indeholdt A-skat";
    case Field::am_bidrag: return "Indeholdt AM-bidrag";
    case Field::atp_rate: return "ATP-bidragssats";
    case Field::atp: return "ATP-bidrag";
    case Field::income_type: return "Indtægtsart";
    case Field::employer_pension: return "Arbejdsgivers pensionsandel";
    case Field::holiday_pay_gross: return "Bruttoferiepenge (timelønnede)";
    case Field::hours: return "Løntimer";
    case Field::holiday_pay_net: return "Nettoferiepenge";
    case Field::holiday_days: return "Feriedage";
    case Field::holiday_payer: return "Feriepengeudbetalers SE-nummer";
    }
    return "";  // not reached: every field is listed (-Wswitch)
}

Reported reported_of(const std::vector<Group>& groups) {
    Reported out;
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (const auto& v : groups[g])
            if (kind_of(v.field) != Kind::code) out[{static_cast<int>(g) + 1, number_of(v.field)}] += v.number;
    return out;
}

std::vector<Group> helper_fields(const Payslip& slip) {
    if (slip.rules.income == IncomeKind::b_income)
        throw ValidationError("helper_income", Message{MessageCode::eindkomst_b_income, {}});
    Group wage = withheld_fields(slip.gross, slip.atp_employee, slip.atp_employer, slip.am_bidrag, slip.a_skat);
    wage.push_back(count(Field::hours, slip.hours.hundredths()));
    std::vector<Group> groups{wage};
    if (slip.holiday_pay != Money{})
        groups.push_back({amount(Field::am_income, slip.holiday_pay),
                          amount(Field::a_skat, slip.holiday_a_skat), amount(Field::am_bidrag, slip.holiday_am_bidrag),
                          amount(Field::holiday_pay_gross, slip.holiday_pay), count(Field::hours, 0),
                          amount(Field::holiday_pay_net, slip.holiday_net),
                          count(Field::holiday_days, kHolidayDaysPerMonth), code(Field::holiday_payer, kFerieKontoSe)});
    return groups;
}

std::vector<Group> lost_earnings_fields(const LostEarningsPaid& paid) {
    Group g = withheld_fields(paid.gross, paid.atp_employee, paid.atp_employer, paid.am_bidrag, paid.a_skat);
    g.push_back(code(Field::income_type, kIncomeTypeLostEarnings));
    if (paid.pension != Money{}) g.push_back(amount(Field::employer_pension, paid.pension));
    return {g};
}

std::optional<Money> atp_employer_share(const YearRates& rates, Money employee_share) {
    if (employee_share == Money{}) return Money{};
    for (const auto& bracket : rates.atp)
        if (bracket.employee == employee_share) return bracket.employer;
    return std::nullopt;
}

std::vector<Group> correction(const std::vector<Group>& now, const Reported& reported) {
    Reported change = reported_of(now);
    for (const auto& [key, value] : reported) change[key] -= value;
    std::vector<Group> out;
    bool changed = false;
    for (const auto& [key, difference] : change) {
        if (difference == 0) continue;
        const auto index = static_cast<std::size_t>(key.first);
        if (out.size() < index) out.resize(index);
        out[index - 1].push_back({static_cast<Field>(key.second), difference, {}});
        changed = true;
    }
    return changed ? out : std::vector<Group>{};
}

std::string compact(Date d) {
    const std::string text = iso(d);  // YYYY-MM-DD
    return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
}

std::vector<Record> records_of(const EmployerFile& file) {
    std::vector<Record> records;
    records.push_back({1000,
                       {{3, compact(file.sent)},
                        {4, file.sent_time},
                        {5, file.reporter_se},
                        {6, file.reporter_se},
                        {7, "01"},  // the employer reports itself
                        {9, "0"},
                        {10, "hjt"},
                        {11, file.system_version},
                        {12, file.file_id},
                        {13, "2.0"},
                        {14, file.test ? "T" : "P"},
                        {16, "E"}}});
    records.push_back({2001, {{4, file.employer_se}, {6, "DKK"}}});
    for (const auto& e : file.employments) {
        Record r{2101, {{3, e.cpr}, {5, e.employee_no}, {6, compact(e.period.from)}, {9, "1"}, {10, compact(e.period.from)}}};
        if (e.period.to) r.values[7] = compact(*e.period.to);
        records.push_back(std::move(r));
    }
    if (file.zero_report_id) records.push_back(report_record(*file.zero_report_id, file));
    for (const auto& report : file.reports) {
        records.push_back(report_record(report.report_id, file));
        for (const auto& group : report.groups) {
            if (group.empty()) continue;  // a correction leaves unchanged groups out
            records.push_back({6000, {{4, report.cpr}, {6, report.employee_no}}});
            std::vector<FieldValue> values = group;
            std::stable_sort(values.begin(), values.end(),
                             [](const FieldValue& a, const FieldValue& b) { return a.field < b.field; });
            for (const auto& v : values) records.push_back(value_record(v));
        }
    }
    records.push_back({9999, {{3, std::to_string(records.size() + 1)}}});
    return records;
}

} // namespace hjt::eindkomst
