#include "store/register_repository.h"

#include <functional>
#include <map>
#include <stdexcept>

#include "store/payout_columns.h"
#include "store/sql_dialect.h"
#include "support/clock.h"

namespace hjt::store {

namespace {

// --- Column values <-> domain values ------------------------------------

// Dates are stored as ISO text; a value that does not parse was written by
// something other than this program, so it is an error, not a default.
Date stored_date(const std::string& text, const char* column) {
    auto d = parse_iso_date(text);
    if (!d) throw std::runtime_error(std::string("corrupt date '") + text + "' in column " + column);
    return *d;
}

std::optional<Date> stored_date(const std::string& text, soci::indicator ind, const char* column) {
    if (ind == soci::i_null) return std::nullopt;
    return stored_date(text, column);
}

// A nullable TEXT parameter: keeps the value and its indicator alive while bound.
struct NullableText {
    std::string value;
    soci::indicator ind = soci::i_null;
};

NullableText nullable_date(const std::optional<Date>& d) {
    if (!d) return {};
    return {iso(*d), soci::i_ok};
}

struct NullableId {
    Id value = 0;
    soci::indicator ind = soci::i_null;
};

struct NullableInt {
    int value = 0;
    soci::indicator ind = soci::i_null;
};

NullableId nullable_id(const std::optional<Id>& id) {
    if (!id) return {};
    return {*id, soci::i_ok};
}

// Runs a SELECT whose columns are bound by `bind_columns` into a row buffer,
// calling `on_row` once per fetched row. The parameters are bound in order.
template <class... Params>
void each_row(soci::session& sql, const std::string& query, const std::function<void(soci::statement&)>& bind_columns,
              const std::function<void()>& on_row, const Params&... params) {
    soci::statement st(sql);
    bind_columns(st);
    (st.exchange(soci::use(params)), ...);
    st.alloc();
    st.prepare(query);
    st.define_and_bind();
    if (!st.execute(true)) return;
    do on_row();
    while (st.fetch());
}

// Every reader below follows one pattern: a Row buffer with the table's
// columns, bound once, converted to the entity after each fetch.
template <class Row, class... Params>
auto select_all(soci::session& sql, const std::string& where, const Params&... params) {
    Row row;
    std::vector<decltype(row.entity())> out;
    each_row(sql, std::string(Row::select) + " " + where, [&](soci::statement& st) { row.bind(st); },
             [&] { out.push_back(row.entity()); }, params...);
    return out;
}

template <class Row, class... Params>
auto select_one(soci::session& sql, const std::string& where, const Params&... params)
    -> std::optional<decltype(std::declval<Row>().entity())> {
    auto rows = select_all<Row>(sql, where, params...);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

// --- Families -------------------------------------------------------------

struct FamilyRow {
    static constexpr const char* select =
        "SELECT id, name, cvr, bank_reg, bank_account, contact_email, contact_phone, status FROM families";
    Id id = 0;
    std::string name, cvr, bank_reg, bank_account, email, phone, status;
    soci::indicator bank_reg_ind = soci::i_null, bank_account_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(name));
        st.exchange(soci::into(cvr));
        st.exchange(soci::into(bank_reg, bank_reg_ind));
        st.exchange(soci::into(bank_account, bank_account_ind));
        st.exchange(soci::into(email));
        st.exchange(soci::into(phone));
        st.exchange(soci::into(status));
    }
    Family entity() const {
        Family f{id, name, cvr, std::nullopt, email, phone, status};
        if (bank_reg_ind == soci::i_ok && bank_account_ind == soci::i_ok) f.bank = BankAccount{bank_reg, bank_account};
        return f;
    }
};

// --- Children -------------------------------------------------------------

struct ChildRow {
    static constexpr const char* select = "SELECT id, family_id, name, cpr, birth_date FROM children";
    Id id = 0, family_id = 0;
    std::string name, cpr, birth_date;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(family_id));
        st.exchange(soci::into(name));
        st.exchange(soci::into(cpr));
        st.exchange(soci::into(birth_date));
    }
    Child entity() const { return {id, family_id, name, cpr, stored_date(birth_date, "children.birth_date")}; }
};

