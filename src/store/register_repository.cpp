#include "store/register_repository.h"

#include <map>
#include <stdexcept>

#include "store/entity_rows.h"
#include "support/clock.h"

namespace hjt::store {

using namespace rows;

namespace {

// --- The rows of an award's holiday periods --------------------------------

// A holiday period of an award (the parent on holiday pay from a former employer).
struct AwardHolidayRow {
    static constexpr const char* table = "lost_earnings_holidays";
    long long award_id = 0;
    std::string date_from, date_to;

    template <class Bind>
    void each(Bind bind) {
        bind("award_id", award_id, nullptr);
        bind("date_from", date_from, nullptr);
        bind("date_to", date_to, nullptr);
    }
    std::pair<Id, Period> entity() const {
        auto date = [](const std::string& text) {
            if (auto d = parse_iso_date(text)) return *d;
            throw std::runtime_error("corrupt date '" + text + "' in lost_earnings_holidays");
        };
        return {award_id, Period{date(date_from), date(date_to)}};
    }
};

std::vector<GrantVersion> versions_of(soci::session& sql, Id grant_id) {
    auto versions = select_all<GrantVersionRow>(sql, "WHERE grant_id = :g ORDER BY effective_from", grant_id);
    for (auto& v : versions) {
        v.fixed_lines = select_all<FixedLineRow>(sql, "WHERE version_id = :v ORDER BY id", v.id);
        v.expense_budgets = select_all<ExpenseBudgetRow>(sql, "WHERE version_id = :v ORDER BY id", v.id);
    }
    return versions;
}

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
    for (const Period& holiday : a.holiday_periods)
        insert_row(sql, AwardHolidayRow{a.id, iso(holiday.from), iso(holiday.to.value_or(holiday.from))});
}

} // namespace

// --- Families -------------------------------------------------------------

Id insert_family(soci::session& sql, const Family& f) { return insert_entity(sql, FamilyRow::of(f)); }

void update_family(soci::session& sql, const Family& f) { update_row(sql, FamilyRow::of(f)); }

std::optional<Family> find_family(soci::session& sql, Id id) {
    return select_one<FamilyRow>(sql, "WHERE id = :id", id);
}

std::optional<Family> find_family_by_cvr(soci::session& sql, const std::string& cvr) {
    return select_one<FamilyRow>(sql, "WHERE cvr = :cvr", cvr);
}

std::vector<Family> list_families(soci::session& sql) { return select_all<FamilyRow>(sql, "ORDER BY id"); }

std::vector<Id> list_family_ids(soci::session& sql) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st = (sql.prepare << "SELECT id FROM families ORDER BY id", soci::into(id));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

std::vector<Family> list_families(soci::session& sql, Id first, Id last) {
    return select_all<FamilyRow>(sql, "WHERE id BETWEEN :first AND :last ORDER BY id", first, last);
}

// --- Children -------------------------------------------------------------

Id insert_child(soci::session& sql, const Child& c) { return insert_entity(sql, ChildRow::of(c)); }

void update_child(soci::session& sql, const Child& c) { update_row(sql, ChildRow::of(c)); }

std::optional<Child> find_child(soci::session& sql, Id id) { return select_one<ChildRow>(sql, "WHERE id = :id", id); }

std::vector<Child> list_children(soci::session& sql, Id family_id) {
    return select_all<ChildRow>(sql, "WHERE family_id = :f ORDER BY id", family_id);
}

std::vector<Child> list_families_children(soci::session& sql, Id first_family, Id last_family) {
    return select_all<ChildRow>(sql, "WHERE family_id BETWEEN :first AND :last ORDER BY id", first_family, last_family);
}

std::vector<Child> list_all_children(soci::session& sql) { return select_all<ChildRow>(sql, "ORDER BY id"); }

