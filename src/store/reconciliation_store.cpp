#include "store/reconciliation_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "domain/errors.h"
#include "domain/reconciliation_checks.h"
#include "store/batch_insert.h"
#include "store/family_scope.h"
#include "store/payout_columns.h"
#include "store/sql_dialect.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

// One reconciliations row as bound values. Nullable columns share an
// indicator per group: the forecast is all there or all NULL.
struct Row {
    long long family = 0, child = 0;
    int year = 0;
    std::string status, pooling;
    long long eligible_helper = 0, eligible_expenses = 0, eligible_fixed = 0, eligible_before_cap = 0, year_cap = 0;
    int year_cap_estimated = 0, capped = 0;
    long long eligible = 0, balance = 0, settlement = 0;
    std::string outcome;
    int uses_estimates = 0;
    std::string forecast_through;
    long long forecast_pace = 0, forecast_used = 0, forecast_eligible = 0, forecast_received = 0,
              forecast_balance = 0;
    soci::indicator forecast_ind = soci::i_null;
    std::string computed_at, computed_by, finalised_at, finalised_by;
    soci::indicator finalised_ind = soci::i_null;
    long long posting = 0;
    soci::indicator posting_ind = soci::i_null;
    long long approved_year = 0;  // schema 24; NULL on rows stored before
    soci::indicator approved_year_ind = soci::i_null;
};

// Every column with its member, in one order for INSERT and SELECT alike.
template <typename Bind>
void each_column(Row& r, Bind bind) {
    bind("family_id", r.family, nullptr);
    bind("child_id", r.child, nullptr);
    bind("year", r.year, nullptr);
    bind("status", r.status, nullptr);
    bind("pooling", r.pooling, nullptr);
    bind("eligible_helper_ore", r.eligible_helper, nullptr);
    bind("eligible_expenses_ore", r.eligible_expenses, nullptr);
    bind("eligible_fixed_ore", r.eligible_fixed, nullptr);
    bind("eligible_before_cap_ore", r.eligible_before_cap, nullptr);
    bind("year_cap_ore", r.year_cap, nullptr);
    bind("year_cap_estimated", r.year_cap_estimated, nullptr);
    bind("capped", r.capped, nullptr);
    bind("eligible_ore", r.eligible, nullptr);
    bind("balance_ore", r.balance, nullptr);
    bind("outcome", r.outcome, nullptr);
    bind("settlement_ore", r.settlement, nullptr);
    bind("uses_estimates", r.uses_estimates, nullptr);
    bind("forecast_through", r.forecast_through, &r.forecast_ind);
    bind("forecast_pace_bp", r.forecast_pace, &r.forecast_ind);
    bind("forecast_used_h100", r.forecast_used, &r.forecast_ind);
    bind("forecast_eligible_ore", r.forecast_eligible, &r.forecast_ind);
    bind("forecast_received_ore", r.forecast_received, &r.forecast_ind);
    bind("forecast_balance_ore", r.forecast_balance, &r.forecast_ind);
    bind("computed_at", r.computed_at, nullptr);
    bind("computed_by", r.computed_by, nullptr);
    bind("finalised_at", r.finalised_at, &r.finalised_ind);
    bind("finalised_by", r.finalised_by, &r.finalised_ind);
    bind("ledger_posting_id", r.posting, &r.posting_ind);
    bind("approved_year_h100", r.approved_year, &r.approved_year_ind);
}

std::string column_list(const std::string& prefix) {
    Row scratch;
    std::string list;
    each_column(scratch, [&](const char* name, auto&, soci::indicator*) {
        list += (list.empty() ? "" : ", ") + prefix + name;
    });
    return list;
}

