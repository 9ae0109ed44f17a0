// How each register entity is a row of its table, once for every store that
// reads or writes it (store/register_repository, store/payout_basis_store).
// A Row holds the table's columns as typed buffers and lists them once in
// `each(bind)` as bind(column, member, indicator or nullptr), id first; from
// that one list come the SELECT, INSERT and UPDATE texts and the bindings:
// into the buffers for reads (then entity()), from of(entity) for writes.
//
// Not soci::values with type_conversion<Entity>: SOCI 4.0 reads a SQLite
// INTEGER column through soci::values as a 32-bit int (an id 5000000000
// comes back as 705032704, without an error), and no figure may wrap
// (domain.md §11). Typed buffers read every integer as 64 bits on SQLite and
// PostgreSQL alike. Plain column names and ISO-date TEXT keep the SQL portable.
#pragma once

#include <soci/soci.h>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/entities.h"
#include "store/query_param.h"
#include "store/sql_dialect.h"

namespace hjt::store::rows {

// A nullable column's buffer and its indicator: bound together, kept alive
// while the statement runs (SOCI binds by reference).
template <typename T>
struct Nullable {
    T value{};
    soci::indicator ind = soci::i_null;
};

struct FamilyRow {
    static constexpr const char* table = "families";
    long long id = 0;
    std::string name, cvr, contact_email, contact_phone, status, bank_unconfirmed_by;
    Nullable<std::string> bank_reg, bank_account;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("name", name, nullptr);
        bind("cvr", cvr, nullptr);
        bind("bank_reg", bank_reg.value, &bank_reg.ind);
        bind("bank_account", bank_account.value, &bank_account.ind);
        bind("contact_email", contact_email, nullptr);
        bind("contact_phone", contact_phone, nullptr);
        bind("status", status, nullptr);
        bind("bank_unconfirmed_by", bank_unconfirmed_by, nullptr);
    }
    Family entity() const;
    static FamilyRow of(const Family& f);
};

struct ChildRow {
    static constexpr const char* table = "children";
    long long id = 0, family_id = 0;
    std::string name, cpr, birth_date;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("family_id", family_id, nullptr);
        bind("name", name, nullptr);
        bind("cpr", cpr, nullptr);
        bind("birth_date", birth_date, nullptr);
    }
    Child entity() const;
    static ChildRow of(const Child& c);
};

struct HelperRow {
    static constexpr const char* table = "helpers";
    long long id = 0, family_id = 0, hourly_wage_ore = 0, tax_rate_bp = 0, monthly_deduction_ore = 0;
    std::string name, cpr, employment_from;
    Nullable<std::string> employment_to;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("family_id", family_id, nullptr);
        bind("name", name, nullptr);
        bind("cpr", cpr, nullptr);
        bind("employment_from", employment_from, nullptr);
        bind("employment_to", employment_to.value, &employment_to.ind);
        bind("hourly_wage_ore", hourly_wage_ore, nullptr);
        bind("tax_rate_bp", tax_rate_bp, nullptr);
        bind("monthly_deduction_ore", monthly_deduction_ore, nullptr);
    }
    Helper entity() const;
    static HelperRow of(const Helper& h);
};

// A grant's own row; its versions are rows of grant_versions.
struct GrantRow {
    static constexpr const char* table = "grants";
    long long id = 0, child_id = 0;
    std::string decision_ref, decision_date, valid_from;
    Nullable<std::string> valid_to;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("child_id", child_id, nullptr);
        bind("decision_ref", decision_ref, nullptr);
        bind("decision_date", decision_date, nullptr);
        bind("valid_from", valid_from, nullptr);
        bind("valid_to", valid_to.value, &valid_to.ind);
    }
    Grant entity() const;  // without versions
    static GrantRow of(const Grant& g);
};

// A version's own row; its fixed lines and budgets are rows of their tables.
// created_by is the store's (who wrote it), not part of the version.
struct GrantVersionRow {
    static constexpr const char* table = "grant_versions";
    long long id = 0, grant_id = 0, weekly_hours_h100 = 0, hourly_wage_ore = 0, window_weekends = 0;
    std::string effective_from, note, created_at, created_by;
    Nullable<long long> window_start_minute, window_end_minute;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("grant_id", grant_id, nullptr);
        bind("effective_from", effective_from, nullptr);
        bind("weekly_hours_h100", weekly_hours_h100, nullptr);
        bind("hourly_wage_ore", hourly_wage_ore, nullptr);
        bind("note", note, nullptr);
        bind("created_at", created_at, nullptr);
        bind("created_by", created_by, nullptr);
        bind("window_start_minute", window_start_minute.value, &window_start_minute.ind);
        bind("window_end_minute", window_end_minute.value, &window_end_minute.ind);
        bind("window_weekends", window_weekends, nullptr);
    }
    GrantVersion entity() const;  // without fixed lines and budgets
    static GrantVersionRow of(const GrantVersion& v);
};