// --- Helpers --------------------------------------------------------------

struct HelperRow {
    static constexpr const char* select =
        "SELECT id, family_id, name, cpr, employment_from, employment_to, hourly_wage_ore, tax_rate_bp,"
        " monthly_deduction_ore FROM helpers";
    Id id = 0, family_id = 0;
    std::string name, cpr, from, to;
    soci::indicator to_ind = soci::i_null;
    std::int64_t wage = 0, tax_rate = 0, deduction = 0;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(family_id));
        st.exchange(soci::into(name));
        st.exchange(soci::into(cpr));
        st.exchange(soci::into(from));
        st.exchange(soci::into(to, to_ind));
        st.exchange(soci::into(wage));
        st.exchange(soci::into(tax_rate));
        st.exchange(soci::into(deduction));
    }
    Helper entity() const {
        return {id,
                family_id,
                name,
                cpr,
                Period{stored_date(from, "helpers.employment_from"), stored_date(to, to_ind, "helpers.employment_to")},
                Money::ore(wage),
                TaxCard{Rate::basis_points(tax_rate), Money::ore(deduction)}};
    }
};

// --- Grants ---------------------------------------------------------------

struct GrantRow {
    static constexpr const char* select =
        "SELECT id, child_id, decision_ref, decision_date, valid_from, valid_to FROM grants";
    Id id = 0, child_id = 0;
    std::string ref, decision_date, from, to;
    soci::indicator to_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(child_id));
        st.exchange(soci::into(ref));
        st.exchange(soci::into(decision_date));
        st.exchange(soci::into(from));
        st.exchange(soci::into(to, to_ind));
    }
    Grant entity() const {
        return {id, child_id, ref, stored_date(decision_date, "grants.decision_date"),
                Period{stored_date(from, "grants.valid_from"), stored_date(to, to_ind, "grants.valid_to")}, {}};
    }
};

struct GrantVersionRow {
    static constexpr const char* select =
        "SELECT id, grant_id, effective_from, weekly_hours_h100, hourly_wage_ore, note, created_at,"
        " window_start_minute, window_end_minute, window_weekends FROM grant_versions";
    Id id = 0, grant_id = 0;
    std::string effective_from, note, created_at;
    std::int64_t hours = 0, wage = 0;
    int window_start = 0, window_end = 0, window_weekends = 0;
    soci::indicator window_start_ind = soci::i_null, window_end_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(grant_id));
        st.exchange(soci::into(effective_from));
        st.exchange(soci::into(hours));
        st.exchange(soci::into(wage));
        st.exchange(soci::into(note));
        st.exchange(soci::into(created_at));
        st.exchange(soci::into(window_start, window_start_ind));
        st.exchange(soci::into(window_end, window_end_ind));
        st.exchange(soci::into(window_weekends));
    }
    GrantVersion entity() const {
        GrantVersion v{id, grant_id, stored_date(effective_from, "grant_versions.effective_from"), Hours::hundredths(hours),
                       Money::ore(wage), {}, {}, note, created_at, std::nullopt};
        if (window_start_ind == soci::i_ok && window_end_ind == soci::i_ok)
            v.window = PayWindow{window_start, window_end, window_weekends != 0};
        return v;
    }
};

struct FixedLineRow {
    static constexpr const char* select = "SELECT purpose, monthly_ore FROM grant_fixed_lines";
    std::string purpose;
    std::int64_t amount = 0;

    void bind(soci::statement& st) {
        st.exchange(soci::into(purpose));
        st.exchange(soci::into(amount));
    }
    FixedLine entity() const { return {purpose, Money::ore(amount)}; }
};

struct ExpenseBudgetRow {
    static constexpr const char* select = "SELECT category, yearly_ore FROM grant_expense_budgets";
    std::string category;
    std::int64_t amount = 0;

    void bind(soci::statement& st) {
        st.exchange(soci::into(category));
        st.exchange(soci::into(amount));
    }
    ExpenseBudget entity() const { return {category, Money::ore(amount)}; }
};

