#include "app/register_service.h"
#include "app/permissions.h"
#include "app/account_verification.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "app/entity_json.h"
#include "app/expense_budget.h"
#include "app/payout_export.h"
#include "app/plausibility_json.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/lost_earnings.h"
#include "domain/plausibility.h"
#include "domain/rate_figures.h"
#include "domain/validation.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/rates_store.h"
#include "store/register_repository.h"

namespace hjt::app {

namespace {

const std::set<std::string> kFamilyStatuses = {"active", "inactive", "closed"};

// --- Checks that name the field -------------------------------------------

void require(bool ok, const std::string& field, const Message& message) {
    if (!ok) throw ValidationError(field, message);
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

void require_text(const std::string& value, const std::string& field) {
    require(!blank(value), field, Message{MessageCode::field_required, {}});
}

// A real date in the years hjt handles (limits::kYear).
void require_date(Date d, const std::string& field) {
    require(d.ok(), field, Message{MessageCode::date_not_real, {}});
    limits::check_date_year(d, field);
}

void require_period(const Period& p, const std::string& from_field, const std::string& to_field) {
    require_date(p.from, from_field);
    if (!p.to) return;
    require_date(*p.to, to_field);
    if (*p.to < p.from)
        throw ValidationError(to_field, Message{MessageCode::period_end_before_start,
                                                {format_danish_date(*p.to), format_danish_date(p.from)}});
}

// Checks a CPR number, puts it in the one stored form (DDMMYY-SSSS) and
// returns the birth date it encodes. Only a number that is not 10 digits or
// has no real date is refused; the modulus-11 check is not a rule since 2007
// (domain.md §10).
Date normalise_cpr(std::string& cpr, const std::string& field) {
    CprCheck check = check_cpr(cpr);
    if (check.error) throw ValidationError(field, *check.error);
    if (cpr.size() == 10) cpr = cpr.substr(0, 6) + "-" + cpr.substr(6);
    return *check.birth_date;
}

void check_tax_card(const TaxCard& t) {
    limits::check(limits::kPercentage, t.withholding, "tax_card.withholding");
    limits::check(limits::kMonthlyDeduction, t.monthly_deduction, "tax_card.monthly_deduction");
}

// An account is optional; one that is given must be a Danish reg.no. + account no.
void check_bank(const std::optional<BankAccount>& bank, const std::string& field) {
    if (!bank) return;
    if (auto error = bank_account_error(bank->reg_no, bank->account_no)) throw ValidationError(field, *error);
}

// --- Lookups that answer NotFound -----------------------------------------

Family existing_family(soci::session& sql, Id id) {
    auto f = store::find_family(sql, id);
    if (!f) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(id)}});
    return *f;
}

Child existing_child(soci::session& sql, Id id) {
    auto c = store::find_child(sql, id);
    if (!c) throw NotFound(Message{MessageCode::child_not_found, {std::to_string(id)}});
    return *c;
}

Helper existing_helper(soci::session& sql, Id id) {
    auto h = store::find_helper(sql, id);
    if (!h) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(id)}});
    return *h;
}

Grant existing_grant(soci::session& sql, Id id) {
    auto g = store::find_grant(sql, id);
    if (!g) throw NotFound(Message{MessageCode::grant_not_found, {std::to_string(id)}});
    return *g;
}

Expense existing_expense(soci::session& sql, Id id) {
    auto e = store::find_expense(sql, id);
    if (!e) throw NotFound(Message{MessageCode::expense_not_found, {std::to_string(id)}});
    return *e;
}

// --- Audit ----------------------------------------------------------------

// entity_json masks CPR numbers by default, so no full CPR reaches the log.
template <class Entity>
std::string audit_json(const std::optional<Entity>& e) {
    return e ? stringify(to_json(*e)) : "";
}

