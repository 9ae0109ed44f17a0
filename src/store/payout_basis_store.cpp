#include "store/payout_basis_store.h"

#include <unordered_map>

#include "store/family_scope.h"
#include "store/payout_columns.h"
#include "store/register_repository.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

// Grants that can pay in the year up to the month: the same filter for the
// grants, their versions and their fixed lines. Binds :last, then :first.
constexpr const char* kGrantTouchesYear = " g.valid_from <= :last AND (g.valid_to IS NULL OR g.valid_to >= :first)";

struct Window {
    std::string first;     // first day of the year
    std::string last;      // last day of the month
    std::string january;   // "YYYY-01"
    std::string month;     // "YYYY-MM"
};

Window window_of(Month month) {
    Month january{month.year(), date::January};
    return {iso(first_day(january)), iso(last_day(month)), iso(january), iso(month)};
}

// The register, keyed so that rows of later queries find their owners.
struct Register {
    std::vector<FamilyPayoutBasis> families;
    std::unordered_map<Id, std::size_t> family_at;
    std::unordered_map<Id, std::size_t> child_family;  // child id -> index in families
    std::unordered_map<Id, Child> children;
    std::unordered_map<Id, Grant> grants;
    std::unordered_map<Id, GrantVersion> versions;
};

void load_families(soci::session& sql, const std::optional<Id>& family_id, Register& reg) {
    long long id = 0;
    std::string name, cvr, bank_reg, bank_account;
    soci::indicator reg_ind = soci::i_ok, account_ind = soci::i_ok;
    const std::string query = "SELECT id, name, cvr, bank_reg, bank_account FROM families WHERE 1 = 1" +
                              for_family(family_id, "id = :family") + " ORDER BY id";
    soci::statement st = prepared(sql, query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(id));
        s.exchange(soci::into(name));
        s.exchange(soci::into(cvr));
        s.exchange(soci::into(bank_reg, reg_ind));
        s.exchange(soci::into(bank_account, account_ind));
    });
    st.execute();
    while (st.fetch()) {
        FamilyPayoutBasis f;
        f.family.id = id;
        f.family.name = name;
        f.family.cvr = cvr;
        f.family.bank = to_bank_account(bank_reg, reg_ind, bank_account, account_ind);
        reg.family_at[id] = reg.families.size();
        reg.families.push_back(std::move(f));
    }
}

void load_children(soci::session& sql, const std::optional<Id>& only, Register& reg) {
    long long id = 0, family_id = 0;
    std::string name, birth;
    const std::string query = "SELECT id, family_id, name, birth_date FROM children WHERE 1 = 1" +
                              for_family(only, "family_id = :family") + " ORDER BY id";
    soci::statement st = prepared(sql, query, only, [&](soci::statement& s) {
        s.exchange(soci::into(id));
        s.exchange(soci::into(family_id));
        s.exchange(soci::into(name));
        s.exchange(soci::into(birth));
    });
    st.execute();
    while (st.fetch()) {
        auto family = reg.family_at.find(family_id);
        if (family == reg.family_at.end()) continue;
        Child c;
        c.id = id;
        c.family_id = family_id;
        c.name = name;
        c.birth_date = to_date(birth);
        reg.child_family[id] = family->second;
        reg.children[id] = std::move(c);
    }
}

void load_grants(soci::session& sql, const Window& w, const std::optional<Id>& family_id, Register& reg) {
    long long id = 0, child_id = 0;
    std::string ref, from, to;
    soci::indicator to_ind = soci::i_ok;
    const std::string query = std::string("SELECT g.id, g.child_id, g.decision_ref, g.valid_from, g.valid_to"
                                          " FROM grants g WHERE") +
                              kGrantTouchesYear + for_family(family_id, kGrantOfFamily);
    soci::statement st = prepared(sql, query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(id));
        s.exchange(soci::into(child_id));
        s.exchange(soci::into(ref));
        s.exchange(soci::into(from));
        s.exchange(soci::into(to, to_ind));
        s.exchange(soci::use(w.last));
        s.exchange(soci::use(w.first));
    });
    st.execute();
    while (st.fetch()) {
        Grant g;
        g.id = id;
        g.child_id = child_id;
        g.decision_ref = ref;
        g.valid = Period{to_date(from), to_ind == soci::i_ok ? std::optional<Date>(to_date(to)) : std::nullopt};
        reg.grants[id] = std::move(g);
    }
}