std::vector<GrantVersion> versions_of(soci::session& sql, Id grant_id) {
    auto versions = select_all<GrantVersionRow>(sql, "WHERE grant_id = :g ORDER BY effective_from", grant_id);
    for (auto& v : versions) {
        v.fixed_lines = select_all<FixedLineRow>(sql, "WHERE version_id = :v ORDER BY id", v.id);
        v.expense_budgets = select_all<ExpenseBudgetRow>(sql, "WHERE version_id = :v ORDER BY id", v.id);
    }
    return versions;
}

// --- Expenses -------------------------------------------------------------

struct ExpenseRow {
    static constexpr const char* select =
        "SELECT id, family_id, child_id, expense_date, category, amount_ore, document_ref, status, reject_reason,"
        " paid_run_id, submitted_by, decided_by, over_budget_reason FROM expenses";
    Id id = 0, family_id = 0, child_id = 0, run = 0;
    std::string date, category, document_ref, status, reason, submitted_by, decided_by, over_budget_reason;
    std::int64_t amount = 0;
    soci::indicator run_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(family_id));
        st.exchange(soci::into(child_id));
        st.exchange(soci::into(date));
        st.exchange(soci::into(category));
        st.exchange(soci::into(amount));
        st.exchange(soci::into(document_ref));
        st.exchange(soci::into(status));
        st.exchange(soci::into(reason));
        st.exchange(soci::into(run, run_ind));
        st.exchange(soci::into(submitted_by));
        st.exchange(soci::into(decided_by));
        st.exchange(soci::into(over_budget_reason));
    }
    Expense entity() const {
        auto parsed = parse_expense_status(status);
        if (!parsed) throw std::runtime_error("corrupt status '" + status + "' in expenses.status");
        return {id,
                family_id,
                child_id,
                stored_date(date, "expenses.expense_date"),
                category,
                Money::ore(amount),
                document_ref,
                *parsed,
                reason,
                run_ind == soci::i_ok ? std::optional<Id>(run) : std::nullopt,
                submitted_by,
                decided_by,
                over_budget_reason};
    }
};

// --- Lost-earnings awards -------------------------------------------------

struct AwardRow {
    static constexpr const char* select =
        "SELECT id, child_id, parent_name, parent_cpr, period_from, period_to, income_before_ore, hours_off_h100,"
        " normal_hours_h100, normal_hours_given, pension_rate_bp, saved_costs_ore, purpose, tax_rate_bp,"
        " monthly_deduction_ore, parent_bank_reg, parent_bank_account, pension_payee_name, pension_bank_reg,"
        " pension_bank_account FROM lost_earnings_awards";
    Id id = 0, child_id = 0;
    std::string parent_name, parent_cpr, from, to, purpose, parent_reg, parent_account, pension_name, pension_reg,
        pension_account;
    soci::indicator to_ind = soci::i_null, parent_reg_ind = soci::i_null, parent_account_ind = soci::i_null,
                    pension_name_ind = soci::i_null, pension_reg_ind = soci::i_null,
                    pension_account_ind = soci::i_null;
    std::int64_t income = 0, hours_off = 0, normal_hours = 0, pension = 0, saved = 0, tax_rate = 0, deduction = 0;
    int normal_hours_given = 0;