// `confirmed`: the plausibility questions the actor confirmed for this change,
// kept in the entry's after-image as "confirmed" {"by", "questions"}.
template <class Entity>
void audit(soci::session& sql, const User& actor, const std::string& action, const std::string& entity,
           Id id, const std::optional<Entity>& before, const std::optional<Entity>& after,
           const PlausibilityQuestions& confirmed = {}) {
    std::string after_json = audit_json(after);
    if (after && !confirmed.empty()) {
        auto image = to_json(*after);
        Poco::JSON::Object::Ptr confirmation = new Poco::JSON::Object;
        confirmation->set("by", actor.username);
        confirmation->set("questions", questions_json(confirmed, Language::da));
        image->set("confirmed", confirmation);
        after_json = stringify(image);
    }
    store::append_audit(sql, {actor.username, action, entity, std::to_string(id), audit_json(before), after_json});
}

// The questions of a change, before anything is written: refused unless
// confirmed (nothing stored); confirmed, they go to the audit entry.
PlausibilityQuestions settled(PlausibilityQuestions questions, Confirmation confirmation) {
    if (!questions.empty() && confirmation == Confirmation::ask) throw NeedsConfirmation(std::move(questions));
    return questions;
}

// --- Entity rules ---------------------------------------------------------

void check_family(soci::session& sql, const Family& f) {
    require_text(f.name, "name");
    if (auto error = cvr_error(f.cvr)) throw ValidationError("cvr", *error);
    if (auto holder = store::find_family_by_cvr(sql, f.cvr); holder && holder->id != f.id)
        throw ValidationError("cvr", Message{MessageCode::cvr_taken, {f.cvr, std::to_string(holder->id)}});
    check_bank(f.bank, "bank");
    require(f.contact_email.empty() || f.contact_email.find('@') != std::string::npos, "contact_email",
            Message{MessageCode::email_invalid, {f.contact_email}});
    require(kFamilyStatuses.count(f.status) > 0, "status",
            Message{MessageCode::value_not_allowed, {f.status, "active / inactive / closed"}});
}

void check_child(soci::session& sql, Child& c) {
    existing_family(sql, c.family_id);
    require_text(c.name, "name");
    Date from_cpr = normalise_cpr(c.cpr, "cpr");
    require_date(c.birth_date, "birth_date");
    require(from_cpr == c.birth_date, "birth_date",
            Message{MessageCode::birth_date_not_cpr, {format_danish_date(c.birth_date), format_danish_date(from_cpr)}});
}

void check_helper(soci::session& sql, Helper& h) {
    existing_family(sql, h.family_id);
    require_text(h.name, "name");
    normalise_cpr(h.cpr, "cpr");
    require_period(h.employment, "employment_from", "employment_to");
    limits::check(limits::kHourlyWage, h.hourly_wage, "hourly_wage");
    check_tax_card(h.tax_card);
}

void check_grant_header(const Grant& g) {
    require_text(g.decision_ref, "decision_ref");
    require_date(g.decision_date, "decision_date");
    require_period(g.valid, "valid_from", "valid_to");
}

// A version must take effect while the grant is valid and on a date no other
// version has: versions are added, never edited, so a second version on the
// same date would make it ambiguous which one holds.
void check_version(const GrantVersion& v, const Grant& g, const std::vector<GrantVersion>& existing) {
    require_date(v.effective_from, "effective_from");
    if (v.effective_from < g.valid.from)
        throw ValidationError("effective_from", Message{MessageCode::version_before_grant,
                                                        {format_danish_date(v.effective_from), format_danish_date(g.valid.from)}});
    if (g.valid.to && v.effective_from > *g.valid.to)
        throw ValidationError("effective_from", Message{MessageCode::version_after_grant,
                                                        {format_danish_date(v.effective_from), format_danish_date(*g.valid.to)}});
    bool taken = std::any_of(existing.begin(), existing.end(),
                             [&](const GrantVersion& other) { return other.effective_from == v.effective_from; });
    require(!taken, "effective_from", Message{MessageCode::version_date_taken, {format_danish_date(v.effective_from)}});
    limits::check(limits::kWeeklyHours, v.weekly_hours, "weekly_hours");
    limits::check(limits::kHourlyWage, v.hourly_wage, "hourly_wage");
    if (v.window)
        require(0 <= v.window->start_minute && v.window->start_minute < v.window->end_minute &&
                    v.window->end_minute <= 24 * 60,
                "window.end", Message{MessageCode::window_end_not_after_start, {}});
    for (const auto& line : v.fixed_lines) {
        require_text(line.purpose, "fixed_lines.purpose");
        limits::check(limits::kFixedMonthlyAmount, line.monthly_amount, "fixed_lines.monthly_amount");
    }
    std::set<std::string> categories;
    for (const auto& budget : v.expense_budgets) {
        require_text(budget.category, "expense_budgets.category");
        require(categories.insert(budget.category).second, "expense_budgets.category",
                Message{MessageCode::budget_category_twice, {budget.category}});
        limits::check(limits::kYearlyBudget, budget.yearly_amount, "expense_budgets.yearly_amount");
    }
}

