#include "store/entity_rows.h"

#include <stdexcept>

#include "store/payout_columns.h"

namespace hjt::store::rows {
namespace {

// Dates are stored as ISO text; a value that does not parse was written by
// something other than this program, so it is an error, not a default.
Date stored_date(const std::string& text, const char* column) {
    auto d = parse_iso_date(text);
    if (!d) throw std::runtime_error(std::string("corrupt date '") + text + "' in column " + column);
    return *d;
}

std::optional<Date> stored_date(const Nullable<std::string>& text, const char* column) {
    if (text.ind == soci::i_null) return std::nullopt;
    return stored_date(text.value, column);
}

Nullable<std::string> text_of(const std::optional<std::string>& value) {
    return value ? Nullable<std::string>{*value, soci::i_ok} : Nullable<std::string>{};
}

Nullable<std::string> date_of(const std::optional<Date>& d) { return text_of(d ? std::optional(iso(*d)) : std::nullopt); }

std::optional<BankAccount> bank_of(const Nullable<std::string>& reg, const Nullable<std::string>& account) {
    return payout_columns::to_bank_account(reg.value, reg.ind, account.value, account.ind);
}

Nullable<std::string> reg_of(const std::optional<BankAccount>& bank) {
    return text_of(bank ? std::optional(bank->reg_no) : std::nullopt);
}

Nullable<std::string> account_of(const std::optional<BankAccount>& bank) {
    return text_of(bank ? std::optional(bank->account_no) : std::nullopt);
}

} // namespace

Family FamilyRow::entity() const {
    return {id, name, cvr, bank_of(bank_reg, bank_account), contact_email, contact_phone, status, bank_unconfirmed_by};
}

FamilyRow FamilyRow::of(const Family& f) {
    FamilyRow r;
    r.id = f.id;
    r.name = f.name;
    r.cvr = f.cvr;
    r.bank_reg = reg_of(f.bank);
    r.bank_account = account_of(f.bank);
    r.contact_email = f.contact_email;
    r.contact_phone = f.contact_phone;
    r.status = f.status;
    r.bank_unconfirmed_by = f.bank_unconfirmed_by;
    return r;
}

Child ChildRow::entity() const { return {id, family_id, name, cpr, stored_date(birth_date, "children.birth_date")}; }

ChildRow ChildRow::of(const Child& c) { return {c.id, c.family_id, c.name, c.cpr, iso(c.birth_date)}; }

Helper HelperRow::entity() const {
    return {id,
            family_id,
            name,
            cpr,
            Period{stored_date(employment_from, "helpers.employment_from"),
                   stored_date(employment_to, "helpers.employment_to")},
            Money::ore(hourly_wage_ore),
            TaxCard{Rate::basis_points(tax_rate_bp), Money::ore(monthly_deduction_ore)}};
}

HelperRow HelperRow::of(const Helper& h) {
    HelperRow r;
    r.id = h.id;
    r.family_id = h.family_id;
    r.name = h.name;
    r.cpr = h.cpr;
    r.employment_from = iso(h.employment.from);
    r.employment_to = date_of(h.employment.to);
    r.hourly_wage_ore = h.hourly_wage.ore();
    r.tax_rate_bp = h.tax_card.withholding.basis_points();
    r.monthly_deduction_ore = h.tax_card.monthly_deduction.ore();
    return r;
}

Grant GrantRow::entity() const {
    return {id, child_id, decision_ref, stored_date(decision_date, "grants.decision_date"),
            Period{stored_date(valid_from, "grants.valid_from"), stored_date(valid_to, "grants.valid_to")}, {}};
}

GrantRow GrantRow::of(const Grant& g) {
    return {g.id, g.child_id, g.decision_ref, iso(g.decision_date), iso(g.valid.from), date_of(g.valid.to)};
}

GrantVersion GrantVersionRow::entity() const {
    GrantVersion v{id,   grant_id,   stored_date(effective_from, "grant_versions.effective_from"),
                   Hours::hundredths(weekly_hours_h100), Money::ore(hourly_wage_ore), {}, {}, note, created_at,
                   std::nullopt};
    if (window_start_minute.ind == soci::i_ok && window_end_minute.ind == soci::i_ok)
        v.window = PayWindow{static_cast<int>(window_start_minute.value), static_cast<int>(window_end_minute.value),
                             window_weekends != 0};
    return v;
}

GrantVersionRow GrantVersionRow::of(const GrantVersion& v) {
    GrantVersionRow r;
    r.id = v.id;
    r.grant_id = v.grant_id;
    r.effective_from = iso(v.effective_from);
    r.weekly_hours_h100 = v.weekly_hours.hundredths();
    r.hourly_wage_ore = v.hourly_wage.ore();
    r.note = v.note;
    r.created_at = v.created_at;
    if (v.window) {
        r.window_start_minute = {v.window->start_minute, soci::i_ok};
        r.window_end_minute = {v.window->end_minute, soci::i_ok};
    }
    r.window_weekends = v.window && v.window->weekends ? 1 : 0;
    return r;
}

Expense ExpenseRow::entity() const {
    auto parsed = parse_expense_status(status);
    if (!parsed) throw std::runtime_error("corrupt status '" + status + "' in expenses.status");
    return {id,
            family_id,
            child_id,
            stored_date(expense_date, "expenses.expense_date"),
            category,
            Money::ore(amount_ore),
            document_ref,
            *parsed,
            reject_reason,
            paid_run_id.ind == soci::i_ok ? std::optional<Id>(paid_run_id.value) : std::nullopt,
            submitted_by,
            decided_by,
            over_budget_reason};
}

ExpenseRow ExpenseRow::of(const Expense& e) {
    ExpenseRow r;
    r.id = e.id;
    r.family_id = e.family_id;
    r.child_id = e.child_id;
    r.expense_date = iso(e.date);
    r.category = e.category;
    r.amount_ore = e.amount.ore();
    r.document_ref = e.document_ref;
    r.status = to_string(e.status);
    r.reject_reason = e.reject_reason;
    if (e.paid_in_run) r.paid_run_id = {*e.paid_in_run, soci::i_ok};
    r.submitted_by = e.submitted_by;
    r.decided_by = e.decided_by;
    r.over_budget_reason = e.over_budget_reason;
    return r;
}

LostEarningsAward AwardRow::entity() const {
    auto code = parse_award_purpose(purpose);
    if (!code) throw std::runtime_error("corrupt purpose '" + purpose + "' in lost_earnings_awards.purpose");
    std::optional<PensionPayee> pension;
    if (auto account = bank_of(pension_bank_reg, pension_bank_account))
        pension = PensionPayee{pension_payee_name.ind == soci::i_ok ? pension_payee_name.value : "", *account};
    return {id,
            child_id,
            parent_name,
            parent_cpr,
            Period{stored_date(period_from, "lost_earnings_awards.period_from"),
                   stored_date(period_to, "lost_earnings_awards.period_to")},
            Money::ore(income_before_ore),
            Hours::hundredths(hours_off_h100),
            // An award stored before the hours were required may hold the
            // old default 37 that nobody gave: such hours are not known.
            normal_hours_given != 0 ? std::optional(Hours::hundredths(normal_hours_h100)) : std::nullopt,
            Rate::basis_points(pension_rate_bp),
            Money::ore(saved_costs_ore),
            *code,
            TaxCard{Rate::basis_points(tax_rate_bp), Money::ore(monthly_deduction_ore)},
            bank_of(parent_bank_reg, parent_bank_account),
            pension,
            {},  // holiday periods: rows of lost_earnings_holidays
            parent_bank_unconfirmed_by,
            pension_unconfirmed_by};
}

AwardRow AwardRow::of(const LostEarningsAward& a) {
    AwardRow r;
    r.id = a.id;
    r.child_id = a.child_id;
    r.parent_name = a.parent_name;
    r.parent_cpr = a.parent_cpr;
    r.period_from = iso(a.period.from);
    r.period_to = date_of(a.period.to);
    r.income_before_ore = a.monthly_income_before.ore();
    r.hours_off_h100 = a.hours_off_per_week.hundredths();
    r.normal_hours_h100 = a.normal_weekly_hours.value_or(Hours{}).hundredths();
    r.normal_hours_given = a.normal_weekly_hours ? 1 : 0;
    r.pension_rate_bp = a.former_employer_pension.basis_points();
    r.saved_costs_ore = a.monthly_saved_costs.ore();
    r.purpose = to_string(a.purpose);
    r.tax_rate_bp = a.tax_card.withholding.basis_points();
    r.monthly_deduction_ore = a.tax_card.monthly_deduction.ore();
    r.parent_bank_reg = reg_of(a.parent_bank);
    r.parent_bank_account = account_of(a.parent_bank);
    const auto pension_account = a.pension_payee ? std::optional(a.pension_payee->account) : std::nullopt;
    if (a.pension_payee) r.pension_payee_name = {a.pension_payee->name, soci::i_ok};
    r.pension_bank_reg = reg_of(pension_account);
    r.pension_bank_account = account_of(pension_account);
    r.parent_bank_unconfirmed_by = a.parent_bank_unconfirmed_by;
    r.pension_unconfirmed_by = a.pension_unconfirmed_by;
    return r;
}

} // namespace hjt::store::rows
