#include "store/reconciliation_store.h"

#include <map>

#include "domain/errors.h"
#include "store/payout_columns.h"
#include "store/sql_dialect.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

constexpr const char* kStatusNames[] = {"draft", "final"};

// One reconciliations row as bound values. Nullable columns share an
// indicator per group: the forecast is all there or all NULL.
struct Row {
    long long family = 0, child = 0;
    int year = 0;
    std::string status, pooling;
    long long eligible_helper = 0, eligible_expenses = 0, eligible_fixed = 0, eligible_before_cap = 0, year_cap = 0;
    int year_cap_estimated = 0, capped = 0;
    long long eligible = 0, received_helper = 0, received_fixed = 0, received_expense = 0, received_adjustment = 0;
    long long balance = 0, settlement = 0;
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
    bind("received_helper_ore", r.received_helper, nullptr);
    bind("received_fixed_ore", r.received_fixed, nullptr);
    bind("received_expense_ore", r.received_expense, nullptr);
    bind("received_adjustment_ore", r.received_adjustment, nullptr);
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
    r.received_helper = c.received.helper.ore();
    r.received_fixed = c.received.fixed.ore();
    r.received_expense = c.received.expense.ore();
    r.received_adjustment = c.received.adjustment.ore();
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
    s.status = r.status == "final" ? ReconciliationStatus::final : ReconciliationStatus::draft;
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
    c.received = {Money::ore(r.received_helper), Money::ore(r.received_fixed), Money::ore(r.received_expense),
                  Money::ore(r.received_adjustment)};
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
    return s;
}

// Writes reconciliations with their month rows and expense verdicts through
// one prepared statement per table.
class Writer {
public:
    explicit Writer(soci::session& sql)
        : sql_(sql),
          header_(sql),
          month_((sql.prepare << "INSERT INTO reconciliation_months (reconciliation_id, month, approved_h100,"
                                " used_h100, hourly_cost_ore, approved_ore, used_ore, eligible_ore)"
                                " VALUES (:id, :month, :approved_h, :used_h, :cost, :approved, :used, :eligible)",
                 soci::use(id_), soci::use(month_text_), soci::use(approved_h_), soci::use(used_h_),
                 soci::use(cost_), soci::use(approved_), soci::use(used_), soci::use(eligible_))),
          expense_((sql.prepare << "INSERT INTO reconciliation_expenses (reconciliation_id, expense_id, expense_date,"
                                  " category, amount_ore, document_ref, eligible_ore, verdict, reason)"
                                  " VALUES (:id, :expense, :day, :category, :amount, :document, :eligible, :verdict,"
                                  " :reason)",
                   soci::use(id_), soci::use(expense_id_), soci::use(day_), soci::use(category_),
                   soci::use(amount_), soci::use(document_), soci::use(eligible_), soci::use(verdict_),
                   soci::use(reason_))) {
        std::string values;
        each_column(row_, [&](const char* name, auto& member, soci::indicator* ind) {
            values += (values.empty() ? ":" : ", :") + std::string(name);
            if (ind) header_.exchange(soci::use(member, *ind));
            else header_.exchange(soci::use(member));
        });
        header_.alloc();
        header_.prepare("INSERT INTO reconciliations (" + column_list("") + ") VALUES (" + values + ")");
        header_.define_and_bind();
    }