    void bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(child_id));
        st.exchange(soci::into(parent_name));
        st.exchange(soci::into(parent_cpr));
        st.exchange(soci::into(from));
        st.exchange(soci::into(to, to_ind));
        st.exchange(soci::into(income));
        st.exchange(soci::into(hours_off));
        st.exchange(soci::into(normal_hours));
        st.exchange(soci::into(normal_hours_given));
        st.exchange(soci::into(pension));
        st.exchange(soci::into(saved));
        st.exchange(soci::into(purpose));
        st.exchange(soci::into(tax_rate));
        st.exchange(soci::into(deduction));
        st.exchange(soci::into(parent_reg, parent_reg_ind));
        st.exchange(soci::into(parent_account, parent_account_ind));
        st.exchange(soci::into(pension_name, pension_name_ind));
        st.exchange(soci::into(pension_reg, pension_reg_ind));
        st.exchange(soci::into(pension_account, pension_account_ind));
    }
    std::optional<PensionPayee> pension_payee() const {
        auto account = payout_columns::to_bank_account(pension_reg, pension_reg_ind, pension_account,
                                                       pension_account_ind);
        if (!account) return std::nullopt;
        return PensionPayee{pension_name_ind == soci::i_ok ? pension_name : "", *account};
    }
    LostEarningsAward entity() const {
        auto code = parse_award_purpose(purpose);
        if (!code) throw std::runtime_error("corrupt purpose '" + purpose + "' in lost_earnings_awards.purpose");
        return {id,
                child_id,
                parent_name,
                parent_cpr,
                Period{stored_date(from, "lost_earnings_awards.period_from"),
                       stored_date(to, to_ind, "lost_earnings_awards.period_to")},
                Money::ore(income),
                Hours::hundredths(hours_off),
                // An award stored before the hours were required may hold the
                // old default 37 that nobody gave: such hours are not known.
                normal_hours_given != 0 ? std::optional(Hours::hundredths(normal_hours)) : std::nullopt,
                Rate::basis_points(pension),
                Money::ore(saved),
                *code,
                TaxCard{Rate::basis_points(tax_rate), Money::ore(deduction)},
                payout_columns::to_bank_account(parent_reg, parent_reg_ind, parent_account, parent_account_ind),
                pension_payee()};
    }
};

// A holiday period of an award (the parent on holiday pay from a former employer).
struct AwardHolidayRow {
    static constexpr const char* select = "SELECT award_id, date_from, date_to FROM lost_earnings_holidays";
    Id award_id = 0;
    std::string from, to;

    void bind(soci::statement& st) {
        st.exchange(soci::into(award_id));
        st.exchange(soci::into(from));
        st.exchange(soci::into(to));
    }
    std::pair<Id, Period> entity() const {
        return {award_id, Period{stored_date(from, "lost_earnings_holidays.date_from"),
                                 stored_date(to, "lost_earnings_holidays.date_to")}};
    }
};

// Fills in the awards' holiday periods, in date order (one query for all).
std::vector<LostEarningsAward> with_holidays(soci::session& sql, std::vector<LostEarningsAward> awards) {
    if (awards.empty()) return awards;
    std::map<Id, LostEarningsAward*> by_id;
    for (auto& a : awards) by_id[a.id] = &a;
    for (auto& [award_id, period] : select_all<AwardHolidayRow>(sql, "ORDER BY award_id, date_from"))
        if (auto it = by_id.find(award_id); it != by_id.end()) it->second->holiday_periods.push_back(period);
    return awards;
}

void insert_holidays(soci::session& sql, const LostEarningsAward& a) {
    for (const Period& holiday : a.holiday_periods) {
        std::string from = iso(holiday.from), to = iso(holiday.to.value_or(holiday.from));
        sql << "INSERT INTO lost_earnings_holidays (award_id, date_from, date_to) VALUES (:award, :from, :to)",
            soci::use(a.id), soci::use(from), soci::use(to);
    }
}

// --- Parameters of the writes ---------------------------------------------
// SOCI binds parameters by reference and runs the statement at the end of the
// full expression, after temporaries are gone; so every computed value (ISO
// dates, øre, indicators) is held in one of these until the statement ran.

// The two nullable columns of an optional bank account.
NullableText reg_of(const std::optional<BankAccount>& bank) {
    return bank ? NullableText{bank->reg_no, soci::i_ok} : NullableText{};
}
NullableText account_of(const std::optional<BankAccount>& bank) {
    return bank ? NullableText{bank->account_no, soci::i_ok} : NullableText{};
}
std::optional<BankAccount> pension_account_of(const LostEarningsAward& a) {
    return a.pension_payee ? std::optional(a.pension_payee->account) : std::nullopt;
}

struct FamilyParams {
    NullableText reg, account;
    explicit FamilyParams(const Family& f) : reg(reg_of(f.bank)), account(account_of(f.bank)) {}
};

struct ChildParams {
    std::string birth;
    explicit ChildParams(const Child& c) : birth(iso(c.birth_date)) {}
};

