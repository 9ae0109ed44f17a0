#include "app/shift_json.h"

#include <Poco/JSON/Array.h>

#include "app/tax_card_json.h"

namespace hjt::app {

Poco::JSON::Object::Ptr to_json(const ShiftRecord& s, const Policy& policy) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", s.id);
    o->set("helper_id", s.helper_id);
    o->set("family_id", s.family_id);
    o->set("date", iso(s.times.date));
    o->set("start", format_clock(s.times.start_minute));
    o->set("end", format_clock(s.times.end_minute));
    o->set("kind", to_string(s.kind));
    o->set("minutes", s.classification.minutes);
    o->set("subsidisable_minutes", s.classification.subsidisable_minutes);
    Poco::JSON::Array::Ptr excluded = new Poco::JSON::Array;
    for (const auto& part : s.classification.excluded_parts()) {
        Poco::JSON::Object::Ptr e = new Poco::JSON::Object;
        e->set("reason", to_string(part.reason));
        e->set("minutes", part.minutes);
        if (part.holiday) e->set("holiday", *part.holiday);
        else e->set("holiday", Poco::Dynamic::Var());
        e->set("description", describe(part, policy));
        excluded->add(e);
    }
    o->set("excluded", excluded);
    return o;
}

Poco::JSON::Object::Ptr to_json(const PayrollRules& rules) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("rounding_method", static_cast<int>(rules.rounding));
    o->set("helper_income", to_string(rules.income));
    o->set("household_help_paid_holiday", rules.household_help_paid_holiday);
    Poco::JSON::Array::Ptr text = new Poco::JSON::Array;
    for (const auto& line : reports::payroll_policy_lines(rules)) text->add(line);
    o->set("description", text);
    return o;
}

Poco::JSON::Object::Ptr to_json(const Payslip& p) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("policy", to_json(p.rules));
    o->set("hours", p.hours.hundredths());
    o->set("sick_hours", p.sick_hours.hundredths());
    o->set("household_help", p.household_help);
    for (const auto& [name, amount] : std::initializer_list<std::pair<const char*, Money>>{
             {"hourly_wage", p.hourly_wage},
             {"sick_pay", p.sick_pay},
             {"gross", p.gross},
             {"atp_employee", p.atp_employee},
             {"atp_employer", p.atp_employer},
             {"am_income", p.am_income},
             {"am_bidrag", p.am_bidrag},
             {"a_income", p.a_income},
             {"deduction_used", p.deduction_used},
             {"a_skat", p.a_skat},
             {"net", p.net},
             {"holiday_pay", p.holiday_pay},
             {"holiday_am_bidrag", p.holiday_am_bidrag},
             {"holiday_deduction_used", p.holiday_deduction_used},
             {"holiday_a_skat", p.holiday_a_skat},
             {"holiday_net", p.holiday_net},
             {"employer_contributions", p.employer_contributions()},
             {"employer_cost", p.employer_cost}})
        o->set(name, amount.ore());
    Poco::JSON::Object::Ptr contributions = new Poco::JSON::Object;
    for (Contribution c : kContributions) contributions->set(to_string(c), p.contributions[static_cast<std::size_t>(c)].ore());
    o->set("contributions", contributions);
    return o;
}

Poco::JSON::Object::Ptr to_json(const HelperMonth& m) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("helper_id", m.helper.id);
    o->set("month", iso(m.month));
    o->set("shifts", m.shifts);
    o->set("minutes", m.minutes);
    o->set("sick_minutes", m.sick_minutes);
    o->set("subsidisable_minutes", m.subsidisable_minutes);
    o->set("rates_estimated", m.rates_estimated);
    o->set("employer_figures_estimated", m.employer_figures_estimated);
    o->set("tax_card", to_json(m.tax_card, m.free_left));
    o->set("payslip", to_json(m.payslip));
    return o;
}

Poco::JSON::Object::Ptr to_json(const FamilyMonth& payroll) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& m : payroll.helpers) items->add(to_json(m));
    o->set("family_id", payroll.family.id);
    o->set("month", iso(payroll.month));
    o->set("items", items);
    o->set("totals", to_json(payroll.totals));
    o->set("work_injury", payroll.work_injury.ore());
    o->set("work_injury_estimated", payroll.work_injury_estimated);
    o->set("reported_withholding", payroll.reported_withholding.ore());
    o->set("employer_cost", payroll.employer_cost.ore());
    return o;
}

} // namespace hjt::app
