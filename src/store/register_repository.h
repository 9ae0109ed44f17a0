// Rows of the register (families, children, helpers, grants with versions,
// expenses, lost-earnings awards) to and from the database. Plain reads and
// writes with bound parameters; validation and audit live in app/register_service.
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <vector>

#include "domain/entities.h"

namespace hjt::store {

Id insert_family(soci::session& sql, const Family& f);
void update_family(soci::session& sql, const Family& f);
std::optional<Family> find_family(soci::session& sql, Id id);
std::optional<Family> find_family_by_cvr(soci::session& sql, const std::string& cvr);
std::vector<Family> list_families(soci::session& sql);
// Every family's id, ascending: 8 bytes a family, for a document over every
// family that reads them a page at a time (store/family_range.h).
std::vector<Id> list_family_ids(soci::session& sql);
// The families with ids first..last, by id.
std::vector<Family> list_families(soci::session& sql, Id first, Id last);

Id insert_child(soci::session& sql, const Child& c);
void update_child(soci::session& sql, const Child& c);
std::optional<Child> find_child(soci::session& sql, Id id);
std::vector<Child> list_children(soci::session& sql, Id family_id);
// The children of the families with ids first..last, by id: a page of families in one query.
std::vector<Child> list_families_children(soci::session& sql, Id first_family, Id last_family);
// Every child of every family, by id: one query where a loop over the families would make one each.
std::vector<Child> list_all_children(soci::session& sql);

// The names alone, by id, for a document over every family that only names
// them (the audit export): some 60 bytes a family or child, not the whole row.
struct FamilyName {
    Id id = 0;
    std::string name;
};
std::vector<FamilyName> list_family_names(soci::session& sql);
struct ChildName {
    Id id = 0;
    Id family_id = 0;
    std::string name;
    std::string cpr;
};
std::vector<ChildName> list_child_names(soci::session& sql);

Id insert_helper(soci::session& sql, const Helper& h);
void update_helper(soci::session& sql, const Helper& h);
std::optional<Helper> find_helper(soci::session& sql, Id id);
std::vector<Helper> list_helpers(soci::session& sql, Id family_id);
// The helpers of the families with ids first..last, by id.
std::vector<Helper> list_families_helpers(soci::session& sql, Id first_family, Id last_family);
// Every helper, by id (one query: a municipality-wide shift import).
std::vector<Helper> list_all_helpers(soci::session& sql);

// A grant is inserted with its versions (at least one); later versions are
// added with insert_grant_version, never edited.
Id insert_grant(soci::session& sql, const Grant& g, const std::string& created_by);
Id insert_grant_version(soci::session& sql, const GrantVersion& v, const std::string& created_by);
std::optional<Grant> find_grant(soci::session& sql, Id id);       // with versions
std::vector<Grant> list_grants(soci::session& sql, Id child_id);  // with versions
// What a read of many grants brings: the versions with their fixed lines and
// expense budgets, or the versions alone (their days and windows: all that
// classifying shifts needs), their lines and budgets left empty.
enum class GrantParts { whole, versions_only };
// Every family's grants with versions, each family's as list_grants gives its
// children's (children by id), in four queries whatever the number of families
// (two with GrantParts::versions_only).
std::map<Id, std::vector<Grant>> grants_by_family(soci::session& sql, GrantParts parts);
// The grants of the children with ids first..last with versions, by child,
// each child's as list_grants gives them: the same four queries for a page of
// children, so a document over every child holds a page's grants at a time.
std::vector<Grant> grants_of_children(soci::session& sql, Id first_child, Id last_child);

Id insert_expense(soci::session& sql, const Expense& e);
void update_expense(soci::session& sql, const Expense& e);
std::optional<Expense> find_expense(soci::session& sql, Id id);
std::vector<Expense> list_expenses(soci::session& sql, Id family_id);  // by date, then id
// The expenses of the families with ids first..last, by family, then as list_expenses orders a family's.
std::vector<Expense> list_families_expenses(soci::session& sql, Id first_family, Id last_family);

Id insert_award(soci::session& sql, const LostEarningsAward& a);
// Writes the award's payee columns only (parent's account, pension scheme, whether each is confirmed).
void update_award_accounts(soci::session& sql, const LostEarningsAward& a);
// Writes the parent's normal weekly hours (marked as given) and replaces the
// award's holiday periods.
void update_award_terms(soci::session& sql, const LostEarningsAward& a);
std::optional<LostEarningsAward> find_award(soci::session& sql, Id id);
std::vector<LostEarningsAward> list_awards(soci::session& sql, Id child_id);
// Every award in force on some day from `first` to `last` (one query: the payout basis).
std::vector<LostEarningsAward> awards_touching(soci::session& sql, Date first, Date last);
// The awards of a payout run's lost-earnings lines (its bank transfers).
std::vector<LostEarningsAward> run_awards(soci::session& sql, Id run_id);

} // namespace hjt::store