Row row_of(const StoredReconciliation& s) {
    const ChildReconciliation& c = s.figures;
    Row r;
    r.family = c.family_id;
    r.child = c.child_id;
    r.year = c.year;
    r.status = to_string(s.status);
    r.pooling = to_string(c.pooling);
    r.eligible_helper = c.eligible_helper.ore();
    r.eligible_expenses = c.eligible_expenses.ore();
    r.eligible_fixed = c.eligible_fixed.ore();
    r.eligible_before_cap = c.eligible_before_cap.ore();
    r.year_cap = c.year_cap.ore();
    r.year_cap_estimated = c.year_cap_estimated;
    r.capped = c.capped;
    r.eligible = c.eligible.ore();
    r.balance = c.balance.ore();
    r.outcome = to_string(c.outcome);
    r.settlement = c.settlement.ore();
    r.uses_estimates = c.uses_estimates;
    if (c.forecast) {
        r.forecast_ind = soci::i_ok;
        r.forecast_through = iso(c.forecast->elapsed_through);
        r.forecast_pace = c.forecast->pace.basis_points();
        r.forecast_used = c.forecast->expected_used_hours.hundredths();
        r.forecast_eligible = c.forecast->expected_eligible.ore();
        r.forecast_received = c.forecast->expected_received.ore();
        r.forecast_balance = c.forecast->expected_balance.ore();
    }
    r.approved_year_ind = soci::i_ok;
    r.approved_year = c.approved_hours.hundredths();
    r.computed_at = s.computed_at;
    r.computed_by = s.computed_by;
    if (s.status == ReconciliationStatus::final) {
        r.finalised_ind = soci::i_ok;
        r.finalised_at = s.finalised_at;
        r.finalised_by = s.finalised_by;
    }
    if (s.ledger_posting_id) {
        r.posting_ind = soci::i_ok;
        r.posting = *s.ledger_posting_id;
    }
    return r;
}

template <typename Enum>
Enum parsed(std::optional<Enum> value, const std::string& text) {
    if (!value) throw std::runtime_error("corrupt stored reconciliation value '" + text + "'");
    return *value;
}

StoredReconciliation stored_of(Id id, const Row& r) {
    StoredReconciliation s;
    s.id = id;
    s.status = parsed(parse_code<ReconciliationStatus>(r.status), r.status);
    ChildReconciliation& c = s.figures;
    c.family_id = r.family;
    c.child_id = r.child;
    c.year = r.year;
    c.pooling = parsed(parse_hour_pooling(r.pooling), r.pooling);
    c.eligible_helper = Money::ore(r.eligible_helper);
    c.eligible_expenses = Money::ore(r.eligible_expenses);
    c.eligible_fixed = Money::ore(r.eligible_fixed);
    c.eligible_before_cap = Money::ore(r.eligible_before_cap);
    c.year_cap = Money::ore(r.year_cap);
    c.year_cap_estimated = r.year_cap_estimated != 0;
    c.capped = r.capped != 0;
    c.eligible = Money::ore(r.eligible);
    c.balance = Money::ore(r.balance);
    c.outcome = parsed(parse_reconciliation_outcome(r.outcome), r.outcome);
    c.settlement = Money::ore(r.settlement);
    c.uses_estimates = r.uses_estimates != 0;
    if (r.forecast_ind == soci::i_ok)
        c.forecast = ReconciliationForecast{to_month(r.forecast_through), Rate::basis_points(r.forecast_pace),
                                            Hours::hundredths(r.forecast_used), Money::ore(r.forecast_eligible),
                                            Money::ore(r.forecast_received), Money::ore(r.forecast_balance)};
    s.computed_at = r.computed_at;
    s.computed_by = r.computed_by;
    if (r.finalised_ind == soci::i_ok) {
        s.finalised_at = r.finalised_at;
        s.finalised_by = r.finalised_by;
    }
    if (r.posting_ind == soci::i_ok) s.ledger_posting_id = r.posting;
    if (r.approved_year_ind == soci::i_ok) s.approved_year_hours = Hours::hundredths(r.approved_year);
    return s;
}