// The most one expense may be: the home-training cap of its year (a child is
// never paid more in a year), or the ceiling of any amount when the year has
// no stored rate table yet.
Money year_cap_or_ceiling(soci::session& sql, int year) {
    auto figures = store::load_year_figures(sql, year);
    if (figures.empty()) return limits::kAmountCeiling;
    YearRates rates = year_rates_from(year, figures, "rate_values");
    return rates.home_training_cap ? rates.home_training_cap->amount : limits::kAmountCeiling;
}

void check_expense(soci::session& sql, const Expense& e) {
    existing_family(sql, e.family_id);
    Child child = existing_child(sql, e.child_id);
    require(child.family_id == e.family_id, "child_id",
            Message{MessageCode::child_not_in_family, {std::to_string(e.child_id)}});
    require_date(e.date, "date");
    require_text(e.category, "category");
    limits::check({limits::kExpenseMinimum, year_cap_or_ceiling(sql, static_cast<int>(e.date.year()))}, e.amount,
                  "amount");
    if (auto error = document_ref_error(e.document_ref)) throw ValidationError("document_ref", *error);
    require(e.status == ExpenseStatus::submitted, "status", Message{MessageCode::expense_new_not_submitted, {}});
    require(!e.paid_in_run, "paid_in_run", Message{MessageCode::set_by_payout_run, {}});
}

// Health treatments and courses abroad are never paid (domain.md §1): such an
// expense is refused, when submitted or approved, with the policy's reason.
void refuse_excluded_category(soci::session& sql, const Expense& e) {
    Policy policy = store::has_policy(sql) ? store::load_policy(sql, e.date) : Policy{};
    if (auto reason = policy.expense_exclusion(e.category))
        throw ValidationError("category", Message{MessageCode::expense_not_covered, {e.category, *reason}});
}

void refuse_closed_year(soci::session& sql, const Expense& e) {
    store::refuse_if_closed(sql, e.family_id, static_cast<int>(e.date.year()), "udlæggene");
}

void check_award_payees(const LostEarningsAward& a) {
    check_bank(a.parent_bank, "parent_bank");
    if (a.pension_payee) {
        require_text(a.pension_payee->name, "pension_payee.name");
        check_bank(a.pension_payee->account, "pension_payee");
    }
}

// Holiday periods lie within the award's period (the rules check their order).
void check_award_holidays(const LostEarningsAward& a) {
    for (const Period& holiday : a.holiday_periods) {
        require_date(holiday.from, "holiday_periods");
        if (holiday.to) require_date(*holiday.to, "holiday_periods");
        require(holiday.from >= a.period.from && (!a.period.to || !holiday.to || *holiday.to <= *a.period.to),
                "holiday_periods", Message{MessageCode::holiday_outside_award, {format_danish_date(holiday.from)}});
    }
}

