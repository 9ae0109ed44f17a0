#include "app/shift_json.h"

#include <Poco/JSON/Array.h>

namespace hjt::app {

Poco::JSON::Object::Ptr to_json(const ShiftRecord& s, const Policy& policy) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", s.id);
    o->set("helper_id", s.helper_id);
    o->set("family_id", s.family_id);
    o->set("date", iso(s.times.date));
    o->set("start", format_clock(s.times.start_minute));
    o->set("end", format_clock(s.times.end_minute));
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

Poco::JSON::Object::Ptr to_json(const Payslip& p) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("hours", p.hours.hundredths());
    for (const auto& [name, amount] : std::initializer_list<std::pair<const char*, Money>>{
             {"hourly_wage", p.hourly_wage},
             {"gross", p.gross},
             {"atp_employee", p.atp_employee},
             {"atp_employer", p.atp_employer},
             {"am_bidrag", p.am_bidrag},
             {"a_skat", p.a_skat},
             {"net", p.net},
             {"holiday_pay", p.holiday_pay},
             {"holiday_am_bidrag", p.holiday_am_bidrag},
             {"holiday_a_skat", p.holiday_a_skat},
             {"holiday_net", p.holiday_net},
             {"other_oncosts", p.other_oncosts},
             {"employer_cost", p.employer_cost}})
        o->set(name, amount.ore());
    return o;
}

Poco::JSON::Object::Ptr to_json(const HelperMonth& m) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("helper_id", m.helper.id);
    o->set("month", iso(m.month));
    o->set("shifts", m.shifts);
    o->set("minutes", m.minutes);
    o->set("subsidisable_minutes", m.subsidisable_minutes);
    o->set("rates_estimated", m.rates_estimated);
    o->set("payslip", to_json(m.payslip));
    return o;
}

} // namespace hjt::app