// A reconciliations row for insert_rows: the columns of each_column, in its
// order (a wrong count fails every write, so any test that stores one notices).
struct HeaderRow {
    static constexpr std::size_t columns = 29;
    Row row;
    void bind(soci::statement& st) {
        each_column(row, [&](const char*, auto& member, soci::indicator* ind) {
            if (ind) st.exchange(soci::use(member, *ind));
            else st.exchange(soci::use(member));
        });
    }
};

struct MonthRow {
    static constexpr std::size_t columns = 9;
    long long reconciliation = 0, approved_h = 0, used_h = 0, cost = 0, approved = 0, used = 0, eligible = 0,
              cost_ore100 = 0;
    std::string month;
    void bind(soci::statement& st) {
        st.exchange(soci::use(reconciliation));
        st.exchange(soci::use(month));
        for (auto* v : {&approved_h, &used_h, &cost, &approved, &used, &eligible, &cost_ore100})
            st.exchange(soci::use(*v));
    }
};

// What a reconciliation counts as received of one line kind (schema 9: rows,
// one per kind that counts, so a new kind needs no new column).
struct ReceivedRow {
    static constexpr std::size_t columns = 3;
    long long reconciliation = 0, amount = 0;
    std::string kind;
    void bind(soci::statement& st) {
        st.exchange(soci::use(reconciliation));
        st.exchange(soci::use(kind));
        st.exchange(soci::use(amount));
    }
};

struct ReconciledExpenseRow {
    static constexpr std::size_t columns = 9;
    long long reconciliation = 0, expense = 0, amount = 0, eligible = 0;
    std::string day, category, document, verdict, reason;
    void bind(soci::statement& st) {
        for (auto* v : {&reconciliation, &expense}) st.exchange(soci::use(*v));
        for (auto* v : {&day, &category}) st.exchange(soci::use(*v));
        st.exchange(soci::use(amount));
        st.exchange(soci::use(document));
        st.exchange(soci::use(eligible));
        for (auto* v : {&verdict, &reason}) st.exchange(soci::use(*v));
    }
};

// The ids the database gave the reconciliations just written, in their order,
// found by their natural key (child_id, year), which is unique: one SELECT
// for all of them instead of one id lookup per row. Narrowed to the years and
// families written, so writing one family reads that family's rows only.
std::vector<Id> ids_of(soci::session& sql, const std::vector<StoredReconciliation>& written) {
    if (written.empty()) return {};
    auto [first_year, last_year] = std::minmax_element(written.begin(), written.end(), [](const auto& a, const auto& b) {
        return a.figures.year < b.figures.year;
    });
    auto [first_family, last_family] = std::minmax_element(written.begin(), written.end(), [](const auto& a, const auto& b) {
        return a.figures.family_id < b.figures.family_id;
    });
    long long id = 0, child = 0;
    int year = 0;
    soci::statement st = (sql.prepare << "SELECT id, child_id, year FROM reconciliations WHERE year BETWEEN :y0 AND :y1"
                                         " AND family_id BETWEEN :f0 AND :f1",
                          soci::into(id), soci::into(child), soci::into(year), soci::use(first_year->figures.year),
                          soci::use(last_year->figures.year), soci::use(first_family->figures.family_id),
                          soci::use(last_family->figures.family_id));
    st.execute();
    std::map<std::pair<Id, int>, Id> by_key;
    while (st.fetch()) by_key[{child, year}] = id;
    std::vector<Id> ids;
    for (const auto& s : written) {
        auto found = by_key.find({s.figures.child_id, s.figures.year});
        if (found == by_key.end()) throw std::runtime_error("reconciliation just written not found");
        ids.push_back(found->second);
    }
    return ids;
}

// Every (reconciliation's index, row) of one kind of child rows, in order.
template <class Item>
std::vector<std::pair<std::size_t, const Item*>> child_rows(const std::vector<StoredReconciliation>& all,
                                                            std::vector<Item> ChildReconciliation::*rows) {
    std::vector<std::pair<std::size_t, const Item*>> out;
    for (std::size_t i = 0; i < all.size(); ++i)
        for (const Item& item : all[i].figures.*rows) out.emplace_back(i, &item);
    return out;
}

