#include "store/reconciliation_inputs.h"

#include <array>
#include <set>
#include <unordered_map>

#include "domain/errors.h"
#include "domain/minutes.h"
#include "domain/payout_entitlement.h"
#include "store/payout_basis_store.h"
#include "store/payout_columns.h"
#include "store/register_repository.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

struct YearWindow {
    std::string first_day, last_day;      // "YYYY-01-01", "YYYY-12-31"
    std::string first_month, last_month;  // "YYYY-01", "YYYY-12"
};

YearWindow window_of(int year) {
    Month january{date::year{year}, date::January}, december{date::year{year}, date::December};
    return {iso(first_day(january)), iso(last_day(december)), iso(january), iso(december)};
}

// " AND <column> = :family" when one family is asked for; the value is bound.
std::string family_filter(const std::optional<Id>& family_id, const std::string& column) {
    return family_id ? " AND " + column + " = :family" : "";
}

// A statement over `query` whose elements `bind` adds (into first, then use),
// with :family bound last when one family is asked for.
template <typename Bind>
soci::statement prepared(soci::session& sql, const std::string& query, const std::optional<Id>& family_id, Bind bind) {
    soci::statement st(sql);
    bind(st);
    if (family_id) st.exchange(soci::use(*family_id));
    st.alloc();
    st.prepare(query);
    st.define_and_bind();
    return st;
}

// Executes `st`, calling `row` per fetched row.
template <typename Row>
void fetch_all(soci::statement& st, Row row) {
    st.execute();
    while (st.fetch()) row();
}

// The expense budgets of the versions of grants touching the year, by version id.
std::unordered_map<Id, std::vector<ExpenseBudget>> load_budgets(soci::session& sql, const YearWindow& w) {
    long long version_id = 0, amount = 0;
    std::string category;
    soci::statement st =
        (sql.prepare << "SELECT b.version_id, b.category, b.yearly_ore FROM grant_expense_budgets b"
                        " JOIN grant_versions v ON v.id = b.version_id JOIN grants g ON g.id = v.grant_id"
                        " WHERE g.valid_from <= :last AND (g.valid_to IS NULL OR g.valid_to >= :first) ORDER BY b.id",
         soci::into(version_id), soci::into(category), soci::into(amount), soci::use(w.last_day),
         soci::use(w.first_day));
    std::unordered_map<Id, std::vector<ExpenseBudget>> budgets;
    fetch_all(st, [&] { budgets[version_id].push_back({category, Money::ore(amount)}); });
    return budgets;
}

// The subsidisable minutes of each family's shifts by month (1..12) of the day
// they start. Summed here from one plain scan fetched in batches: a GROUP BY
// over millions of shifts makes SQLite sort them all, several times slower.
std::unordered_map<Id, std::array<long long, 13>> load_used_minutes(soci::session& sql, const YearWindow& w,
                                                                    const std::optional<Id>& family_id) {
    constexpr std::size_t kBatch = 10000;
    std::vector<long long> family(kBatch), minutes(kBatch);
    std::vector<int> month(kBatch);
    std::string query = "SELECT family_id, CAST(substr(work_date, 6, 2) AS INTEGER), subsidisable_minutes FROM shifts"
                        " WHERE work_date >= :first AND work_date <= :last" + family_filter(family_id, "family_id");
    soci::statement st = prepared(sql, query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(family));
        s.exchange(soci::into(month));
        s.exchange(soci::into(minutes));
        s.exchange(soci::use(w.first_day));
        s.exchange(soci::use(w.last_day));
    });
    std::unordered_map<Id, std::array<long long, 13>> used;
    fetch_all(st, [&] {
        for (std::size_t i = 0; i < family.size(); ++i) {
            auto& months = used.try_emplace(family[i]).first->second;
            months[month[i]] += minutes[i];
        }
    });
    return used;
}

// The a-conto postings of the year per child and kind.
std::unordered_map<Id, ReceivedByKind> load_received(soci::session& sql, const YearWindow& w,
                                                     const std::optional<Id>& family_id) {
    long long child = 0, amount = 0;
    std::string kind;
    std::string query = "SELECT child_id, kind, SUM(amount_ore) FROM ledger_postings"
                        " WHERE child_id IS NOT NULL AND month_concerned >= :first AND month_concerned <= :last"
                        " AND kind IN ('helper', 'fixed', 'expense', 'adjustment')" +
                        family_filter(family_id, "family_id") + " GROUP BY child_id, kind";
    soci::statement st = prepared(sql, query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(child));
        s.exchange(soci::into(kind));
        s.exchange(soci::into(amount));
        s.exchange(soci::use(w.first_month));
        s.exchange(soci::use(w.last_month));
    });
    std::unordered_map<Id, ReceivedByKind> received;
    fetch_all(st, [&] {
        auto& r = received[child];
        Money m = Money::ore(amount);
        if (kind == "helper") r.helper += m;
        else if (kind == "fixed") r.fixed += m;
        else if (kind == "expense") r.expense += m;
        else r.adjustment += m;
    });
    return received;
}

