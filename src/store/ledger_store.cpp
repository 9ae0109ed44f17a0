#include "store/ledger_store.h"

#include "store/payout_columns.h"
#include "store/sql_dialect.h"

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
    soci::statement st(sql);
    for (auto* v : {&id, &family_id}) st.exchange(soci::into(*v));
    st.exchange(soci::into(child_id, child_ind));
    st.exchange(soci::into(run_id, run_ind));
    st.exchange(soci::into(run_month, run_month_ind));
    for (auto* v : {&kind, &concerned}) st.exchange(soci::into(*v));
    st.exchange(soci::into(amount));
    for (auto* v : {&description, &posted_at, &posted_by}) st.exchange(soci::into(*v));
    (st.exchange(soci::use(values)), ...);
    st.alloc();
    // Executed once: one round trip on PostgreSQL (sql_dialect.h), not three.
    prepare_once(st, "SELECT p.id, p.family_id, p.child_id, p.run_id, r.month, p.kind, p.month_concerned,"
                     " p.amount_ore, p.description, p.posted_at, p.posted_by"
                     " FROM ledger_postings p LEFT JOIN payout_runs r ON r.id = p.run_id " +
                         where + " ORDER BY p.id" + limit);
    st.define_and_bind();
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

std::vector<LedgerPosting> list_families_postings(soci::session& sql, Id first_family, Id last_family) {
    return select_postings(sql, "WHERE p.family_id BETWEEN :first AND :last", "", first_family, last_family);
}

std::vector<LedgerPosting> postings_of_year(soci::session& sql, int year, Id after_id, int limit) {
    // Months are stored "YYYY-MM", so the year's months are those starting "YYYY-".
    return select_postings(sql, "WHERE p.month_concerned LIKE :year AND p.id > :after", " LIMIT :limit",
                           std::to_string(year) + "-%", after_id, limit);
}

} // namespace hjt::store