// Writes reconciliations with their month rows and expense verdicts, many rows
// a statement (store/batch_insert.h): on PostgreSQL a statement per row made a
// run of thousands of children wait mostly on round trips. Returns their ids.
std::vector<Id> write_reconciliations(soci::session& sql, const std::vector<StoredReconciliation>& all) {
    for (const auto& s : all) check_reconciliation(s.figures);  // nothing that does not add up is stored or posted
    insert_rows<HeaderRow>(sql, "INSERT INTO reconciliations (" + column_list("") + ")", all.size(),
                           [&](std::size_t i, HeaderRow& header) { header.row = row_of(all[i]); });
    const std::vector<Id> ids = ids_of(sql, all);
    const auto months = child_rows(all, &ChildReconciliation::months);
    insert_rows<MonthRow>(sql,
                          "INSERT INTO reconciliation_months (reconciliation_id, month, approved_h100, used_h100,"
                          " hourly_cost_ore, approved_ore, used_ore, eligible_ore, hourly_cost_ore100)",
                          months.size(), [&](std::size_t k, MonthRow& row) {
                              const auto& [i, m] = months[k];
                              row.reconciliation = ids[i];
                              row.month = iso(m->month);
                              row.approved_h = m->approved_hours.hundredths();
                              row.used_h = m->used_hours.hundredths();
                              row.cost = m->hourly_cost.ore();
                              row.approved = m->approved_cost.ore();
                              row.used = m->used_cost.ore();
                              row.eligible = m->eligible_cost.ore();
                              row.cost_ore100 = m->hourly_cost_ore100;
                          });
    // A kind nothing was received of has no row: it reads back as zero, and
    // most children receive only one or two of the kinds.
    std::vector<std::pair<std::size_t, LineKind>> received;
    for (std::size_t i = 0; i < all.size(); ++i)
        for (LineKind k : kAllLineKinds)
            if (rules_of(k).counts_as_received && all[i].figures.received[k] != Money{}) received.emplace_back(i, k);
    insert_rows<ReceivedRow>(sql, "INSERT INTO reconciliation_received (reconciliation_id, kind, amount_ore)",
                             received.size(), [&](std::size_t k, ReceivedRow& row) {
                                 const auto& [i, kind] = received[k];
                                 row.reconciliation = ids[i];
                                 row.kind = to_string(kind);
                                 row.amount = all[i].figures.received[kind].ore();
                             });
    const auto expenses = child_rows(all, &ChildReconciliation::expenses);
    insert_rows<ReconciledExpenseRow>(sql,
                            "INSERT INTO reconciliation_expenses (reconciliation_id, expense_id, expense_date,"
                            " category, amount_ore, document_ref, eligible_ore, verdict, reason)",
                            expenses.size(), [&](std::size_t k, ReconciledExpenseRow& row) {
                                const auto& [i, e] = expenses[k];
                                row.reconciliation = ids[i];
                                row.expense = e->expense.expense_id;
                                row.day = iso(e->expense.date);
                                row.category = e->expense.category;
                                row.amount = e->expense.amount.ore();
                                row.document = e->expense.document_ref;
                                row.eligible = e->eligible.ore();
                                row.verdict = to_string(e->verdict);
                                row.reason = e->reason;
                            });
    return ids;
}

// The rows of a reconciliation's own tables (months, received, expenses) that
// belong to the reconciliations `where` picks.
std::string of_reconciliations(const std::string& where) {
    return "reconciliation_id IN (SELECT id FROM reconciliations WHERE " + where + ")";
}

// The reconciliations of a year, of the scope's families: binds :year, then the scope's.
std::string of_year(const FamilyScope& scope) {
    return "year = :year" + for_family(scope, "family_id");
}

