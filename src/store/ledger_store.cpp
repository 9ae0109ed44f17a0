#include "store/ledger_store.h"

#include "store/payout_columns.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

// The postings matching `where` (on ledger_postings p, binding `values` in
// order), by id, then `limit` (" LIMIT :limit" or "").
template <class... Values>
std::vector<LedgerPosting> select_postings(soci::session& sql, const std::string& where, const std::string& limit,
                                           const Values&... values) {
    long long id = 0, family_id = 0, child_id = 0, run_id = 0, amount = 0;
    std::string run_month, kind, concerned, description, posted_at, posted_by;
    soci::indicator child_ind = soci::i_ok, run_ind = soci::i_ok, run_month_ind = soci::i_ok;
    soci::statement st =
        ((sql.prepare << "SELECT p.id, p.family_id, p.child_id, p.run_id, r.month, p.kind, p.month_concerned,"
                         " p.amount_ore, p.description, p.posted_at, p.posted_by"
                         " FROM ledger_postings p LEFT JOIN payout_runs r ON r.id = p.run_id " +
                             where + " ORDER BY p.id" + limit,
          soci::into(id), soci::into(family_id), soci::into(child_id, child_ind), soci::into(run_id, run_ind),
          soci::into(run_month, run_month_ind), soci::into(kind), soci::into(concerned), soci::into(amount),
          soci::into(description), soci::into(posted_at), soci::into(posted_by)),
         ..., soci::use(values));
    st.execute();
    std::vector<LedgerPosting> postings;
    while (st.fetch()) {
        LedgerPosting p;
        p.id = id;
        p.family_id = family_id;
        p.child_id = to_optional_id(child_id, child_ind);
        p.run_id = to_optional_id(run_id, run_ind);
        if (run_month_ind == soci::i_ok) p.run_month = to_month(run_month);
        p.kind = kind;
        p.month_concerned = to_month(concerned);
        p.amount = Money::ore(amount);
        p.description = description;
        p.posted_at = posted_at;
        p.posted_by = posted_by;
        postings.push_back(std::move(p));
    }
    return postings;
}

} // namespace

std::vector<LedgerPosting> list_postings(soci::session& sql, Id family_id) {
    return select_postings(sql, "WHERE p.family_id = :family", "", family_id);
}

std::vector<LedgerPosting> postings_of_year(soci::session& sql, int year, Id after_id, int limit) {
    // Months are stored "YYYY-MM", so the year's months are those starting "YYYY-".
    return select_postings(sql, "WHERE p.month_concerned LIKE :year AND p.id > :after", " LIMIT :limit",
                           std::to_string(year) + "-%", after_id, limit);
}

} // namespace hjt::store
