#include "http/register_input.h"

#include "domain/errors.h"
#include "domain/shift_times.h"
#include "domain/validation.h"

namespace hjt::http {
namespace {

// The current value of a member as the fallback for an absent field.
template <class Entity, class Get>
auto keep(const std::optional<Entity>& current, Get get) -> std::optional<decltype(get(*current))> {
    if (!current) return std::nullopt;
    return get(*current);
}

TaxCard tax_card_from_json(const JsonInput& in, const std::string& name, const std::optional<TaxCard>& current) {
    auto card = in.object(name);
    if (!card) {
        if (current) return *current;
        throw ValidationError(in.field(name), Message{MessageCode::field_required, {}});
    }
    return {card->rate("withholding", keep(current, [](const TaxCard& t) { return t.withholding; })),
            card->money("monthly_deduction", keep(current, [](const TaxCard& t) { return t.monthly_deduction; }))};
}

// {"reg_no": "1234", "account_no": "0012345678"}, or null / absent: none.
std::optional<BankAccount> account_from_json(const JsonInput& in, const std::string& name) {
    auto bank = in.object(name);
    if (!bank) return std::nullopt;
    return BankAccount{bank->text("reg_no"), bank->text("account_no")};
}

std::optional<BankAccount> bank_from_json(const JsonInput& in, const std::optional<Family>& current) {
    if (!in.given("bank")) return current ? current->bank : std::nullopt;
    return account_from_json(in, "bank");  // null: no account on file
}

// {"name": ..., "reg_no": ..., "account_no": ...}, or null / absent: the municipality's default.
std::optional<PensionPayee> pension_payee_from_json(const JsonInput& in) {
    auto payee = in.object("pension_payee");
    if (!payee) return std::nullopt;
    return PensionPayee{payee->text("name"), BankAccount{payee->text("reg_no"), payee->text("account_no")}};
}

// The date in the CPR number, when the number has one.
std::optional<Date> birth_date_in(const std::string& cpr) { return check_cpr(cpr).birth_date; }

} // namespace

Family family_from_json(const JsonInput& in, const std::optional<Family>& current) {
    Family f = current.value_or(Family{});
    f.name = in.text("name", keep(current, [](const Family& x) { return x.name; }));
    f.cvr = in.text("cvr", keep(current, [](const Family& x) { return x.cvr; }));
    f.bank = bank_from_json(in, current);
    f.contact_email = in.text("contact_email", f.contact_email);
    f.contact_phone = in.text("contact_phone", f.contact_phone);
    f.status = in.text("status", f.status);
    return f;
}

Child child_from_json(const JsonInput& in, const std::optional<Child>& current) {
    Child c = current.value_or(Child{});
    c.name = in.text("name", keep(current, [](const Child& x) { return x.name; }));
    c.cpr = in.text("cpr", keep(current, [](const Child& x) { return x.cpr; }));
    // Without a birth date the CPR number's date is taken (a bad CPR number is
    // reported by the service, naming "cpr").
    auto fallback = in.has("cpr") ? birth_date_in(c.cpr) : keep(current, [](const Child& x) { return x.birth_date; });
    c.birth_date = in.date("birth_date", fallback.value_or(Date{}));
    return c;
}

Helper helper_from_json(const JsonInput& in, const std::optional<Helper>& current) {
    Helper h = current.value_or(Helper{});
    h.name = in.text("name", keep(current, [](const Helper& x) { return x.name; }));
    h.cpr = in.text("cpr", keep(current, [](const Helper& x) { return x.cpr; }));
    h.employment.from = in.date("employment_from", keep(current, [](const Helper& x) { return x.employment.from; }));
    h.employment.to = in.optional_date("employment_to", h.employment.to);
    h.hourly_wage = in.money("hourly_wage", keep(current, [](const Helper& x) { return x.hourly_wage; }));
    h.tax_card = tax_card_from_json(in, "tax_card", keep(current, [](const Helper& x) { return x.tax_card; }));
    return h;
}

GrantVersion grant_version_from_json(const JsonInput& in) {
    GrantVersion v;
    v.effective_from = in.date("effective_from");
    v.weekly_hours = in.hours("weekly_hours");
    v.hourly_wage = in.money("hourly_wage");
    for (const auto& line : in.objects("fixed_lines").value_or(std::vector<JsonInput>{}))
        v.fixed_lines.push_back({line.text("purpose"), line.money("monthly_amount")});
    for (const auto& budget : in.objects("expense_budgets").value_or(std::vector<JsonInput>{}))
        v.expense_budgets.push_back({budget.text("category"), budget.money("yearly_amount")});
    v.note = in.text("note", "");
    if (auto window = in.object("window")) {
        auto clock = [&](const std::string& name) {
            return clock_or_refuse(window->text(name), window->field(name), true);
        };
        v.window = PayWindow{clock("start"), clock("end"), window->boolean("weekends", false)};
    }
    return v;
}

Grant grant_from_json(const JsonInput& in) {
    Grant g;
    g.decision_ref = in.text("decision_ref");
    g.decision_date = in.date("decision_date");
    g.valid.from = in.date("valid_from");
    g.valid.to = in.optional_date("valid_to");
    auto versions = in.objects("versions");
    if (!versions || versions->empty()) throw ValidationError("versions", Message{MessageCode::grant_needs_version, {}});
    for (const auto& v : *versions) g.versions.push_back(grant_version_from_json(v));
    return g;
}

Expense expense_from_json(const JsonInput& in) {
    Expense e;
    e.child_id = in.id("child_id");
    e.date = in.date("date");
    e.category = in.text("category");
    e.amount = in.money("amount");
    e.document_ref = in.text("document_ref", "");
    return e;
}

std::vector<Period> holiday_periods_from_json(const JsonInput& in) {
    std::vector<Period> periods;
    if (auto items = in.objects("holiday_periods"))
        for (const auto& item : *items) periods.push_back(Period{item.date("from"), item.date("to")});
    return periods;
}

LostEarningsAward award_from_json(const JsonInput& in) {
    LostEarningsAward a;
    a.parent_name = in.text("parent_name");
    a.parent_cpr = in.text("parent_cpr");
    a.period.from = in.date("period_from");
    a.period.to = in.optional_date("period_to");
    a.monthly_income_before = in.money("monthly_income_before");
    a.hours_off_per_week = in.hours("hours_off_per_week");
    // Required: the service refuses an award without them (§ 87, stk. 3).
    if (in.has("normal_weekly_hours")) a.normal_weekly_hours = in.hours("normal_weekly_hours");
    a.holiday_periods = holiday_periods_from_json(in);
    a.former_employer_pension = in.rate("former_employer_pension", Rate{});
    a.monthly_saved_costs = in.money("monthly_saved_costs", Money{});
    a.purpose = award_purpose_from_text(in.text("purpose"), in.field("purpose"));
    a.tax_card = tax_card_from_json(in, "tax_card", std::nullopt);
    a.parent_bank = account_from_json(in, "parent_bank");
    a.pension_payee = pension_payee_from_json(in);
    return a;
}

LostEarningsAward award_payees_from_json(const JsonInput& in) {
    LostEarningsAward a;
    a.parent_bank = account_from_json(in, "parent_bank");
    a.pension_payee = pension_payee_from_json(in);
    return a;
}

ExpenseDecision decision_from_json(const JsonInput& in) {
    std::string status = in.text("status");
    auto parsed = parse_expense_status(status);
    if (!parsed || *parsed == ExpenseStatus::submitted)
        throw ValidationError(in.field("status"), Message{MessageCode::expense_decision_unknown, {status}});
    return {*parsed, in.text("reason", "")};
}

} // namespace hjt::http