struct HelperParams {
    std::string from;
    NullableText to;
    std::int64_t wage, rate, deduction;
    explicit HelperParams(const Helper& h)
        : from(iso(h.employment.from)), to(nullable_date(h.employment.to)), wage(h.hourly_wage.ore()),
          rate(h.tax_card.withholding.basis_points()), deduction(h.tax_card.monthly_deduction.ore()) {}
};

struct GrantParams {
    std::string decided, from;
    NullableText to;
    explicit GrantParams(const Grant& g)
        : decided(iso(g.decision_date)), from(iso(g.valid.from)), to(nullable_date(g.valid.to)) {}
};

struct GrantVersionParams {
    std::string from, created_at;
    std::int64_t hours, wage;
    NullableInt window_start, window_end;
    int window_weekends;
    // The creation time is the store's to set unless the caller carries one
    // over (an import of history), so a retroactive version can be told apart.
    explicit GrantVersionParams(const GrantVersion& v)
        : from(iso(v.effective_from)), created_at(v.created_at.empty() ? support::utc_now() : v.created_at),
          hours(v.weekly_hours.hundredths()), wage(v.hourly_wage.ore()),
          window_start(v.window ? NullableInt{v.window->start_minute, soci::i_ok} : NullableInt{}),
          window_end(v.window ? NullableInt{v.window->end_minute, soci::i_ok} : NullableInt{}),
          window_weekends(v.window && v.window->weekends ? 1 : 0) {}
};

struct ExpenseParams {
    std::string date, status;
    std::int64_t amount;
    NullableId run;
    explicit ExpenseParams(const Expense& e)
        : date(iso(e.date)), status(to_string(e.status)), amount(e.amount.ore()), run(nullable_id(e.paid_in_run)) {}
};

struct AwardParams {
    std::string from, purpose;
    NullableText to, parent_reg, parent_account, pension_name, pension_reg, pension_account;
    std::int64_t income, hours_off, normal_hours, pension, saved, rate, deduction;
    int normal_hours_given;
    explicit AwardParams(const LostEarningsAward& a)
        : from(iso(a.period.from)), purpose(to_string(a.purpose)), to(nullable_date(a.period.to)),
          parent_reg(reg_of(a.parent_bank)),
          parent_account(account_of(a.parent_bank)),
          pension_name(a.pension_payee ? NullableText{a.pension_payee->name, soci::i_ok} : NullableText{}),
          pension_reg(reg_of(pension_account_of(a))), pension_account(account_of(pension_account_of(a))),
          income(a.monthly_income_before.ore()), hours_off(a.hours_off_per_week.hundredths()),
          normal_hours(a.normal_weekly_hours.value_or(Hours{}).hundredths()),
          pension(a.former_employer_pension.basis_points()), saved(a.monthly_saved_costs.ore()),
          rate(a.tax_card.withholding.basis_points()), deduction(a.tax_card.monthly_deduction.ore()),
          normal_hours_given(a.normal_weekly_hours ? 1 : 0) {}
};

} // namespace

// --- Families -------------------------------------------------------------

Id insert_family(soci::session& sql, const Family& f) {
    FamilyParams p(f);
    sql << "INSERT INTO families (name, cvr, bank_reg, bank_account, contact_email, contact_phone, status)"
           " VALUES (:name, :cvr, :reg, :account, :email, :phone, :status)",
        soci::use(f.name), soci::use(f.cvr), soci::use(p.reg.value, p.reg.ind),
        soci::use(p.account.value, p.account.ind), soci::use(f.contact_email), soci::use(f.contact_phone),
        soci::use(f.status);
    return last_insert_id(sql, "families");
}

void update_family(soci::session& sql, const Family& f) {
    FamilyParams p(f);
    sql << "UPDATE families SET name = :name, cvr = :cvr, bank_reg = :reg, bank_account = :account,"
           " contact_email = :email, contact_phone = :phone, status = :status WHERE id = :id",
        soci::use(f.name), soci::use(f.cvr), soci::use(p.reg.value, p.reg.ind),
        soci::use(p.account.value, p.account.ind), soci::use(f.contact_email), soci::use(f.contact_phone),
        soci::use(f.status), soci::use(f.id);
}