// A version's fixed monthly line and its yearly budget of an expense category.
struct FixedLineRow {
    static constexpr const char* table = "grant_fixed_lines";
    long long version_id = 0, monthly_ore = 0;
    std::string purpose;

    template <class Bind>
    void each(Bind bind) {
        bind("version_id", version_id, nullptr);
        bind("purpose", purpose, nullptr);
        bind("monthly_ore", monthly_ore, nullptr);
    }
    FixedLine entity() const { return {purpose, Money::ore(monthly_ore)}; }
};

struct ExpenseBudgetRow {
    static constexpr const char* table = "grant_expense_budgets";
    long long version_id = 0, yearly_ore = 0;
    std::string category;

    template <class Bind>
    void each(Bind bind) {
        bind("version_id", version_id, nullptr);
        bind("category", category, nullptr);
        bind("yearly_ore", yearly_ore, nullptr);
    }
    ExpenseBudget entity() const { return {category, Money::ore(yearly_ore)}; }
};

struct ExpenseRow {
    static constexpr const char* table = "expenses";
    long long id = 0, family_id = 0, child_id = 0, amount_ore = 0;
    std::string expense_date, category, document_ref, status, reject_reason, submitted_by, decided_by,
        over_budget_reason;
    Nullable<long long> paid_run_id;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("family_id", family_id, nullptr);
        bind("child_id", child_id, nullptr);
        bind("expense_date", expense_date, nullptr);
        bind("category", category, nullptr);
        bind("amount_ore", amount_ore, nullptr);
        bind("document_ref", document_ref, nullptr);
        bind("status", status, nullptr);
        bind("reject_reason", reject_reason, nullptr);
        bind("paid_run_id", paid_run_id.value, &paid_run_id.ind);
        bind("submitted_by", submitted_by, nullptr);
        bind("decided_by", decided_by, nullptr);
        bind("over_budget_reason", over_budget_reason, nullptr);
    }
    Expense entity() const;
    static ExpenseRow of(const Expense& e);
};

// An award's own row; its holiday periods are rows of lost_earnings_holidays.
struct AwardRow {
    static constexpr const char* table = "lost_earnings_awards";
    long long id = 0, child_id = 0, income_before_ore = 0, hours_off_h100 = 0, normal_hours_h100 = 0,
              normal_hours_given = 0, pension_rate_bp = 0, saved_costs_ore = 0, tax_rate_bp = 0,
              monthly_deduction_ore = 0;
    std::string parent_name, parent_cpr, period_from, purpose, parent_bank_unconfirmed_by, pension_unconfirmed_by;
    Nullable<std::string> period_to, parent_bank_reg, parent_bank_account, pension_payee_name, pension_bank_reg,
        pension_bank_account;

    template <class Bind>
    void each(Bind bind) {
        bind("id", id, nullptr);
        bind("child_id", child_id, nullptr);
        bind("parent_name", parent_name, nullptr);
        bind("parent_cpr", parent_cpr, nullptr);
        bind("period_from", period_from, nullptr);
        bind("period_to", period_to.value, &period_to.ind);
        bind("income_before_ore", income_before_ore, nullptr);
        bind("hours_off_h100", hours_off_h100, nullptr);
        bind("normal_hours_h100", normal_hours_h100, nullptr);
        bind("normal_hours_given", normal_hours_given, nullptr);
        bind("pension_rate_bp", pension_rate_bp, nullptr);
        bind("saved_costs_ore", saved_costs_ore, nullptr);
        bind("purpose", purpose, nullptr);
        bind("tax_rate_bp", tax_rate_bp, nullptr);
        bind("monthly_deduction_ore", monthly_deduction_ore, nullptr);
        bind("parent_bank_reg", parent_bank_reg.value, &parent_bank_reg.ind);
        bind("parent_bank_account", parent_bank_account.value, &parent_bank_account.ind);
        bind("pension_payee_name", pension_payee_name.value, &pension_payee_name.ind);
        bind("pension_bank_reg", pension_bank_reg.value, &pension_bank_reg.ind);
        bind("pension_bank_account", pension_bank_account.value, &pension_bank_account.ind);
        bind("parent_bank_unconfirmed_by", parent_bank_unconfirmed_by, nullptr);
        bind("pension_unconfirmed_by", pension_unconfirmed_by, nullptr);
    }
    LostEarningsAward entity() const;  // without holiday periods
    static AwardRow of(const LostEarningsAward& a);
};

// --- The SQL of a Row's column list ----------------------------------------

