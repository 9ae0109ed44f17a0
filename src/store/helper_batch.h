// Reading the shifts of many helpers by the (helper_id, start_min) index.
// A condition on a range of families through their helpers ("helper_id IN
// (SELECT id FROM helpers WHERE family_id BETWEEN ...)") let PostgreSQL's
// planner hash-join a scan of the whole shifts table, however few rows it
// wanted: 0.9 s a page of 500 families at 10,000 families (and 114 ms for 25
// families at 1,000), once a page in the statements and in reconcile final.
// Naming the helpers, an IN list of bound ids, keeps every plan on the index:
// 17-25 ms for 100 helpers' year at 10,000 families (issue 18).
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace hjt::store {

// Helpers a query names at most at once: the IN list's placeholders.
inline constexpr std::size_t kHelpersABatch = 100;

// The helpers of the families with ids first..last, by id.
std::vector<Id> family_helper_ids(soci::session& sql, Id first_family, Id last_family);

// The ids bound to in_list()'s placeholders, a batch at a time: a placeholder
// each for up to kHelpersABatch helpers (one helper: "helper_id IN (:h0)"),
// kHelpersABatch for more. bind() before any parameter that comes later in
// the query; each fill() puts the next batch in, a last short batch repeating
// its last helper (IN ignores repeats). Without helpers there is no list:
// callers read nothing then.
class HelperBatch {
public:
    explicit HelperBatch(std::vector<Id> helpers);

    // "helper_id IN (:h0, :h1, ...)", a placeholder a slot.
    std::string in_list() const;
    void bind(soci::statement& st);
    // False (and nothing changed) once every helper has been in a batch.
    bool fill();
    // More than one batch: the statement is worth preparing for reuse (store::prepare_once).
    bool several() const { return helpers_.size() > kHelpersABatch; }
    bool empty() const { return helpers_.empty(); }

private:
    std::vector<Id> helpers_;
    std::size_t next_ = 0;
    std::vector<long long> slots_;
};

// Prepares `st` (its values already exchanged, HelperBatch's among them) for
// `batches`: for reuse when there are several, otherwise as a one-time query.
void prepare_for(soci::statement& st, const std::string& query, const HelperBatch& batches);

} // namespace hjt::store