void load_versions(soci::session& sql, const Window& w, const std::optional<Id>& family_id, Register& reg) {
    long long id = 0, grant_id = 0, hours = 0, wage = 0;
    std::string from;
    const std::string query =
        std::string("SELECT v.id, v.grant_id, v.effective_from, v.weekly_hours_h100, v.hourly_wage_ore"
                    " FROM grant_versions v JOIN grants g ON g.id = v.grant_id WHERE") +
        kGrantTouchesYear + for_family(family_id, kGrantOfFamily);
    soci::statement st = prepared(sql, query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(id));
        s.exchange(soci::into(grant_id));
        s.exchange(soci::into(from));
        s.exchange(soci::into(hours));
        s.exchange(soci::into(wage));
        s.exchange(soci::use(w.last));
        s.exchange(soci::use(w.first));
    });
    st.execute();
    while (st.fetch()) {
        GrantVersion v;
        v.id = id;
        v.grant_id = grant_id;
        v.effective_from = to_date(from);
        v.weekly_hours = Hours::hundredths(hours);
        v.hourly_wage = Money::ore(wage);
        reg.versions[id] = std::move(v);
    }

    long long version_id = 0, monthly = 0;
    std::string purpose;
    const std::string fixed_query =
        std::string("SELECT f.version_id, f.purpose, f.monthly_ore FROM grant_fixed_lines f"
                    " JOIN grant_versions v ON v.id = f.version_id JOIN grants g ON g.id = v.grant_id WHERE") +
        kGrantTouchesYear + for_family(family_id, kGrantOfFamily) + " ORDER BY f.id";
    soci::statement fixed = prepared(sql, fixed_query, family_id, [&](soci::statement& s) {
        s.exchange(soci::into(version_id));
        s.exchange(soci::into(purpose));
        s.exchange(soci::into(monthly));
        s.exchange(soci::use(w.last));
        s.exchange(soci::use(w.first));
    });
    fixed.execute();
    while (fixed.fetch()) {
        auto v = reg.versions.find(version_id);
        if (v != reg.versions.end()) v->second.fixed_lines.push_back({purpose, Money::ore(monthly)});
    }
}

// Versions into their grants, grants into their children, children into their families.
void assemble(Register& reg) {
    for (auto& [id, v] : reg.versions) {
        auto g = reg.grants.find(v.grant_id);
        if (g != reg.grants.end()) g->second.versions.push_back(std::move(v));
    }
    std::unordered_map<Id, std::vector<Grant>> grants_of_child;
    for (auto& [id, g] : reg.grants) grants_of_child[g.child_id].push_back(std::move(g));
    for (auto& [id, c] : reg.children) {
        ChildPlan plan{std::move(c), {}};
        auto grants = grants_of_child.find(id);
        if (grants != grants_of_child.end()) plan.grants = std::move(grants->second);
        reg.families[reg.child_family[id]].children.push_back(std::move(plan));
    }
}

// The register's families with their children's plans (grants, versions and
// fixed lines that can pay from the window's first day to its last).
void load_plans(soci::session& sql, const Window& w, const std::optional<Id>& family_id, Register& reg) {
    load_families(sql, family_id, reg);
    load_children(sql, family_id, reg);
    load_grants(sql, w, family_id, reg);
    load_versions(sql, w, family_id, reg);
    assemble(reg);
}

void load_expenses(soci::session& sql, const Window& w, Register& reg) {
    long long id = 0, family_id = 0, child_id = 0, amount = 0;
    std::string day, category, document, decided_by, over_budget_reason;
    soci::statement st =
        (sql.prepare << "SELECT id, family_id, child_id, expense_date, category, amount_ore, document_ref,"
                        " decided_by, over_budget_reason"
                        " FROM expenses WHERE status = 'approved' AND paid_run_id IS NULL AND expense_date <= :last"
                        " ORDER BY id",
         soci::into(id), soci::into(family_id), soci::into(child_id), soci::into(day), soci::into(category),
         soci::into(amount), soci::into(document), soci::into(decided_by), soci::into(over_budget_reason),
         soci::use(w.last));
    st.execute();
    while (st.fetch()) {
        auto family = reg.family_at.find(family_id);
        if (family == reg.family_at.end()) continue;
        Expense e;
        e.id = id;
        e.family_id = family_id;
        e.child_id = child_id;
        e.date = to_date(day);
        e.category = category;
        e.amount = Money::ore(amount);
        e.document_ref = document;
        e.status = ExpenseStatus::approved;
        e.decided_by = decided_by;
        e.over_budget_reason = over_budget_reason;
        reg.families[family->second].expenses.push_back(std::move(e));
    }
}