// The expenses paid by approved runs' lines of the year, per child.
std::unordered_map<Id, std::vector<ReconciliationExpense>> load_paid_expenses(soci::session& sql, const YearWindow& w,
                                                                              const std::optional<Id>& family_id) {
    long long child = 0, id = 0, amount = 0;
    std::string day, category, document;
    std::string query = "SELECT e.child_id, e.id, e.expense_date, e.category, e.amount_ore, e.document_ref"
                        " FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id JOIN expenses e ON e.id = l.expense_id"
                        " WHERE r.status <> 'draft' AND l.kind = 'expense'"
                        " AND l.month_concerned >= :first AND l.month_concerned <= :last" +
                        family_filter(family_id, "l.family_id") + " ORDER BY e.id";
    soci::statement st = prepared(sql, query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(child));
        s.exchange(soci::into(id));
        s.exchange(soci::into(day));
        s.exchange(soci::into(category));
        s.exchange(soci::into(amount));
        s.exchange(soci::into(document));
        s.exchange(soci::use(w.first_month));
        s.exchange(soci::use(w.last_month));
    });
    std::unordered_map<Id, std::vector<ReconciliationExpense>> expenses;
    fetch_all(st, [&] {
        expenses[child].push_back({id, to_date(day), category, Money::ore(amount), document});
    });
    return expenses;
}

// The months of the year an approved (or paid) run has paid.
std::set<Month> load_paid_months(soci::session& sql, const YearWindow& w) {
    std::string month;
    soci::statement st = (sql.prepare << "SELECT month FROM payout_runs WHERE status <> 'draft'"
                                         " AND month >= :first AND month <= :last",
                          soci::into(month), soci::use(w.first_month), soci::use(w.last_month));
    std::set<Month> paid;
    fetch_all(st, [&] { paid.insert(to_month(month)); });
    return paid;
}

bool in_force_in_year(const ChildPlan& plan, int year) {
    for (unsigned m = 1; m <= 12; ++m)
        if (!covered_versions(plan, Month{date::year{year}, date::month{m}}).empty()) return true;
    return false;
}

} // namespace

std::vector<ChildReconciliationInput> load_reconciliation_inputs(soci::session& sql, const ReconciliationTerms& terms,
                                                                 std::optional<Id> family_id) {
    if (family_id && !find_family(sql, *family_id))
        throw NotFound("family " + std::to_string(*family_id) + " does not exist");
    YearWindow w = window_of(terms.year);
    // The payout basis of December holds every family's plans for the year.
    PayoutBasis basis = load_payout_basis(sql, Month{date::year{terms.year}, date::December}, terms.rates);
    auto budgets = load_budgets(sql, w);
    auto used = load_used_minutes(sql, w, family_id);
    auto received = load_received(sql, w, family_id);
    auto expenses = load_paid_expenses(sql, w, family_id);
    auto paid = load_paid_months(sql, w);

    std::vector<ChildReconciliationInput> inputs;
    for (auto& family : basis.families) {
        if (family_id && family.family.id != *family_id) continue;
        std::vector<ChildReconciliationInput> children;
        for (auto& plan : family.children) {
            if (!in_force_in_year(plan, terms.year)) continue;
            for (auto& grant : plan.grants)
                for (auto& version : grant.versions) {
                    auto found = budgets.find(version.id);
                    if (found != budgets.end()) version.expense_budgets = found->second;
                }
            ChildReconciliationInput in;
            in.family_id = family.family.id;
            in.child_id = plan.child.id;
            in.child_name = plan.child.name;
            in.year = terms.year;
            in.months = planned_months(plan, terms.year, terms.rates);
            for (auto& m : in.months) m.paid = paid.count(m.month) > 0;
            in.expenses = std::move(expenses[plan.child.id]);
            in.budgets = year_budgets(plan, terms.year);
            in.excluded_categories = terms.excluded_categories;
            in.year_cap = terms.rates.year_cap;
            in.year_cap_estimated = terms.rates.year_cap_estimated;
            in.rates_estimated = terms.rates.year.holiday_pay_estimated;
            in.received = received[plan.child.id];
            in.pooling = terms.pooling;
            in.pay_top_ups = terms.pay_top_ups;
            in.elapsed_through = terms.elapsed_through;
            children.push_back(std::move(in));
        }
        std::sort(children.begin(), children.end(),
                  [](const auto& a, const auto& b) { return a.child_id < b.child_id; });
        // Shifts name no child: each month's hours are shared by approved hours.
        auto minutes = used.find(family.family.id);
        if (minutes != used.end() && !children.empty())
            for (unsigned m = 1; m <= 12; ++m) {
                std::vector<ExactHours> approved;
                for (const auto& c : children) approved.push_back(c.months[m - 1].approved_hours);
                auto shares = share_family_hours(hours_of_minutes(minutes->second[m]), approved);
                for (std::size_t i = 0; i < children.size(); ++i) children[i].months[m - 1].used_hours = shares[i];
            }
        std::move(children.begin(), children.end(), std::back_inserter(inputs));
    }
    return inputs;
}

} // namespace hjt::store