std::optional<Family> find_family(soci::session& sql, Id id) {
    return select_one<FamilyRow>(sql, "WHERE id = :id", id);
}

std::optional<Family> find_family_by_cvr(soci::session& sql, const std::string& cvr) {
    return select_one<FamilyRow>(sql, "WHERE cvr = :cvr", cvr);
}

std::vector<Family> list_families(soci::session& sql) { return select_all<FamilyRow>(sql, "ORDER BY id"); }

// --- Children -------------------------------------------------------------

Id insert_child(soci::session& sql, const Child& c) {
    ChildParams p(c);
    sql << "INSERT INTO children (family_id, name, cpr, birth_date) VALUES (:family, :name, :cpr, :birth)",
        soci::use(c.family_id), soci::use(c.name), soci::use(c.cpr), soci::use(p.birth);
    return last_insert_id(sql, "children");
}

void update_child(soci::session& sql, const Child& c) {
    ChildParams p(c);
    sql << "UPDATE children SET family_id = :family, name = :name, cpr = :cpr, birth_date = :birth WHERE id = :id",
        soci::use(c.family_id), soci::use(c.name), soci::use(c.cpr), soci::use(p.birth), soci::use(c.id);
}

std::optional<Child> find_child(soci::session& sql, Id id) { return select_one<ChildRow>(sql, "WHERE id = :id", id); }

std::vector<Child> list_children(soci::session& sql, Id family_id) {
    return select_all<ChildRow>(sql, "WHERE family_id = :f ORDER BY id", family_id);
}

// --- Helpers --------------------------------------------------------------

Id insert_helper(soci::session& sql, const Helper& h) {
    HelperParams p(h);
    sql << "INSERT INTO helpers (family_id, name, cpr, employment_from, employment_to, hourly_wage_ore, tax_rate_bp,"
           " monthly_deduction_ore) VALUES (:family, :name, :cpr, :from, :to, :wage, :rate, :deduction)",
        soci::use(h.family_id), soci::use(h.name), soci::use(h.cpr), soci::use(p.from), soci::use(p.to.value, p.to.ind),
        soci::use(p.wage), soci::use(p.rate), soci::use(p.deduction);
    return last_insert_id(sql, "helpers");
}

void update_helper(soci::session& sql, const Helper& h) {
    HelperParams p(h);
    sql << "UPDATE helpers SET family_id = :family, name = :name, cpr = :cpr, employment_from = :from,"
           " employment_to = :to, hourly_wage_ore = :wage, tax_rate_bp = :rate, monthly_deduction_ore = :deduction"
           " WHERE id = :id",
        soci::use(h.family_id), soci::use(h.name), soci::use(h.cpr), soci::use(p.from), soci::use(p.to.value, p.to.ind),
        soci::use(p.wage), soci::use(p.rate), soci::use(p.deduction), soci::use(h.id);
}

std::optional<Helper> find_helper(soci::session& sql, Id id) {
    return select_one<HelperRow>(sql, "WHERE id = :id", id);
}

std::vector<Helper> list_helpers(soci::session& sql, Id family_id) {
    return select_all<HelperRow>(sql, "WHERE family_id = :f ORDER BY id", family_id);
}

// --- Grants ---------------------------------------------------------------

Id insert_grant(soci::session& sql, const Grant& g, const std::string& created_by) {
    GrantParams p(g);
    sql << "INSERT INTO grants (child_id, decision_ref, decision_date, valid_from, valid_to)"
           " VALUES (:child, :ref, :decided, :from, :to)",
        soci::use(g.child_id), soci::use(g.decision_ref), soci::use(p.decided), soci::use(p.from),
        soci::use(p.to.value, p.to.ind);
    Id id = last_insert_id(sql, "grants");
    for (GrantVersion v : g.versions) {
        v.grant_id = id;
        insert_grant_version(sql, v, created_by);
    }
    return id;
}

