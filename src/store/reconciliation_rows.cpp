#include "store/reconciliation_rows.h"

#include "domain/errors.h"
#include "store/family_scope.h"
#include "store/helper_batch.h"
#include "store/payout_basis_store.h"
#include "store/payout_columns.h"
#include "store/register_repository.h"
#include "store/shift_store.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

struct YearWindow {
    std::string first_day, last_day;      // "YYYY-01-01", "YYYY-12-31"
    std::string first_month, last_month;  // "YYYY-01", "YYYY-12"
    ShiftDays shift_days;                 // the year's days, as the shifts are read
};

YearWindow window_of(int year) {
    Month january{date::year{year}, date::January}, december{date::year{year}, date::December};
    return {iso(first_day(january)), iso(last_day(december)), iso(january), iso(december),
            day_bounds(first_day(january), last_day(december))};
}

// The expense budgets of the versions of grants touching the year, by version id.
std::unordered_map<Id, std::vector<ExpenseBudget>> load_budgets(soci::session& sql, const YearWindow& w,
                                                                 const FamilyScope& scope) {
    long long version_id = 0, amount = 0;
    std::string category;
    const std::string query =
        "SELECT b.version_id, b.category, b.yearly_ore FROM grant_expense_budgets b"
        " JOIN grant_versions v ON v.id = b.version_id JOIN grants g ON g.id = v.grant_id"
        " WHERE g.valid_from <= :last AND (g.valid_to IS NULL OR g.valid_to >= :first)" +
        for_grant_family(scope) + " ORDER BY b.id";
    soci::statement st = prepared(sql, query, scope, [&](soci::statement& s) {
        s.exchange(soci::into(version_id));
        s.exchange(soci::into(category));
        s.exchange(soci::into(amount));
        s.exchange(soci::use(w.last_day));
        s.exchange(soci::use(w.first_day));
    });
    std::unordered_map<Id, std::vector<ExpenseBudget>> budgets;
    fetch_all(st, [&] { budgets[version_id].push_back({category, Money::ore(amount)}); });
    return budgets;
}

// The subsidisable minutes of each family's shifts by month (1..12) of the day
// they start, added up here as the rows are fetched in batches. On SQLite the
// rows are the shifts themselves: a GROUP BY over millions of shifts makes it
// sort them all, several times slower than this plain scan. PostgreSQL's
// client library receives a statement's whole result at once (15 million
// shifts at 50,000 families held 1.2 GB), so there the server sums them first
// by family and month (by hashing) and sends a row each. A page of families
// is read by its helpers' index, the helpers named (store/helper_batch.h).
std::unordered_map<Id, std::array<long long, 13>> load_used_minutes(soci::session& sql, const YearWindow& w,
                                                                    const FamilyScope& scope) {
    constexpr std::size_t kBatch = 10000;
    std::vector<long long> family(kBatch), minutes(kBatch);
    std::vector<int> month(kBatch);
    const ShiftDays& days = w.shift_days;
    const bool server_sums = backend_of(sql) == Backend::postgresql;
    HelperBatch helpers(scope.every_family() ? std::vector<Id>{} : family_helper_ids(sql, *scope.first, *scope.last));
    std::unordered_map<Id, std::array<long long, 13>> used;
    if (!scope.every_family() && helpers.empty()) return used;  // a page of families without helpers
    const std::string query = std::string("SELECT family_id, CAST(substr(work_date, 6, 2) AS INTEGER), ") +
                              (server_sums ? "SUM(subsidisable_minutes)" : "subsidisable_minutes") + " FROM shifts WHERE " +
                              (scope.every_family() ? "" : helpers.in_list() + " AND ") +
                              "start_min >= :earliest AND start_min < :latest AND work_date >= :first AND work_date <= :last" +
                              (server_sums ? " GROUP BY 1, 2" : "");
    soci::statement st(sql);
    st.exchange(soci::into(family));
    st.exchange(soci::into(month));
    st.exchange(soci::into(minutes));
    if (!scope.every_family()) helpers.bind(st);
    st.exchange(soci::use(days.earliest));
    st.exchange(soci::use(days.latest));
    st.exchange(soci::use(days.from));
    st.exchange(soci::use(days.to));
    prepare_for(st, query, helpers);
    auto read = [&] {
        // A fetch leaves the vectors as long as its rows: a batch starts them full again.
        for (auto* v : {&family, &minutes}) v->resize(kBatch);
        month.resize(kBatch);
        fetch_all(st, [&] {
            for (std::size_t i = 0; i < family.size(); ++i) {
                auto& months = used.try_emplace(family[i]).first->second;
                months[month[i]] += minutes[i];
            }
        });
    };
    if (scope.every_family()) read();
    else
        while (helpers.fill()) read();
    return used;
}

