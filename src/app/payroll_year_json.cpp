#include "app/payroll_year_json.h"

#include <Poco/JSON/Array.h>

#include "app/shift_json.h"

namespace hjt::app {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Poco::Int64 number(std::int64_t value) { return static_cast<Poco::Int64>(value); }

Array::Ptr fields_json(const PayrollYear& y) {
    Array::Ptr out = new Array;
    for (const YearField& f : year_fields(y)) {
        Object::Ptr o = new Object;
        o->set("group", f.group);
        o->set("field", f.field);
        o->set("label", std::string(eindkomst::danish_label(static_cast<eindkomst::Field>(f.field))));
        o->set("computed", number(f.computed));
        o->set("reported", number(f.reported));
        out->add(o);
    }
    return out;
}

Array::Ptr differences_json(const PayrollYear& y) {
    Array::Ptr out = new Array;
    for (const auto& d : y.differences) {
        Object::Ptr o = new Object;
        o->set("month", iso(d.month));
        o->set("group", d.group);
        o->set("field", d.field);
        o->set("computed", number(d.computed));
        o->set("reported", number(d.reported));
        out->add(o);
    }
    return out;
}

Object::Ptr helper_json(const HelperPayrollYear& h) {
    Object::Ptr o = new Object;
    o->set("helper_id", number(h.helper.id));
    o->set("name", h.helper.name);
    o->set("ties", h.payroll.ties());
    o->set("totals", to_json(h.payroll.totals));
    Array::Ptr months = new Array;
    for (const auto& m : h.payroll.months) {
        Object::Ptr month = new Object;
        month->set("month", iso(m.month));
        month->set("payslip", to_json(m.slip));
        month->set("reported", !m.reported.empty());
        months->add(month);
    }
    o->set("months", months);
    o->set("fields", fields_json(h.payroll));
    o->set("differences", differences_json(h.payroll));
    return o;
}

} // namespace

Poco::JSON::Object::Ptr to_json(const FamilyPayrollYear& year) {
    Object::Ptr o = new Object;
    o->set("family_id", number(year.family.id));
    o->set("year", year.year);
    o->set("ties", year.ties());
    Array::Ptr helpers = new Array;
    for (const auto& h : year.helpers) helpers->add(helper_json(h));
    o->set("helpers", helpers);
    return o;
}

} // namespace hjt::app