Id insert_grant_version(soci::session& sql, const GrantVersion& v, const std::string& created_by) {
    GrantVersionParams p(v);
    sql << "INSERT INTO grant_versions (grant_id, effective_from, weekly_hours_h100, hourly_wage_ore, note,"
           " created_at, created_by, window_start_minute, window_end_minute, window_weekends)"
           " VALUES (:grant, :from, :hours, :wage, :note, :at, :by, :wstart, :wend, :wweekends)",
        soci::use(v.grant_id), soci::use(p.from), soci::use(p.hours), soci::use(p.wage), soci::use(v.note),
        soci::use(p.created_at), soci::use(created_by), soci::use(p.window_start.value, p.window_start.ind),
        soci::use(p.window_end.value, p.window_end.ind), soci::use(p.window_weekends);
    Id id = last_insert_id(sql, "grant_versions");
    for (const auto& line : v.fixed_lines) {
        std::int64_t amount = line.monthly_amount.ore();
        sql << "INSERT INTO grant_fixed_lines (version_id, purpose, monthly_ore) VALUES (:v, :purpose, :amount)",
            soci::use(id), soci::use(line.purpose), soci::use(amount);
    }
    for (const auto& budget : v.expense_budgets) {
        std::int64_t amount = budget.yearly_amount.ore();
        sql << "INSERT INTO grant_expense_budgets (version_id, category, yearly_ore) VALUES (:v, :category, :amount)",
            soci::use(id), soci::use(budget.category), soci::use(amount);
    }
    return id;
}

std::optional<Grant> find_grant(soci::session& sql, Id id) {
    auto g = select_one<GrantRow>(sql, "WHERE id = :id", id);
    if (g) g->versions = versions_of(sql, g->id);
    return g;
}

std::vector<Grant> list_grants(soci::session& sql, Id child_id) {
    auto grants = select_all<GrantRow>(sql, "WHERE child_id = :c ORDER BY valid_from, id", child_id);
    for (auto& g : grants) g.versions = versions_of(sql, g.id);
    return grants;
}

// --- Expenses -------------------------------------------------------------

Id insert_expense(soci::session& sql, const Expense& e) {
    ExpenseParams p(e);
    sql << "INSERT INTO expenses (family_id, child_id, expense_date, category, amount_ore, document_ref, status,"
           " reject_reason, paid_run_id, submitted_by, decided_by, over_budget_reason) VALUES (:family, :child, :date,"
           " :category, :amount, :doc, :status, :reason, :run, :submitted_by, :decided_by, :over_budget)",
        soci::use(e.family_id), soci::use(e.child_id), soci::use(p.date), soci::use(e.category), soci::use(p.amount),
        soci::use(e.document_ref), soci::use(p.status), soci::use(e.reject_reason), soci::use(p.run.value, p.run.ind),
        soci::use(e.submitted_by), soci::use(e.decided_by), soci::use(e.over_budget_reason);
    return last_insert_id(sql, "expenses");
}

void update_expense(soci::session& sql, const Expense& e) {
    ExpenseParams p(e);
    sql << "UPDATE expenses SET family_id = :family, child_id = :child, expense_date = :date, category = :category,"
           " amount_ore = :amount, document_ref = :doc, status = :status, reject_reason = :reason,"
           " paid_run_id = :run, submitted_by = :submitted_by, decided_by = :decided_by,"
           " over_budget_reason = :over_budget WHERE id = :id",
        soci::use(e.family_id), soci::use(e.child_id), soci::use(p.date), soci::use(e.category), soci::use(p.amount),
        soci::use(e.document_ref), soci::use(p.status), soci::use(e.reject_reason), soci::use(p.run.value, p.run.ind),
        soci::use(e.submitted_by), soci::use(e.decided_by), soci::use(e.over_budget_reason), soci::use(e.id);
}

std::optional<Expense> find_expense(soci::session& sql, Id id) {
    return select_one<ExpenseRow>(sql, "WHERE id = :id", id);
}

std::vector<Expense> list_expenses(soci::session& sql, Id family_id) {
    return select_all<ExpenseRow>(sql, "WHERE family_id = :f ORDER BY expense_date, id", family_id);
}