// Every child's postings of the year summed per kind (the domain picks the kinds that count).
std::vector<PostingSum> load_posting_sums(soci::session& sql, const YearWindow& w, const FamilyScope& scope) {
    long long child = 0, amount = 0;
    std::string kind;
    std::string query = "SELECT child_id, kind, SUM(amount_ore) FROM ledger_postings"
                        " WHERE child_id IS NOT NULL AND month_concerned >= :first AND month_concerned <= :last" +
                        for_family(scope, "family_id") + " GROUP BY child_id, kind";
    soci::statement st = prepared(sql, query, scope, [&](soci::statement& s) {
        s.exchange(soci::into(child));
        s.exchange(soci::into(kind));
        s.exchange(soci::into(amount));
        s.exchange(soci::use(w.first_month));
        s.exchange(soci::use(w.last_month));
    });
    std::vector<PostingSum> sums;
    fetch_all(st, [&] { sums.push_back({child, kind, Money::ore(amount)}); });
    return sums;
}

// The expenses paid by approved runs' lines of the year, per child.
std::unordered_map<Id, std::vector<ReconciliationExpense>> load_paid_expenses(soci::session& sql, const YearWindow& w,
                                                                              const FamilyScope& scope) {
    long long child = 0, id = 0, amount = 0;
    std::string day, category, document;
    std::string query = "SELECT e.child_id, e.id, e.expense_date, e.category, e.amount_ore, e.document_ref"
                        " FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id JOIN expenses e ON e.id = l.expense_id"
                        " WHERE r.status <> 'draft' AND l.kind = 'expense'"
                        " AND l.month_concerned >= :first AND l.month_concerned <= :last" +
                        for_family(scope, "l.family_id") + " ORDER BY e.id";
    soci::statement st = prepared(sql, query, scope, [&](soci::statement& s) {
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

// Every row but the minutes.
ReconciliationRows load_rows_but_minutes(soci::session& sql, const YearWindow& w, int year, const FamilyScope& scope) {
    if (scope.asked_by_id && !find_family(sql, *scope.first))
        throw NotFound(Message{MessageCode::family_not_found, {std::to_string(*scope.first)}});
    ReconciliationRows rows;
    rows.families = load_year_plans(sql, year, scope);
    rows.budgets = load_budgets(sql, w, scope);
    rows.postings = load_posting_sums(sql, w, scope);
    rows.paid_expenses = load_paid_expenses(sql, w, scope);
    rows.paid_months = load_paid_months(sql, w);
    return rows;
}

} // namespace

ReconciliationRows load_reconciliation_rows(soci::session& sql, int year, FamilyScope scope) {
    const YearWindow w = window_of(year);
    ReconciliationRows rows = load_rows_but_minutes(sql, w, year, scope);
    rows.used_minutes = load_used_minutes(sql, w, scope);
    return rows;
}

UsedMinutes load_year_used_minutes(soci::session& sql, int year) {
    const FamilyScope every;
    return load_used_minutes(sql, window_of(year), every);
}

ReconciliationRows load_reconciliation_rows(soci::session& sql, int year, FamilyScope scope, const UsedMinutes& used) {
    ReconciliationRows rows = load_rows_but_minutes(sql, window_of(year), year, scope);
    for (const auto& family : rows.families)
        if (auto found = used.find(family.family.id); found != used.end()) rows.used_minutes.insert(*found);
    return rows;
}

} // namespace hjt::store