std::vector<FamilyName> list_family_names(soci::session& sql) {
    std::vector<FamilyName> out;
    FamilyName row;
    soci::statement st = (sql.prepare << "SELECT id, name FROM families ORDER BY id", soci::into(row.id),
                          soci::into(row.name));
    st.execute();
    while (st.fetch()) out.push_back(row);
    return out;
}

std::vector<ChildName> list_child_names(soci::session& sql) {
    std::vector<ChildName> out;
    ChildName row;
    soci::statement st = (sql.prepare << "SELECT id, family_id, name, cpr FROM children ORDER BY id",
                          soci::into(row.id), soci::into(row.family_id), soci::into(row.name), soci::into(row.cpr));
    st.execute();
    while (st.fetch()) out.push_back(row);
    return out;
}

// --- Helpers --------------------------------------------------------------

Id insert_helper(soci::session& sql, const Helper& h) { return insert_entity(sql, HelperRow::of(h)); }

void update_helper(soci::session& sql, const Helper& h) { update_row(sql, HelperRow::of(h)); }

std::optional<Helper> find_helper(soci::session& sql, Id id) {
    return select_one<HelperRow>(sql, "WHERE id = :id", id);
}

std::vector<Helper> list_helpers(soci::session& sql, Id family_id) {
    return select_all<HelperRow>(sql, "WHERE family_id = :f ORDER BY id", family_id);
}

std::vector<Helper> list_families_helpers(soci::session& sql, Id first_family, Id last_family) {
    return select_all<HelperRow>(sql, "WHERE family_id BETWEEN :first AND :last ORDER BY id", first_family, last_family);
}

std::vector<Helper> list_all_helpers(soci::session& sql) { return select_all<HelperRow>(sql, "ORDER BY id"); }

// --- Grants ---------------------------------------------------------------

Id insert_grant(soci::session& sql, const Grant& g, const std::string& created_by) {
    const Id id = insert_entity(sql, GrantRow::of(g));
    for (GrantVersion v : g.versions) {
        v.grant_id = id;
        insert_grant_version(sql, v, created_by);
    }
    return id;
}

