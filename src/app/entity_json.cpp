#include "app/entity_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "domain/shift_times.h"
#include "domain/validation.h"

namespace hjt::app {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr object() { return new Object; }

// Poco's Var needs one exact integer type; Int64 avoids long/long long ambiguity.
Poco::Int64 number(std::int64_t value) { return static_cast<Poco::Int64>(value); }

void set_date(Object& o, const std::string& key, const std::optional<Date>& d) {
    if (d)
        o.set(key, iso(*d));
    else
        o.set(key, Poco::Dynamic::Var());
}

void set_id(Object& o, const std::string& key, const std::optional<Id>& id) {
    if (id)
        o.set(key, number(*id));
    else
        o.set(key, Poco::Dynamic::Var());
}

std::string shown_cpr(const std::string& cpr, CprView view) {
    return view == CprView::record ? cpr : mask_cpr(cpr);
}

Object::Ptr tax_card_json(const TaxCard& t) {
    auto o = object();
    o->set("withholding", number(t.withholding.basis_points()));
    o->set("monthly_deduction", number(t.monthly_deduction.ore()));
    return o;
}

// {reg_no, account_no}, or null when there is none.
Poco::Dynamic::Var account_json(const std::optional<BankAccount>& account) {
    if (!account) return Poco::Dynamic::Var();
    auto o = object();
    o->set("reg_no", account->reg_no);
    o->set("account_no", account->account_no);
    return o;
}

Poco::Dynamic::Var pension_payee_json(const std::optional<PensionPayee>& payee) {
    if (!payee) return Poco::Dynamic::Var();
    auto o = object();
    o->set("name", payee->name);
    o->set("reg_no", payee->account.reg_no);
    o->set("account_no", payee->account.account_no);
    return o;
}

// Who set the account under verification ("til kontrol"), or null: confirmed or none.
Poco::Dynamic::Var unconfirmed_json(const std::string& set_by) {
    return set_by.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(set_by);
}

} // namespace

Object::Ptr to_json(const Family& f) {
    auto o = object();
    o->set("id", number(f.id));
    o->set("name", f.name);
    o->set("cvr", f.cvr);
    o->set("bank", account_json(f.bank));
    o->set("bank_unconfirmed_by", unconfirmed_json(f.bank_unconfirmed_by));
    o->set("contact_email", f.contact_email);
    o->set("contact_phone", f.contact_phone);
    o->set("status", f.status);
    return o;
}

Object::Ptr to_json(const Child& c, CprView view) {
    auto o = object();
    o->set("id", number(c.id));
    o->set("family_id", number(c.family_id));
    o->set("name", c.name);
    o->set("cpr", shown_cpr(c.cpr, view));
    set_date(*o, "birth_date", c.birth_date);
    return o;
}

Object::Ptr to_json(const Helper& h, CprView view) {
    auto o = object();
    o->set("id", number(h.id));
    o->set("family_id", number(h.family_id));
    o->set("name", h.name);
    o->set("cpr", shown_cpr(h.cpr, view));
    set_date(*o, "employment_from", h.employment.from);
    set_date(*o, "employment_to", h.employment.to);
    o->set("hourly_wage", number(h.hourly_wage.ore()));
    o->set("tax_card", tax_card_json(h.tax_card));
    return o;
}

Object::Ptr to_json(const GrantVersion& v) {
    auto o = object();
    o->set("id", number(v.id));
    o->set("grant_id", number(v.grant_id));
    set_date(*o, "effective_from", v.effective_from);
    o->set("weekly_hours", number(v.weekly_hours.hundredths()));
    o->set("hourly_wage", number(v.hourly_wage.ore()));
    if (v.window) {
        auto w = object();
        w->set("start", format_clock(v.window->start_minute));
        w->set("end", v.window->end_minute == 24 * 60 ? std::string("24:00") : format_clock(v.window->end_minute));
        w->set("weekends", v.window->weekends);
        o->set("window", w);
    } else {
        o->set("window", Poco::Dynamic::Var());
    }
    Array::Ptr lines = new Array;
    for (const auto& line : v.fixed_lines) {
        auto l = object();
        l->set("purpose", line.purpose);
        l->set("monthly_amount", number(line.monthly_amount.ore()));
        lines->add(l);
    }
    o->set("fixed_lines", lines);
    Array::Ptr budgets = new Array;
    for (const auto& budget : v.expense_budgets) {
        auto b = object();
        b->set("category", budget.category);
        b->set("yearly_amount", number(budget.yearly_amount.ore()));
        budgets->add(b);
    }
    o->set("expense_budgets", budgets);
    o->set("note", v.note);
    o->set("created_at", v.created_at);
    return o;
}