void check_award(soci::session& sql, LostEarningsAward& a) {
    Child child = existing_child(sql, a.child_id);
    require_text(a.parent_name, "parent_name");
    normalise_cpr(a.parent_cpr, "parent_cpr");
    require_period(a.period, "period_from", "period_to");
    // A missing normal_weekly_hours is refused by check_lost_earnings_rules (§ 87, stk. 3).
    if (a.normal_weekly_hours) limits::check(limits::kWeeklyHours, *a.normal_weekly_hours, "normal_weekly_hours");
    limits::check(limits::kWeeklyHours, a.hours_off_per_week, "hours_off_per_week");
    // § 87 itself: not from the 18th birthday, 0 < f ≤ 1, holidays in order. (Not
    // for home schooling: the purpose is an AwardPurpose, a list without it.)
    check_lost_earnings_rules(a, child.birth_date);
    Date last = support_end(child.birth_date);
    require(!a.period.to || *a.period.to <= last, "period_to",
            Message{MessageCode::award_after_support_end, {format_danish_date(last)}});
    limits::check(limits::kMonthlyIncome, a.monthly_income_before, "monthly_income_before");
    limits::check(limits::kPercentage, a.former_employer_pension, "former_employer_pension");
    // One cannot save more than one earned.
    limits::check({Money{}, a.monthly_income_before}, a.monthly_saved_costs, "monthly_saved_costs");
    check_tax_card(a.tax_card);
    check_award_holidays(a);
    check_award_payees(a);
}

// One parent is not paid twice for the same child and days: an award whose
// period overlaps another award of the same parent and child is refused.
// (A change of hours ends the award and starts a new one the day after.)
void refuse_overlapping_award(soci::session& sql, const LostEarningsAward& a) {
    for (const auto& other : store::list_awards(sql, a.child_id)) {
        if (other.id == a.id || other.parent_cpr != a.parent_cpr || !intersect(other.period, a.period)) continue;
        throw ValidationError("period_from",
                              Message{MessageCode::overlap, {std::to_string(other.id), format_danish_date(other.period.from),
                                                             other.period.to ? format_danish_date(*other.period.to) : "løbende"}});
    }
}

// How an account given at creation starts (README, "Four eyes on accounts").
enum class NewAccounts { to_verify, confirmed };

Family create_family_with(soci::session& sql, const User& actor, Family f, NewAccounts accounts) {
    require_permission(actor, Operation::register_write);
    f.id = 0;
    check_family(sql, f);
    f.bank_unconfirmed_by.clear();
    if (accounts == NewAccounts::to_verify) mark_changed_accounts(std::nullopt, f, actor);
    f.id = store::insert_family(sql, f);
    audit<Family>(sql, actor, "create", "family", f.id, std::nullopt, f);
    return f;
}

LostEarningsAward create_award_with(soci::session& sql, const User& actor, LostEarningsAward a, NewAccounts accounts) {
    require_permission(actor, Operation::register_write);
    a.id = 0;
    check_award(sql, a);
    refuse_overlapping_award(sql, a);
    a.parent_bank_unconfirmed_by.clear();
    a.pension_unconfirmed_by.clear();
    if (accounts == NewAccounts::to_verify) mark_changed_accounts(std::nullopt, a, actor);
    a.id = store::insert_award(sql, a);
    audit<LostEarningsAward>(sql, actor, "create", "lost_earnings_award", a.id, std::nullopt, a);
    return a;
}

} // namespace

Family create_family(soci::session& sql, const User& actor, Family f) {
    return create_family_with(sql, actor, std::move(f), NewAccounts::to_verify);
}

Family create_imported_family(soci::session& sql, const User& actor, Family f) {
    return create_family_with(sql, actor, std::move(f), NewAccounts::confirmed);
}

Family update_family(soci::session& sql, const User& actor, Family f) {
    require_permission(actor, Operation::register_write);
    Family before = existing_family(sql, f.id);
    check_family(sql, f);
    mark_changed_accounts(before, f, actor);
    store::update_family(sql, f);
    audit<Family>(sql, actor, "update", "family", f.id, before, f);
    return f;
}

Child create_child(soci::session& sql, const User& actor, Child c, Confirmation confirmation) {
    require_permission(actor, Operation::register_write);
    c.id = 0;
    check_child(sql, c);
    auto confirmed = settled(child_questions(c, today_in_copenhagen()), confirmation);
    c.id = store::insert_child(sql, c);
    audit<Child>(sql, actor, "create", "child", c.id, std::nullopt, c, confirmed);
    return c;
}