Id insert_grant_version(soci::session& sql, const GrantVersion& v, const std::string& created_by) {
    GrantVersionRow row = GrantVersionRow::of(v);
    // The creation time is the store's to set unless the caller carries one
    // over (an import of history), so a retroactive version can be told apart.
    if (row.created_at.empty()) row.created_at = support::utc_now();
    row.created_by = created_by;
    const Id id = insert_entity(sql, row);
    for (const auto& line : v.fixed_lines) insert_row(sql, FixedLineRow{id, line.monthly_amount.ore(), line.purpose});
    for (const auto& budget : v.expense_budgets)
        insert_row(sql, ExpenseBudgetRow{id, budget.yearly_amount.ore(), budget.category});
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

namespace {

// The fixed lines and expense budgets of the grant versions a join on
// grants g selects (`of_grants`), by version id.
struct VersionParts {
    std::map<Id, std::vector<FixedLine>> fixed_lines;
    std::map<Id, std::vector<ExpenseBudget>> budgets;
};

template <class... Params>
VersionParts version_parts(soci::session& sql, const std::string& of_grants, const Params&... params) {
    VersionParts parts;
    each_row<FixedLineRow>(
        sql, select_sql<FixedLineRow>("f") + " JOIN grant_versions v ON v.id = f.version_id" + of_grants + " ORDER BY f.id",
        [&](const FixedLineRow& r) { parts.fixed_lines[r.version_id].push_back(r.entity()); }, params...);
    each_row<ExpenseBudgetRow>(
        sql, select_sql<ExpenseBudgetRow>("b") + " JOIN grant_versions v ON v.id = b.version_id" + of_grants + " ORDER BY b.id",
        [&](const ExpenseBudgetRow& r) { parts.budgets[r.version_id].push_back(r.entity()); }, params...);
    return parts;
}

// The grants `where` selects (a condition on grants g, with its parameters;
// "" for every grant) with their versions, by child, then as list_grants gives
// a child's: four queries however many grants (two without lines and budgets).
template <class... Params>
std::vector<Grant> grants_with_versions(soci::session& sql, GrantParts parts, const std::string& where,
                                        const Params&... params) {
    const std::string of_grants = " JOIN grants g ON g.id = v.grant_id" + where;
    VersionParts lines = parts == GrantParts::whole ? version_parts(sql, of_grants, params...) : VersionParts{};
    std::map<Id, std::vector<GrantVersion>> versions;
    each_row<GrantVersionRow>(
        sql, select_sql<GrantVersionRow>("v") + of_grants + " ORDER BY v.grant_id, v.effective_from",
        [&](const GrantVersionRow& r) {
            GrantVersion v = r.entity();
            if (parts == GrantParts::whole) {
                v.fixed_lines = std::move(lines.fixed_lines[v.id]);
                v.expense_budgets = std::move(lines.budgets[v.id]);
            }
            versions[v.grant_id].push_back(std::move(v));
        },
        params...);
    std::vector<Grant> out;
    // The order list_grants gives a child's grants; children in id order.
    each_row<GrantRow>(
        sql, select_sql<GrantRow>("g") + where + " ORDER BY g.child_id, g.valid_from, g.id",
        [&](const GrantRow& r) {
            out.push_back(r.entity());
            out.back().versions = std::move(versions[out.back().id]);
        },
        params...);
    return out;
}

} // namespace

std::map<Id, std::vector<Grant>> grants_by_family(soci::session& sql, GrantParts parts) {
    std::map<Id, Id> family_of_child;
    for (const auto& c : select_all<ChildRow>(sql, "ORDER BY id")) family_of_child[c.id] = c.family_id;
    std::map<Id, std::vector<Grant>> out;
    for (auto& g : grants_with_versions(sql, parts, "")) out[family_of_child.at(g.child_id)].push_back(std::move(g));
    return out;
}

std::vector<Grant> grants_of_children(soci::session& sql, Id first_child, Id last_child) {
    return grants_with_versions(sql, GrantParts::whole, " WHERE g.child_id BETWEEN :first_child AND :last_child",
                                first_child, last_child);
}

// --- Expenses -------------------------------------------------------------

Id insert_expense(soci::session& sql, const Expense& e) { return insert_entity(sql, ExpenseRow::of(e)); }

void update_expense(soci::session& sql, const Expense& e) { update_row(sql, ExpenseRow::of(e)); }

std::optional<Expense> find_expense(soci::session& sql, Id id) {
    return select_one<ExpenseRow>(sql, "WHERE id = :id", id);
}

std::vector<Expense> list_expenses(soci::session& sql, Id family_id) {
    return select_all<ExpenseRow>(sql, "WHERE family_id = :f ORDER BY expense_date, id", family_id);
}

std::vector<Expense> list_families_expenses(soci::session& sql, Id first_family, Id last_family) {
    return select_all<ExpenseRow>(sql, "WHERE family_id BETWEEN :first AND :last ORDER BY family_id, expense_date, id",
                                  first_family, last_family);
}

// --- Lost-earnings awards -------------------------------------------------

Id insert_award(soci::session& sql, const LostEarningsAward& a) {
    LostEarningsAward stored = a;
    stored.id = insert_entity(sql, AwardRow::of(a));
    insert_holidays(sql, stored);
    return stored.id;
}

void update_award_terms(soci::session& sql, const LostEarningsAward& a) {
    update_row(sql, AwardRow::of(a), {"normal_hours_h100", "normal_hours_given"});
    sql << "DELETE FROM lost_earnings_holidays WHERE award_id = :id", soci::use(a.id);
    insert_holidays(sql, a);
}

void update_award_accounts(soci::session& sql, const LostEarningsAward& a) {
    update_row(sql, AwardRow::of(a),
               {"parent_bank_reg", "parent_bank_account", "pension_payee_name", "pension_bank_reg", "pension_bank_account",
                "parent_bank_unconfirmed_by", "pension_unconfirmed_by"});
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
