#include "store/helper_batch.h"

#include <algorithm>

#include "domain/invariant.h"
#include "store/sql_dialect.h"

namespace hjt::store {

std::vector<Id> family_helper_ids(soci::session& sql, Id first_family, Id last_family) {
    std::vector<Id> out;
    long long id = 0;
    soci::statement st = (sql.prepare << "SELECT id FROM helpers WHERE family_id BETWEEN :first AND :last ORDER BY id",
                          soci::into(id), soci::use(first_family), soci::use(last_family));
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
}

HelperBatch::HelperBatch(std::vector<Id> helpers)
    : helpers_(std::move(helpers)), slots_(std::min(helpers_.size(), kHelpersABatch)) {}

std::string HelperBatch::in_list() const {
    check_invariant(!slots_.empty(), "an IN list names a helper");
    std::string list;
    for (std::size_t i = 0; i < slots_.size(); ++i) list += (i ? ", :h" : ":h") + std::to_string(i);
    return "helper_id IN (" + list + ")";
}

void HelperBatch::bind(soci::statement& st) {
    for (auto& slot : slots_) st.exchange(soci::use(slot));
}

bool HelperBatch::fill() {
    if (next_ == helpers_.size()) return false;
    for (std::size_t i = 0; i < slots_.size(); ++i) slots_[i] = next_ < helpers_.size() ? helpers_[next_++] : slots_[i - 1];
    return true;
}

void prepare_for(soci::statement& st, const std::string& query, const HelperBatch& batches) {
    st.alloc();
    if (batches.several()) st.prepare(query);
    else prepare_once(st, query);
    st.define_and_bind();
}

} // namespace hjt::store
