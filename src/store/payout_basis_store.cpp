#include "store/payout_basis_store.h"

#include <unordered_map>

#include "store/entity_rows.h"
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

void load_families(soci::session& sql, const FamilyScope& scope, Register& reg) {
    rows::each_row<rows::FamilyRow>(
        sql, rows::select_sql<rows::FamilyRow>() + " WHERE 1 = 1" + for_family(scope, "id") + " ORDER BY id",
        [&](const rows::FamilyRow& r) {
            reg.family_at[r.id] = reg.families.size();
            reg.families.push_back(FamilyPayoutBasis{r.entity(), {}, {}, {}, {}, {}, {}});
        },
        FamilyParam{scope});
}

void load_children(soci::session& sql, const FamilyScope& scope, Register& reg) {
    rows::each_row<rows::ChildRow>(
        sql,
        rows::select_sql<rows::ChildRow>() + " WHERE 1 = 1" + for_family(scope, "family_id") + " ORDER BY id",
        [&](const rows::ChildRow& r) {
            auto family = reg.family_at.find(r.family_id);
            if (family == reg.family_at.end()) return;
            reg.child_family[r.id] = family->second;
            reg.children[r.id] = r.entity();
        },
        FamilyParam{scope});
}

void load_grants(soci::session& sql, const Window& w, const FamilyScope& scope, Register& reg) {
    rows::each_row<rows::GrantRow>(
        sql, rows::select_sql<rows::GrantRow>("g") + " WHERE" + kGrantTouchesYear + for_grant_family(scope),
        [&](const rows::GrantRow& r) { reg.grants[r.id] = r.entity(); }, w.last, w.first, FamilyParam{scope});
}

void load_versions(soci::session& sql, const Window& w, const FamilyScope& scope, Register& reg) {
    rows::each_row<rows::GrantVersionRow>(
        sql,
        rows::select_sql<rows::GrantVersionRow>("v") + " JOIN grants g ON g.id = v.grant_id WHERE" + kGrantTouchesYear +
            for_grant_family(scope),
        [&](const rows::GrantVersionRow& r) { reg.versions[r.id] = r.entity(); }, w.last, w.first, FamilyParam{scope});

    rows::each_row<rows::FixedLineRow>(
        sql,
        rows::select_sql<rows::FixedLineRow>("f") +
            " JOIN grant_versions v ON v.id = f.version_id JOIN grants g ON g.id = v.grant_id WHERE" +
            kGrantTouchesYear + for_grant_family(scope) + " ORDER BY f.id",
        [&](const rows::FixedLineRow& r) {
            auto v = reg.versions.find(r.version_id);
            if (v != reg.versions.end()) v->second.fixed_lines.push_back(r.entity());
        },
        w.last, w.first, FamilyParam{scope});
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
void load_plans(soci::session& sql, const Window& w, const FamilyScope& scope, Register& reg) {
    load_families(sql, scope, reg);
    load_children(sql, scope, reg);
    load_grants(sql, w, scope, reg);
    load_versions(sql, w, scope, reg);
    assemble(reg);
}

void load_expenses(soci::session& sql, const Window& w, Register& reg) {
    rows::each_row<rows::ExpenseRow>(
        sql,
        rows::select_sql<rows::ExpenseRow>() +
            " WHERE status = 'approved' AND paid_run_id IS NULL AND expense_date <= :last ORDER BY id",
        [&](const rows::ExpenseRow& r) {
            auto family = reg.family_at.find(r.family_id);
            if (family != reg.family_at.end()) reg.families[family->second].expenses.push_back(r.entity());
        },
        w.last);
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
    load_plans(sql, w, FamilyScope{}, reg);
    load_expenses(sql, w, reg);
    load_settled_lines(sql, w, reg);
    load_awards(sql, month, reg);
    basis.families = std::move(reg.families);
    return basis;
}

std::vector<FamilyPayoutBasis> load_year_plans(soci::session& sql, int year, const FamilyScope& scope) {
    Register reg;
    load_plans(sql, window_of(Month{date::year{year}, date::December}), scope, reg);
    return std::move(reg.families);
}

} // namespace hjt::store