// Deletes the drafts that `where` picks, with their month, received and expense rows;
// bind(statement) binds the parameters of `where`.
template <class Bind>
void delete_drafts_where(soci::session& sql, const std::string& where, Bind bind) {
    for (std::string query : {"DELETE FROM reconciliation_months WHERE " + of_reconciliations(where),
                              "DELETE FROM reconciliation_received WHERE " + of_reconciliations(where),
                              "DELETE FROM reconciliation_expenses WHERE " + of_reconciliations(where),
                              "DELETE FROM reconciliations WHERE " + where}) {
        soci::statement st(sql);
        bind(st);
        st.alloc();
        prepare_once(st, query);
        st.define_and_bind();
        st.execute(true);
    }
}

// Deletes the drafts of the year, of one family (or all).
void delete_drafts(soci::session& sql, int year, const FamilyScope& scope) {
    const std::string where = "status = 'draft' AND " + of_year(scope);
    delete_drafts_where(sql, where, [&](soci::statement& st) {
        st.exchange(soci::use(year));
        FamilyParam{scope}.bind(st);
    });
}

// Deletes the drafts of the year of these children, a chunk of children a statement.
void delete_child_drafts(soci::session& sql, int year, const std::vector<Id>& children) {
    const std::size_t per_statement = kParametersPerStatement - 1;  // one is the year
    for (std::size_t done = 0; done < children.size(); done += per_statement) {
        const std::size_t count = std::min(per_statement, children.size() - done);
        delete_drafts_where(sql, "year = :year AND status = 'draft' AND child_id IN " + list_placeholders(count),
                            [&](soci::statement& st) {
                                st.exchange(soci::use(year));
                                for (std::size_t i = done; i < done + count; ++i) st.exchange(soci::use(children[i]));
                            });
    }
}

void load_months(soci::session& sql, int year, const FamilyScope& scope,
                 std::map<Id, StoredReconciliation*>& by_id) {
    long long id = 0, approved_h = 0, used_h = 0, cost = 0, approved = 0, used = 0, eligible = 0, cost_ore100 = 0;
    soci::indicator cost_ore100_ind = soci::i_null;
    std::string month;
    soci::statement st = prepared(
        sql,
        "SELECT m.reconciliation_id, m.month, m.approved_h100, m.used_h100, m.hourly_cost_ore, m.approved_ore,"
        " m.used_ore, m.eligible_ore, m.hourly_cost_ore100 FROM reconciliation_months m WHERE m." + of_reconciliations(of_year(scope)) +
            " ORDER BY m.reconciliation_id, m.month",
        scope, [&](soci::statement& s) {
            s.exchange(soci::into(id));
            s.exchange(soci::into(month));
            for (auto* column : {&approved_h, &used_h, &cost, &approved, &used, &eligible}) s.exchange(soci::into(*column));
            s.exchange(soci::into(cost_ore100, cost_ore100_ind));
            s.exchange(soci::use(year));
        });
    fetch_all(st, [&] {
        auto found = by_id.find(id);
        if (found == by_id.end()) return;
        ChildReconciliation& c = found->second->figures;
        ReconciliationMonthResult m{to_month(month), Hours::hundredths(approved_h), Hours::hundredths(used_h),
                                    Money::ore(cost), Money::ore(approved), Money::ore(used), Money::ore(eligible),
                                    cost_ore100_ind == soci::i_ok ? cost_ore100 : cost * 100};
        // Rows stored before schema 24 hold no exact yearly total: the months' sum, as then.
        c.approved_hours = found->second->approved_year_hours.value_or(c.approved_hours + m.approved_hours);
        c.used_hours += m.used_hours;
        c.approved_cost += m.approved_cost;
        c.used_cost += m.used_cost;
        c.months.push_back(m);
    });
}

void load_received(soci::session& sql, int year, const FamilyScope& scope,
                   std::map<Id, StoredReconciliation*>& by_id) {
    long long id = 0, amount = 0;
    std::string kind;
    soci::statement st = prepared(
        sql,
        "SELECT reconciliation_id, kind, amount_ore FROM reconciliation_received WHERE " +
            of_reconciliations(of_year(scope)),
        scope, [&](soci::statement& s) {
            s.exchange(soci::into(id));
            s.exchange(soci::into(kind));
            s.exchange(soci::into(amount));
            s.exchange(soci::use(year));
        });
    fetch_all(st, [&] {
        auto found = by_id.find(id);
        if (found != by_id.end()) found->second->figures.received[parsed(parse_line_kind(kind), kind)] = Money::ore(amount);
    });
}