    Id write(const StoredReconciliation& s) {
        row_ = row_of(s);
        header_.execute(true);
        id_ = last_insert_id(sql_, "reconciliations");
        for (const auto& m : s.figures.months) {
            month_text_ = iso(m.month);
            approved_h_ = m.approved_hours.hundredths();
            used_h_ = m.used_hours.hundredths();
            cost_ = m.hourly_cost.ore();
            approved_ = m.approved_cost.ore();
            used_ = m.used_cost.ore();
            eligible_ = m.eligible_cost.ore();
            month_.execute(true);
        }
        for (const auto& e : s.figures.expenses) {
            expense_id_ = e.expense.expense_id;
            day_ = iso(e.expense.date);
            category_ = e.expense.category;
            amount_ = e.expense.amount.ore();
            document_ = e.expense.document_ref;
            eligible_ = e.eligible.ore();
            verdict_ = to_string(e.verdict);
            reason_ = e.reason;
            expense_.execute(true);
        }
        return id_;
    }

private:
    soci::session& sql_;
    Row row_;
    long long id_ = 0, approved_h_ = 0, used_h_ = 0, cost_ = 0, approved_ = 0, used_ = 0, eligible_ = 0,
              expense_id_ = 0, amount_ = 0;
    std::string month_text_, day_, category_, document_, verdict_, reason_;
    soci::statement header_, month_, expense_;
};

// " AND family_id = :family" when one family is asked for; the value is bound.
std::string family_filter(const std::optional<Id>& family_id) {
    return family_id ? " AND family_id = :family" : "";
}

// Deletes the drafts of the year, of one family or child (or all), with their rows.
void delete_drafts(soci::session& sql, int year, const std::optional<Id>& family_id, const std::optional<Id>& child_id) {
    std::string where = "year = :year AND status = 'draft'" + family_filter(family_id) +
                        (child_id ? " AND child_id = :child" : "");
    for (std::string query : {"DELETE FROM reconciliation_months WHERE reconciliation_id IN"
                              " (SELECT id FROM reconciliations WHERE " + where + ")",
                              "DELETE FROM reconciliation_expenses WHERE reconciliation_id IN"
                              " (SELECT id FROM reconciliations WHERE " + where + ")",
                              "DELETE FROM reconciliations WHERE " + where}) {
        soci::statement st(sql);
        st.exchange(soci::use(year));
        if (family_id) st.exchange(soci::use(*family_id));
        if (child_id) st.exchange(soci::use(*child_id));
        st.alloc();
        st.prepare(query);
        st.define_and_bind();
        st.execute(true);
    }
}

void load_months(soci::session& sql, int year, const std::optional<Id>& family_id,
                 std::map<Id, StoredReconciliation*>& by_id) {
    long long id = 0, approved_h = 0, used_h = 0, cost = 0, approved = 0, used = 0, eligible = 0;
    std::string month;
    soci::statement st(sql);
    for (auto* column : {&id}) st.exchange(soci::into(*column));
    st.exchange(soci::into(month));
    for (auto* column : {&approved_h, &used_h, &cost, &approved, &used, &eligible}) st.exchange(soci::into(*column));
    st.exchange(soci::use(year));
    if (family_id) st.exchange(soci::use(*family_id));
    st.alloc();
    st.prepare("SELECT m.reconciliation_id, m.month, m.approved_h100, m.used_h100, m.hourly_cost_ore, m.approved_ore,"
               " m.used_ore, m.eligible_ore FROM reconciliation_months m WHERE m.reconciliation_id IN"
               " (SELECT id FROM reconciliations WHERE year = :year" + family_filter(family_id) +
               ") ORDER BY m.reconciliation_id, m.month");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        auto found = by_id.find(id);
        if (found == by_id.end()) continue;
        ChildReconciliation& c = found->second->figures;
        ReconciliationMonthResult m{to_month(month), Hours::hundredths(approved_h), Hours::hundredths(used_h),
                                    Money::ore(cost), Money::ore(approved), Money::ore(used), Money::ore(eligible)};
        c.approved_hours += m.approved_hours;
        c.used_hours += m.used_hours;
        c.approved_cost += m.approved_cost;
        c.used_cost += m.used_cost;
        c.months.push_back(m);
    }
}