Child update_child(soci::session& sql, const User& actor, Child c, Confirmation confirmation) {
    require_permission(actor, Operation::register_write);
    Child before = existing_child(sql, c.id);
    check_child(sql, c);
    // Only a changed birth date is asked about, as a helper's changed wage below.
    auto confirmed = c.birth_date == before.birth_date ? PlausibilityQuestions{}
                                                       : settled(child_questions(c, today_in_copenhagen()), confirmation);
    store::update_child(sql, c);
    audit<Child>(sql, actor, "update", "child", c.id, before, c, confirmed);
    return c;
}

Helper create_helper(soci::session& sql, const User& actor, Helper h, Confirmation confirmation) {
    require_permission(actor, Operation::family_edit, h.family_id);
    h.id = 0;
    check_helper(sql, h);
    auto confirmed = settled(helper_questions(h), confirmation);
    h.id = store::insert_helper(sql, h);
    audit<Helper>(sql, actor, "create", "helper", h.id, std::nullopt, h, confirmed);
    return h;
}

Helper update_helper(soci::session& sql, const User& actor, Helper h, Confirmation confirmation) {
    require_permission(actor, Operation::family_edit);
    Helper before = existing_helper(sql, h.id);
    // A family edits only its own helpers, and cannot move one to another family.
    require_permission(actor, Operation::family_edit, before.family_id);
    require_permission(actor, Operation::family_edit, h.family_id);
    check_helper(sql, h);
    // Only a changed wage is asked about: a stored one was confirmed (or usual) when it was set.
    auto confirmed = h.hourly_wage == before.hourly_wage ? PlausibilityQuestions{}
                                                         : settled(helper_questions(h), confirmation);
    store::update_helper(sql, h);
    audit<Helper>(sql, actor, "update", "helper", h.id, before, h, confirmed);
    return h;
}

Grant create_grant(soci::session& sql, const User& actor, Grant g, Confirmation confirmation) {
    require_permission(actor, Operation::register_write);
    Child child = existing_child(sql, g.child_id);
    check_grant_header(g);
    require(!g.versions.empty(), "versions", Message{MessageCode::grant_needs_version, {}});
    std::vector<GrantVersion> checked;
    for (auto& v : g.versions) {
        check_version(v, g, checked);
        v.created_at.clear();  // the store stamps the time it is made
        checked.push_back(v);
    }
    auto confirmed = settled(grant_questions(g, child.birth_date), confirmation);
    Id id = store::insert_grant(sql, g, actor.username);
    Grant stored = existing_grant(sql, id);
    audit<Grant>(sql, actor, "create", "grant", id, std::nullopt, stored, confirmed);
    return stored;
}

GrantVersion add_grant_version(soci::session& sql, const User& actor, GrantVersion v, Confirmation confirmation) {
    require_permission(actor, Operation::register_write);
    Grant g = existing_grant(sql, v.grant_id);
    check_version(v, g, g.versions);
    auto confirmed = settled(version_questions(v), confirmation);
    v.created_at.clear();  // the time it is made, whatever its effective date
    Id id = store::insert_grant_version(sql, v, actor.username);
    Grant after = existing_grant(sql, g.id);
    audit<Grant>(sql, actor, "add-version", "grant", g.id, g, after, confirmed);
    return *std::find_if(after.versions.begin(), after.versions.end(),
                         [&](const GrantVersion& stored) { return stored.id == id; });
}

Expense create_expense(soci::session& sql, const User& actor, Expense e) {
    require_permission(actor, Operation::family_edit, e.family_id);
    e.id = 0;
    e.submitted_by = actor.username;
    e.decided_by.clear();
    e.over_budget_reason.clear();
    check_expense(sql, e);
    refuse_excluded_category(sql, e);
    refuse_closed_year(sql, e);
    e.id = store::insert_expense(sql, e);
    audit<Expense>(sql, actor, "create", "expense", e.id, std::nullopt, e);
    return e;
}