// --- Lost-earnings awards -------------------------------------------------

Id insert_award(soci::session& sql, const LostEarningsAward& a) {
    AwardParams p(a);
    sql << "INSERT INTO lost_earnings_awards (child_id, parent_name, parent_cpr, period_from, period_to,"
           " income_before_ore, hours_off_h100, normal_hours_h100, normal_hours_given, pension_rate_bp,"
           " saved_costs_ore, purpose, tax_rate_bp, monthly_deduction_ore, parent_bank_reg, parent_bank_account,"
           " pension_payee_name, pension_bank_reg, pension_bank_account) VALUES (:child, :name, :cpr, :from, :to,"
           " :income, :off, :normal, :given, :pension, :saved, :purpose, :rate, :deduction, :parent_reg,"
           " :parent_account, :pension_name, :pension_reg, :pension_account)",
        soci::use(a.child_id), soci::use(a.parent_name), soci::use(a.parent_cpr), soci::use(p.from),
        soci::use(p.to.value, p.to.ind), soci::use(p.income), soci::use(p.hours_off), soci::use(p.normal_hours),
        soci::use(p.normal_hours_given), soci::use(p.pension), soci::use(p.saved), soci::use(p.purpose), soci::use(p.rate),
        soci::use(p.deduction),
        soci::use(p.parent_reg.value, p.parent_reg.ind), soci::use(p.parent_account.value, p.parent_account.ind),
        soci::use(p.pension_name.value, p.pension_name.ind), soci::use(p.pension_reg.value, p.pension_reg.ind),
        soci::use(p.pension_account.value, p.pension_account.ind);
    LostEarningsAward stored = a;
    stored.id = last_insert_id(sql, "lost_earnings_awards");
    insert_holidays(sql, stored);
    return stored.id;
}

void update_award_terms(soci::session& sql, const LostEarningsAward& a) {
    AwardParams p(a);
    sql << "UPDATE lost_earnings_awards SET normal_hours_h100 = :normal, normal_hours_given = :given WHERE id = :id",
        soci::use(p.normal_hours), soci::use(p.normal_hours_given), soci::use(a.id);
    sql << "DELETE FROM lost_earnings_holidays WHERE award_id = :id", soci::use(a.id);
    insert_holidays(sql, a);
}

void update_award_accounts(soci::session& sql, const LostEarningsAward& a) {
    AwardParams p(a);
    sql << "UPDATE lost_earnings_awards SET parent_bank_reg = :parent_reg, parent_bank_account = :parent_account,"
           " pension_payee_name = :pension_name, pension_bank_reg = :pension_reg,"
           " pension_bank_account = :pension_account WHERE id = :id",
        soci::use(p.parent_reg.value, p.parent_reg.ind), soci::use(p.parent_account.value, p.parent_account.ind),
        soci::use(p.pension_name.value, p.pension_name.ind), soci::use(p.pension_reg.value, p.pension_reg.ind),
        soci::use(p.pension_account.value, p.pension_account.ind), soci::use(a.id);
}

std::optional<LostEarningsAward> find_award(soci::session& sql, Id id) {
    auto found = with_holidays(sql, select_all<AwardRow>(sql, "WHERE id = :id", id));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<LostEarningsAward> list_awards(soci::session& sql, Id child_id) {
    return with_holidays(sql, select_all<AwardRow>(sql, "WHERE child_id = :c ORDER BY period_from, id", child_id));
}

std::vector<LostEarningsAward> awards_touching(soci::session& sql, Date first, Date last) {
    std::string from = iso(first), to = iso(last);
    return with_holidays(sql,
                         select_all<AwardRow>(sql, "WHERE period_from <= :last AND (period_to IS NULL OR period_to >= :first)"
                                                   " ORDER BY child_id, period_from, id", to, from));
}

std::vector<LostEarningsAward> run_awards(soci::session& sql, Id run_id) {
    return select_all<AwardRow>(sql, "WHERE id IN (SELECT award_id FROM payout_lines WHERE run_id = :run) ORDER BY id",
                                run_id);
}

} // namespace hjt::store
