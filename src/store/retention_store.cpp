#include "store/retention_store.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "domain/validation.h"

namespace hjt::store {
namespace {

long long count_of(soci::session& sql, const std::string& query, Id family) {
    long long n = 0;
    sql << query, soci::into(n), soci::use(family);
    return n;
}

// The latest of the family's dates and months (ISO text sorts by time), as a year.
std::optional<int> latest_year(soci::session& sql, Id family) {
    static const char* const kLatest[] = {
        "SELECT MAX(g.valid_to) FROM grants g JOIN children c ON c.id = g.child_id WHERE c.family_id = :f",
        "SELECT MAX(a.period_to) FROM lost_earnings_awards a JOIN children c ON c.id = a.child_id"
        " WHERE c.family_id = :f",
        // Through the family's helpers: the shifts have no index by family (store/shift_store.cpp).
        "SELECT MAX(work_date) FROM shifts WHERE helper_id IN (SELECT id FROM helpers WHERE family_id = :f)",
        "SELECT MAX(expense_date) FROM expenses WHERE family_id = :f",
        "SELECT MAX(month_concerned) FROM ledger_postings WHERE family_id = :f",
        "SELECT MAX(month_concerned) FROM payout_lines WHERE family_id = :f",
    };
    std::optional<int> year;
    for (const char* query : kLatest) {
        std::string latest;
        soci::indicator ind = soci::i_null;
        sql << query, soci::into(latest, ind), soci::use(family);
        if (ind == soci::i_ok && latest.size() >= 4) year = std::max(year.value_or(0), std::stoi(latest.substr(0, 4)));
    }
    return year;
}

bool case_closed(soci::session& sql, Id family) {
    return count_of(sql, "SELECT COUNT(*) FROM grants g JOIN children c ON c.id = g.child_id WHERE c.family_id = :f",
                    family) > 0 &&
           count_of(sql,
                    "SELECT COUNT(*) FROM grants g JOIN children c ON c.id = g.child_id"
                    " WHERE c.family_id = :f AND g.valid_to IS NULL",
                    family) == 0 &&
           count_of(sql,
                    "SELECT COUNT(*) FROM lost_earnings_awards a JOIN children c ON c.id = a.child_id"
                    " WHERE c.family_id = :f AND a.period_to IS NULL",
                    family) == 0 &&
           count_of(sql,
                    "SELECT COUNT(*) FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                    " WHERE l.family_id = :f AND r.status <> 'paid'",
                    family) == 0 &&
           // Held back and never released: still owed to the family.
           count_of(sql,
                    "SELECT COUNT(*) FROM payout_lines l WHERE l.family_id = :f AND l.held_back <> ''"
                    " AND NOT EXISTS (SELECT 1 FROM payout_lines r WHERE r.released_line_id = l.id)",
                    family) == 0 &&
           count_of(sql,
                    "SELECT COUNT(*) FROM payout_lines l WHERE l.family_id = :f AND NOT EXISTS (SELECT 1 FROM"
                    " closed_years y WHERE y.family_id = l.family_id"
                    " AND y.year = CAST(SUBSTR(l.month_concerned, 1, 4) AS INTEGER))",
                    family) == 0 &&
           count_of(sql,
                    "SELECT COUNT(*) FROM ledger_postings p WHERE p.family_id = :f AND NOT EXISTS (SELECT 1 FROM"
                    " closed_years y WHERE y.family_id = p.family_id"
                    " AND y.year = CAST(SUBSTR(p.month_concerned, 1, 4) AS INTEGER))",
                    family) == 0;
}

std::vector<Id> ids_of(soci::session& sql, const std::string& query, Id family) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st = (sql.prepare << query, soci::into(id), soci::use(family));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

// (name as stored, its replacement) of each person and of the family.
using Renames = std::vector<std::pair<std::string, std::string>>;

void rename(soci::session& sql, Renames& renames, const std::string& table, const std::string& column, Id id,
            const std::string& anonymous) {
    std::string old;
    sql << "SELECT " + column + " FROM " + table + " WHERE id = :id", soci::into(old), soci::use(id);
    if (old.size() > 1) renames.emplace_back(old, anonymous);
    sql << "UPDATE " + table + " SET " + column + " = :name WHERE id = :id", soci::use(anonymous), soci::use(id);
}

// The old names wherever the books repeat them: the payees the runs froze
// (the family, a parent), the free text of run lines, postings and run flags.
void replace_in_texts(soci::session& sql, Renames renames, Id family) {
    // Longest first, so a name inside a longer one ("Jens" in "Mette og Jens Nielsen") is not cut.
    std::sort(renames.begin(), renames.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [old, anonymous] : renames)
        for (const char* table_column : {"payout_payees SET name = REPLACE(name",
                                         "payout_payees SET parent_name = REPLACE(parent_name",
                                         "payout_lines SET description = REPLACE(description",
                                         "ledger_postings SET description = REPLACE(description",
                                         "payout_flags SET message = REPLACE(message"})
            sql << std::string("UPDATE ") + table_column + ", :old, :new) WHERE family_id = :f", soci::use(old),
                soci::use(anonymous), soci::use(family);
}

void mask_payee_accounts(soci::session& sql, Id family, Anonymised& counts) {
    Id id = 0;
    std::string account;
    std::vector<std::pair<Id, std::string>> payees;
    soci::statement st = (sql.prepare << "SELECT id, account_no FROM payout_payees WHERE family_id = :f"
                                         " AND account_no IS NOT NULL",
                          soci::into(id), soci::into(account), soci::use(family));
    st.execute();
    while (st.fetch()) payees.emplace_back(id, mask_account(account));
    for (const auto& [payee, masked] : payees)
        sql << "UPDATE payout_payees SET account_no = :a WHERE id = :id", soci::use(masked), soci::use(payee);
    counts.payees = count_of(sql, "SELECT COUNT(*) FROM payout_payees WHERE family_id = :f", family);
}

// A household's CVR/SE number is registered to the parents, so it identifies
// them like a CPR number: it becomes "anonymiseret-<family id>" (the column is
// unique) in the register, the payees the runs froze and the eIndkomst
// reports sent under it, whose amounts and persons (by id) stay.
void anonymise_employer_number(soci::session& sql, Id family) {
    std::string cvr;
    sql << "SELECT cvr FROM families WHERE id = :f", soci::into(cvr), soci::use(family);
    const std::string anonymous = "anonymiseret-" + std::to_string(family);
    if (!cvr.empty()) {
        sql << "UPDATE eindkomst_reports SET employer_se = :anon WHERE employer_se = :cvr", soci::use(anonymous),
            soci::use(cvr);
        sql << "UPDATE payout_payees SET cvr = :anon WHERE family_id = :f AND cvr = :cvr", soci::use(anonymous),
            soci::use(family), soci::use(cvr);
    }
    sql << "UPDATE families SET cvr = :anon WHERE id = :f", soci::use(anonymous), soci::use(family);
}

} // namespace

std::vector<ClosedCase> closed_cases(soci::session& sql, int before_year) {
    std::vector<ClosedCase> cases;
    for (Id family : ids_of(sql,
                            "SELECT id FROM families WHERE id <> :none AND id NOT IN"
                            " (SELECT family_id FROM anonymised_families) ORDER BY id",
                            0)) {
        if (!case_closed(sql, family)) continue;
        auto year = latest_year(sql, family);
        if (year && *year < before_year) cases.push_back({family, *year});
    }
    return cases;
}

Anonymised anonymise_family(soci::session& sql, Id family, RowSeals& seals) {
    Anonymised counts;
    Renames renames;
    const std::string family_name = "Anonymiseret familie " + std::to_string(family);
    rename(sql, renames, "families", "name", family, family_name);
    anonymise_employer_number(sql, family);
    sql << "UPDATE families SET bank_reg = NULL, bank_account = NULL, bank_unconfirmed_by = '', contact_email = '',"
           " contact_phone = '' WHERE id = :f",
        soci::use(family);
    for (Id child : ids_of(sql, "SELECT id FROM children WHERE family_id = :f ORDER BY id", family)) {
        rename(sql, renames, "children", "name", child, "Anonymiseret barn " + std::to_string(child));
        sql << "UPDATE children SET cpr = '', birth_date = SUBSTR(birth_date, 1, 4) || '-01-01' WHERE id = :id",
            soci::use(child);
        ++counts.children;
        for (Id award : ids_of(sql, "SELECT id FROM lost_earnings_awards WHERE child_id = :c ORDER BY id", child)) {
            rename(sql, renames, "lost_earnings_awards", "parent_name", award,
                   "Anonymiseret forælder " + std::to_string(award));
            sql << "UPDATE lost_earnings_awards SET parent_cpr = '', parent_bank_reg = NULL,"
                   " parent_bank_account = NULL, parent_bank_unconfirmed_by = '' WHERE id = :id",
                soci::use(award);
            ++counts.awards;
        }
    }
    for (Id helper : ids_of(sql, "SELECT id FROM helpers WHERE family_id = :f ORDER BY id", family)) {
        rename(sql, renames, "helpers", "name", helper, "Anonymiseret hjælper " + std::to_string(helper));
        sql << "UPDATE helpers SET cpr = '' WHERE id = :id", soci::use(helper);
        ++counts.helpers;
    }
    replace_in_texts(sql, renames, family);
    mask_payee_accounts(sql, family, counts);
    for (const SealedTable* table : {&sealed::payout_payees, &sealed::payout_lines, &sealed::ledger_postings})
        seals.seal(sql, *table, "family_id = :f", family);
    return counts;
}

bool family_anonymised(soci::session& sql, Id family) {
    return count_of(sql, "SELECT COUNT(*) FROM anonymised_families WHERE family_id = :f", family) > 0;
}

void record_anonymised(soci::session& sql, const ClosedCase& c, const std::string& at, const std::string& by,
                       Id audit_id) {
    sql << "INSERT INTO anonymised_families (family_id, closed_year, anonymised_at, anonymised_by, audit_id)"
           " VALUES (:f, :y, :at, :by, :audit)",
        soci::use(c.family_id), soci::use(c.closed_year), soci::use(at), soci::use(by), soci::use(audit_id);
}

} // namespace hjt::store