void load_expenses(soci::session& sql, int year, const FamilyScope& scope,
                   std::map<Id, StoredReconciliation*>& by_id) {
    long long id = 0, expense_id = 0, amount = 0, eligible = 0;
    std::string day, category, document, verdict, reason;
    soci::statement st = prepared(
        sql,
        "SELECT reconciliation_id, expense_id, expense_date, category, amount_ore, document_ref, eligible_ore,"
        " verdict, reason FROM reconciliation_expenses WHERE " + of_reconciliations(of_year(scope)) +
            " ORDER BY reconciliation_id, expense_date, expense_id",
        scope, [&](soci::statement& s) {
            s.exchange(soci::into(id));
            s.exchange(soci::into(expense_id));
            s.exchange(soci::into(day));
            s.exchange(soci::into(category));
            s.exchange(soci::into(amount));
            s.exchange(soci::into(document));
            s.exchange(soci::into(eligible));
            s.exchange(soci::into(verdict));
            s.exchange(soci::into(reason));
            s.exchange(soci::use(year));
        });
    fetch_all(st, [&] {
        auto found = by_id.find(id);
        if (found == by_id.end()) return;
        found->second->figures.expenses.push_back(
            {{expense_id, to_date(day), category, Money::ore(amount), document}, Money::ore(eligible),
             parsed(parse_expense_verdict(verdict), verdict), reason});
    });
}

struct PostingRow {
    static constexpr std::size_t columns = 8;
    long long family = 0, child = 0, amount = 0;
    std::string kind, month, description, at, by;
    void bind(soci::statement& st) {
        for (auto* v : {&family, &child}) st.exchange(soci::use(*v));
        for (auto* v : {&kind, &month}) st.exchange(soci::use(*v));
        st.exchange(soci::use(amount));
        for (auto* v : {&description, &at, &by}) st.exchange(soci::use(*v));
    }
};

// The month a year's settlement concerns: its December.
std::string december(int year) { return iso(Month{date::year{year}, date::December}); }

std::string settlement_description(const ChildReconciliation& r) {
    return (r.outcome == ReconciliationOutcome::repayment_claim ? "Tilbagebetalingskrav" : "Efterbetaling") +
           std::string(" årsopgørelse ") + std::to_string(r.year) + " for " + r.child_name;
}

} // namespace

void replace_drafts(soci::session& sql, int year, const FamilyScope& scope,
                    const std::vector<StoredReconciliation>& drafts) {
    delete_drafts(sql, year, scope);
    write_reconciliations(sql, drafts);
}

void store_finals(soci::session& sql, int year, std::vector<StoredReconciliation>& finals) {
    std::vector<Id> children;
    for (const auto& f : finals) children.push_back(f.figures.child_id);
    delete_child_drafts(sql, year, children);
    const std::vector<Id> ids = write_reconciliations(sql, finals);
    for (std::size_t i = 0; i < finals.size(); ++i) finals[i].id = ids[i];
}

std::vector<StoredReconciliation> list_reconciliations(soci::session& sql, int year, FamilyScope scope) {
    long long id = 0;
    Row row;
    std::string child_name;
    soci::statement st = prepared(
        sql,
        "SELECT r.id, c.name, " + column_list("r.") +
            " FROM reconciliations r JOIN children c ON c.id = r.child_id WHERE r.year = :year" +
            for_family(scope, "r.family_id") + " ORDER BY r.family_id, r.child_id",
        scope, [&](soci::statement& s) {
            s.exchange(soci::into(id));
            s.exchange(soci::into(child_name));
            each_column(row, [&](const char*, auto& member, soci::indicator* ind) {
                if (ind) s.exchange(soci::into(member, *ind));
                else s.exchange(soci::into(member));
            });
            s.exchange(soci::use(year));
        });
    st.execute();
    std::vector<StoredReconciliation> out;
    while (st.fetch()) {
        out.push_back(stored_of(id, row));
        out.back().figures.child_name = child_name;
    }
    std::map<Id, StoredReconciliation*> by_id;
    for (auto& s : out) by_id[s.id] = &s;
    load_months(sql, year, scope, by_id);
    load_received(sql, year, scope, by_id);
    load_expenses(sql, year, scope, by_id);
    return out;
}