template <class Row>
std::vector<std::string> column_names() {
    std::vector<std::string> names;
    Row().each([&](const char* column, auto&, soci::indicator*) { names.emplace_back(column); });
    return names;
}

// "SELECT a.id, a.name, ... FROM table a": `alias` qualifies the columns for a
// join or a filter on another table ("" for none).
template <class Row>
std::string select_sql(const std::string& alias = "") {
    std::string list;
    for (const auto& c : column_names<Row>()) list += (list.empty() ? "" : ", ") + (alias.empty() ? c : alias + "." + c);
    return "SELECT " + list + " FROM " + Row::table + (alias.empty() ? "" : " " + alias);
}

// Runs `select` (from select_sql, with its WHERE/ORDER BY) with `params`
// bound in order, and gives each fetched row to `on_row`.
template <class Row, class... Params>
void each_row(soci::session& sql, const std::string& select, const std::function<void(const Row&)>& on_row,
              const Params&... params) {
    Row row;
    soci::statement st(sql);
    row.each([&](const char*, auto& member, soci::indicator* ind) {
        if (ind) st.exchange(soci::into(member, *ind));
        else st.exchange(soci::into(member));
    });
    (use_param(st, params), ...);
    st.alloc();
    prepare_once(st, select);
    st.define_and_bind();
    if (!st.execute(true)) return;
    do on_row(row);
    while (st.fetch());
}

// The entities of `where` ("WHERE ... ORDER BY ..."), in its order.
template <class Row, class... Params>
auto select_all(soci::session& sql, const std::string& where, const Params&... params) {
    std::vector<decltype(std::declval<const Row&>().entity())> out;
    each_row<Row>(sql, select_sql<Row>() + " " + where, [&](const Row& r) { out.push_back(r.entity()); }, params...);
    return out;
}

template <class Row, class... Params>
auto select_one(soci::session& sql, const std::string& where, const Params&... params)
    -> std::optional<decltype(std::declval<const Row&>().entity())> {
    auto found = select_all<Row>(sql, where, params...);
    if (found.empty()) return std::nullopt;
    return found.front();
}

// Binds the row's columns for a write, in the order of its column list: those
// `wanted` (never id) as parameters, their names collected in `names`.
template <class Row, class Wanted>
std::vector<std::string> use_columns(soci::statement& st, Row& row, Wanted wanted) {
    std::vector<std::string> names;
    row.each([&](const char* column, auto& member, soci::indicator* ind) {
        if (std::string_view(column) == "id" || !wanted(std::string_view(column))) return;
        names.emplace_back(column);
        if (ind) st.exchange(soci::use(member, *ind));
        else st.exchange(soci::use(member));
    });
    return names;
}

// Inserts the row: every column but id, which the database gives. With
// `new_id`, the statement also returns that id (RETURNING: SQLite 3.35 and
// PostgreSQL alike), so the id costs no second statement (a round trip each
// on PostgreSQL).
template <class Row>
void insert_row(soci::session& sql, Row row, Id* new_id = nullptr) {
    soci::statement st(sql);
    std::string columns, values;
    for (const auto& c : use_columns(st, row, [](std::string_view) { return true; })) {
        columns += (columns.empty() ? "" : ", ") + c;
        values += (values.empty() ? ":" : ", :") + c;
    }
    if (new_id) st.exchange(soci::into(*new_id));
    st.alloc();
    prepare_once(st, std::string("INSERT INTO ") + Row::table + " (" + columns + ") VALUES (" + values + ")" +
                         (new_id ? " RETURNING id" : ""));
    st.define_and_bind();
    st.execute(true);
}

// The same, and the id the database gave the new row.
template <class Row>
Id insert_entity(soci::session& sql, const Row& row) {
    Id id = 0;
    insert_row(sql, row, &id);
    if (id == 0) throw std::runtime_error(std::string("no id for the new row in ") + Row::table);
    return id;
}

// Sets `columns` (every column but id when none are named) of the row whose id is row.id.
template <class Row>
void update_row(soci::session& sql, Row row, std::initializer_list<std::string_view> columns = {}) {
    soci::statement st(sql);
    std::string set;
    auto wanted = [&](std::string_view c) {
        return columns.size() == 0 || std::find(columns.begin(), columns.end(), c) != columns.end();
    };
    for (const auto& c : use_columns(st, row, wanted)) set += (set.empty() ? "" : ", ") + c + " = :" + c;
    st.exchange(soci::use(row.id));
    st.alloc();
    prepare_once(st, std::string("UPDATE ") + Row::table + " SET " + set + " WHERE id = :id");
    st.define_and_bind();
    st.execute(true);
}

} // namespace hjt::store::rows