void load_expenses(soci::session& sql, int year, const std::optional<Id>& family_id,
                   std::map<Id, StoredReconciliation*>& by_id) {
    long long id = 0, expense_id = 0, amount = 0, eligible = 0;
    std::string day, category, document, verdict, reason;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    st.exchange(soci::into(expense_id));
    st.exchange(soci::into(day));
    st.exchange(soci::into(category));
    st.exchange(soci::into(amount));
    st.exchange(soci::into(document));
    st.exchange(soci::into(eligible));
    st.exchange(soci::into(verdict));
    st.exchange(soci::into(reason));
    st.exchange(soci::use(year));
    if (family_id) st.exchange(soci::use(*family_id));
    st.alloc();
    st.prepare("SELECT reconciliation_id, expense_id, expense_date, category, amount_ore, document_ref, eligible_ore,"
               " verdict, reason FROM reconciliation_expenses WHERE reconciliation_id IN"
               " (SELECT id FROM reconciliations WHERE year = :year" + family_filter(family_id) +
               ") ORDER BY reconciliation_id, expense_date, expense_id");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        auto found = by_id.find(id);
        if (found == by_id.end()) continue;
        found->second->figures.expenses.push_back(
            {{expense_id, to_date(day), category, Money::ore(amount), document}, Money::ore(eligible),
             parsed(parse_expense_verdict(verdict), verdict), reason});
    }
}

} // namespace

std::string to_string(ReconciliationStatus s) { return kStatusNames[static_cast<int>(s)]; }

void replace_drafts(soci::session& sql, int year, std::optional<Id> family_id,
                    const std::vector<StoredReconciliation>& drafts) {
    delete_drafts(sql, year, family_id, std::nullopt);
    Writer writer(sql);
    for (const auto& d : drafts) writer.write(d);
}

Id store_final(soci::session& sql, const StoredReconciliation& final_reconciliation) {
    const ChildReconciliation& c = final_reconciliation.figures;
    delete_drafts(sql, c.year, std::nullopt, c.child_id);
    Writer writer(sql);
    return writer.write(final_reconciliation);
}

std::vector<StoredReconciliation> list_reconciliations(soci::session& sql, int year, std::optional<Id> family_id) {
    long long id = 0;
    Row row;
    std::string child_name;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    st.exchange(soci::into(child_name));
    each_column(row, [&](const char*, auto& member, soci::indicator* ind) {
        if (ind) st.exchange(soci::into(member, *ind));
        else st.exchange(soci::into(member));
    });
    st.exchange(soci::use(year));
    if (family_id) st.exchange(soci::use(*family_id));
    st.alloc();
    st.prepare("SELECT r.id, c.name, " + column_list("r.") +
               " FROM reconciliations r JOIN children c ON c.id = r.child_id WHERE r.year = :year" +
               (family_id ? " AND r.family_id = :family" : "") + " ORDER BY r.family_id, r.child_id");
    st.define_and_bind();
    st.execute();
    std::vector<StoredReconciliation> out;
    while (st.fetch()) {
        out.push_back(stored_of(id, row));
        out.back().figures.child_name = child_name;
    }
    std::map<Id, StoredReconciliation*> by_id;
    for (auto& s : out) by_id[s.id] = &s;
    load_months(sql, year, family_id, by_id);
    load_expenses(sql, year, family_id, by_id);
    return out;
}

Id post_settlement(soci::session& sql, const ChildReconciliation& r, const std::string& at, const std::string& by) {
    std::string kind = to_string(r.outcome);
    std::string month = iso(Month{date::year{r.year}, date::December});
    std::string description =
        (r.outcome == ReconciliationOutcome::repayment_claim ? "Tilbagebetalingskrav" : "Efterbetaling") +
        std::string(" årsopgørelse ") + std::to_string(r.year) + " for " + r.child_name;
    long long family = r.family_id, child = r.child_id, amount = r.settlement.ore();
    sql << "INSERT INTO ledger_postings (family_id, child_id, kind, month_concerned, amount_ore, description,"
           " posted_at, posted_by) VALUES (:family, :child, :kind, :month, :amount, :description, :at, :by)",
        soci::use(family), soci::use(child), soci::use(kind), soci::use(month), soci::use(amount),
        soci::use(description), soci::use(at), soci::use(by);
    return last_insert_id(sql, "ledger_postings");
}

} // namespace hjt::store