StoredBalances stored_balances(soci::session& sql, int year, FamilyScope scope) {
    std::string status;
    long long balance = 0;
    soci::statement st = prepared(sql, "SELECT status, balance_ore FROM reconciliations WHERE " + of_year(scope), scope,
                                  [&](soci::statement& s) {
                                      s.exchange(soci::into(status));
                                      s.exchange(soci::into(balance));
                                      s.exchange(soci::use(year));
                                  });
    StoredBalances sums;
    const std::string final_status = to_string(ReconciliationStatus::final);
    fetch_all(st, [&] { (status == final_status ? sums.finals : sums.drafts) += Money::ore(balance); });
    return sums;
}

void post_settlements(soci::session& sql, std::vector<StoredReconciliation>& finals, const std::string& at,
                      const std::string& by) {
    std::vector<StoredReconciliation*> settled;
    for (auto& f : finals)
        if (f.figures.settlement != Money()) settled.push_back(&f);
    insert_rows<PostingRow>(sql,
                            "INSERT INTO ledger_postings (family_id, child_id, kind, month_concerned, amount_ore,"
                            " description, posted_at, posted_by)",
                            settled.size(), [&](std::size_t i, PostingRow& row) {
                                const ChildReconciliation& r = settled[i]->figures;
                                row.family = r.family_id;
                                row.child = r.child_id;
                                row.kind = to_string(r.outcome);
                                row.month = december(r.year);
                                row.amount = r.settlement.ore();
                                row.description = settlement_description(r);
                                row.at = at;
                                row.by = by;
                            });
    // Their ids by the natural key (child, month concerned): a child's
    // settlement of a year is posted once, when its family's year is made
    // final, and nothing else posts these kinds. Should another such row
    // share the timestamp, the newest (ours) wins. Narrowed to the families
    // posted for: a final run posts a page of families at a time, all at the
    // same moment, and each page reads back its own postings only.
    if (settled.empty()) return;
    auto [first_family, last_family] = std::minmax_element(settled.begin(), settled.end(), [](const auto* a, const auto* b) {
        return a->figures.family_id < b->figures.family_id;
    });
    const Id first = (*first_family)->figures.family_id, last = (*last_family)->figures.family_id;
    std::map<std::pair<Id, std::string>, Id> ids;
    std::set<std::string> months;
    for (const auto* f : settled) months.insert(december(f->figures.year));
    for (const std::string& month : months) {
        long long id = 0, child = 0;
        std::string repayment = to_string(ReconciliationOutcome::repayment_claim),
                    top_up = to_string(ReconciliationOutcome::top_up);
        soci::statement st =
            (sql.prepare << "SELECT id, child_id FROM ledger_postings WHERE month_concerned = :month"
                            " AND posted_at = :at AND kind IN (:repayment, :top_up)"
                            " AND family_id BETWEEN :first AND :last ORDER BY id",
             soci::into(id), soci::into(child), soci::use(month), soci::use(at), soci::use(repayment),
             soci::use(top_up), soci::use(first), soci::use(last));
        st.execute();
        while (st.fetch()) ids[{child, month}] = id;
    }
    for (auto* f : settled) {
        auto found = ids.find({f->figures.child_id, december(f->figures.year)});
        if (found == ids.end()) throw std::runtime_error("settlement just posted not found");
        f->ledger_posting_id = found->second;
    }
}

} // namespace hjt::store