Object::Ptr to_json(const Grant& g) {
    auto o = object();
    o->set("id", number(g.id));
    o->set("child_id", number(g.child_id));
    o->set("decision_ref", g.decision_ref);
    set_date(*o, "decision_date", g.decision_date);
    set_date(*o, "valid_from", g.valid.from);
    set_date(*o, "valid_to", g.valid.to);
    Array::Ptr versions = new Array;
    for (const auto& v : g.versions) versions->add(to_json(v));
    o->set("versions", versions);
    return o;
}

Object::Ptr to_json(const Expense& e) {
    auto o = object();
    o->set("id", number(e.id));
    o->set("family_id", number(e.family_id));
    o->set("child_id", number(e.child_id));
    set_date(*o, "date", e.date);
    o->set("category", e.category);
    o->set("amount", number(e.amount.ore()));
    o->set("document_ref", e.document_ref);
    o->set("status", to_string(e.status));
    o->set("reject_reason", e.reject_reason);
    set_id(*o, "paid_in_run", e.paid_in_run);
    o->set("submitted_by", e.submitted_by);
    o->set("decided_by", e.decided_by);
    o->set("over_budget", !e.over_budget_reason.empty());
    o->set("over_budget_reason", e.over_budget_reason);
    return o;
}

Object::Ptr to_json(const LostEarningsAward& a, CprView view) {
    auto o = object();
    o->set("id", number(a.id));
    o->set("child_id", number(a.child_id));
    o->set("parent_name", a.parent_name);
    o->set("parent_cpr", shown_cpr(a.parent_cpr, view));
    set_date(*o, "period_from", a.period.from);
    set_date(*o, "period_to", a.period.to);
    o->set("monthly_income_before", number(a.monthly_income_before.ore()));
    o->set("hours_off_per_week", number(a.hours_off_per_week.hundredths()));
    if (a.normal_weekly_hours)
        o->set("normal_weekly_hours", number(a.normal_weekly_hours->hundredths()));
    else
        o->set("normal_weekly_hours", Poco::Dynamic::Var());  // not given: the award is held
    Array::Ptr holidays = new Array;
    for (const Period& p : a.holiday_periods) {
        auto period = object();
        set_date(*period, "from", p.from);
        set_date(*period, "to", p.to);
        holidays->add(period);
    }
    o->set("holiday_periods", holidays);
    o->set("former_employer_pension", number(a.former_employer_pension.basis_points()));
    o->set("monthly_saved_costs", number(a.monthly_saved_costs.ore()));
    o->set("purpose", to_string(a.purpose));
    o->set("purpose_label", danish_label(a.purpose));
    o->set("tax_card", tax_card_json(a.tax_card));
    o->set("parent_bank", account_json(a.parent_bank));
    o->set("pension_payee", pension_payee_json(a.pension_payee));
    o->set("parent_bank_unconfirmed_by", unconfirmed_json(a.parent_bank_unconfirmed_by));
    o->set("pension_unconfirmed_by", unconfirmed_json(a.pension_unconfirmed_by));
    return o;
}

Object::Ptr to_json(const User& u) {
    auto o = object();
    o->set("id", number(u.id));
    o->set("username", u.username);
    o->set("role", to_string(u.role));
    set_id(*o, "family_id", u.family_id);
    return o;
}

std::string stringify(const Object::Ptr& object) {
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(object, out);
    return out.str();
}

} // namespace hjt::app