Expense decide_expense(soci::session& sql, const User& actor, Id expense_id, ExpenseStatus status,
                       const std::string& reason) {
    require_permission(actor, Operation::expense_decide);
    return record_expense_decision(sql, actor, expense_id, status, reason);
}

Expense record_expense_decision(soci::session& sql, const User& actor, Id expense_id, ExpenseStatus status,
                                const std::string& reason) {
    Expense before = existing_expense(sql, expense_id);
    if (before.paid_in_run)
        throw Conflict(Message{MessageCode::expense_paid, {std::to_string(expense_id), std::to_string(*before.paid_in_run)}});
    if (!before.submitted_by.empty() && before.submitted_by == actor.username)
        throw Conflict(Message{MessageCode::four_eyes_expense, {std::to_string(expense_id), actor.username}});
    require(status != ExpenseStatus::submitted, "status", Message{MessageCode::expense_decision_unknown, {to_string(status)}});
    require(status != ExpenseStatus::rejected || !blank(reason), "reason", Message{MessageCode::reason_required, {}});
    refuse_closed_year(sql, before);
    if (status == ExpenseStatus::approved) refuse_excluded_category(sql, before);
    Expense after = before;
    after.status = status;
    after.decided_by = actor.username;
    after.reject_reason = status == ExpenseStatus::rejected ? reason : "";
    after.over_budget_reason.clear();
    if (status == ExpenseStatus::approved) {
        ExpenseBudgetStatus budget = expense_budget_status(sql, before);
        if (budget.over_budget) {
            if (blank(reason))
                throw ValidationError("reason", Message{MessageCode::over_budget,
                                                        {format_kroner(before.amount), before.category,
                                                         std::to_string(budget.year), format_kroner(*budget.remaining),
                                                         format_kroner(*budget.budget)}});
            after.over_budget_reason = reason;
        }
    }
    store::update_expense(sql, after);
    audit<Expense>(sql, actor, status == ExpenseStatus::approved ? "approve" : "reject", "expense", after.id, before,
                   after);
    return after;
}

LostEarningsAward create_award(soci::session& sql, const User& actor, LostEarningsAward a) {
    return create_award_with(sql, actor, std::move(a), NewAccounts::to_verify);
}

LostEarningsAward create_imported_award(soci::session& sql, const User& actor, LostEarningsAward a) {
    return create_award_with(sql, actor, std::move(a), NewAccounts::confirmed);
}

LostEarningsAward set_award_accounts(soci::session& sql, const User& actor, Id award_id,
                                     std::optional<BankAccount> parent_bank,
                                     std::optional<PensionPayee> pension_payee) {
    require_permission(actor, Operation::register_write);
    auto before = store::find_award(sql, award_id);
    if (!before) throw NotFound(Message{MessageCode::award_not_found, {std::to_string(award_id)}});
    LostEarningsAward after = *before;
    after.parent_bank = std::move(parent_bank);
    after.pension_payee = std::move(pension_payee);
    check_award_payees(after);
    mark_changed_accounts(before, after, actor);
    store::update_award_accounts(sql, after);
    audit<LostEarningsAward>(sql, actor, "set-accounts", "lost_earnings_award", award_id, *before, after);
    return after;
}

LostEarningsAward set_award_terms(soci::session& sql, const User& actor, Id award_id,
                                  std::optional<Hours> normal_weekly_hours, std::vector<Period> holiday_periods) {
    require_permission(actor, Operation::register_write);
    auto before = store::find_award(sql, award_id);
    if (!before) throw NotFound(Message{MessageCode::award_not_found, {std::to_string(award_id)}});
    LostEarningsAward after = *before;
    if (normal_weekly_hours) after.normal_weekly_hours = normal_weekly_hours;
    after.holiday_periods = std::move(holiday_periods);
    check_award(sql, after);
    store::update_award_terms(sql, after);
    audit<LostEarningsAward>(sql, actor, "set-terms", "lost_earnings_award", award_id, *before, after);
    return after;
}

} // namespace hjt::app