void load_settled_lines(soci::session& sql, const Window& w, Register& reg) {
    long long family_id = 0, child_id = 0, amount = 0, computed = 0, award_id = 0, atp = 0, am = 0, a_skat = 0,
              saved = 0;
    soci::indicator award_ind = soci::i_null;
    std::string kind, concerned;
    soci::statement st =
        (sql.prepare << "SELECT l.family_id, l.child_id, l.kind, l.month_concerned, l.amount_ore, l.computed_ore,"
                        " l.award_id, l.atp_ore, l.am_bidrag_ore, l.a_skat_ore, l.saved_costs_ore"
                        " FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                        " WHERE r.status <> 'draft' AND r.month >= :january AND r.month < :month"
                        // A line paying a held-back line pays what was settled then, not a month again.
                        " AND l.released_line_id IS NULL ORDER BY l.id",
         soci::into(family_id), soci::into(child_id), soci::into(kind), soci::into(concerned), soci::into(amount),
         soci::into(computed), soci::into(award_id, award_ind), soci::into(atp), soci::into(am), soci::into(a_skat),
         soci::into(saved), soci::use(w.january), soci::use(w.month));
    st.execute();
    while (st.fetch()) {
        auto family = reg.family_at.find(family_id);
        auto line_kind = parse_line_kind(kind);
        if (family == reg.family_at.end() || !line_kind) continue;
        reg.families[family->second].settled.push_back(
            SettledLine{child_id, *line_kind, to_month(concerned), Money::ore(amount), Money::ore(computed),
                        to_optional_id(award_id, award_ind),
                        Withholding{Money::ore(atp), Money::ore(am), Money::ore(a_skat), Money::ore(saved)}});
    }
}

// Lost-earnings awards that can pay in the year up to the month, into the child's family.
void load_awards(soci::session& sql, Month month, Register& reg) {
    for (auto& award : awards_touching(sql, first_day(Month{month.year(), date::January}), last_day(month))) {
        auto family = reg.child_family.find(award.child_id);
        if (family != reg.child_family.end()) reg.families[family->second].awards.push_back(std::move(award));
    }
}

} // namespace

std::vector<Month> approved_months_before(soci::session& sql, Month month) {
    Window w = window_of(month);
    std::string text;
    soci::statement st = (sql.prepare << "SELECT month FROM payout_runs WHERE status <> 'draft'"
                                         " AND month >= :january AND month < :month ORDER BY month",
                          soci::into(text), soci::use(w.january), soci::use(w.month));
    st.execute();
    std::vector<Month> months;
    while (st.fetch()) months.push_back(to_month(text));
    return months;
}

PayoutBasis load_payout_basis(soci::session& sql, Month month, const PayoutRates& rates) {
    PayoutBasis basis;
    basis.month = month;
    basis.rates = rates;
    auto approved = approved_months_before(sql, month);
    if (!approved.empty())
        for (Month m = approved.front(); m < month; m += date::months{1}) basis.settled_months.push_back(m);

    Window w = window_of(month);
    Register reg;
    load_plans(sql, w, std::nullopt, reg);
    load_expenses(sql, w, reg);
    load_settled_lines(sql, w, reg);
    load_awards(sql, month, reg);
    basis.families = std::move(reg.families);
    return basis;
}

std::vector<FamilyPayoutBasis> load_year_plans(soci::session& sql, int year, std::optional<Id> family_id) {
    Register reg;
    load_plans(sql, window_of(Month{date::year{year}, date::December}), family_id, reg);
    return std::move(reg.families);
}

} // namespace hjt::store
