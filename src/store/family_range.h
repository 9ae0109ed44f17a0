// Which families a reconciliation's loaders read: every family, one family
// asked for by id, or a page of families (ids first..last). A page lets a
// document over every family (the statements, the audit export) compute a
// few hundred families at a time, so its memory does not grow with the
// municipality, in one query a table a page rather than one a family.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>

#include "domain/entities.h"

namespace hjt::store {

struct FamilyScope {
    std::optional<Id> first, last;  // both set (ids first..last, both included), or neither: every family
    bool asked_by_id = false;       // one family by its id: NotFound when there is none

    FamilyScope() = default;
    FamilyScope(std::nullopt_t) {}
    // One family (asked for by id), or every family for nullopt.
    FamilyScope(std::optional<Id> family) : first(family), last(family), asked_by_id(family.has_value()) {}
    FamilyScope(Id family) : FamilyScope(std::optional<Id>(family)) {}

    static FamilyScope page(Id first_id, Id last_id) {
        FamilyScope s;
        s.first = first_id;
        s.last = last_id;
        return s;
    }
    bool every_family() const { return !first; }
};

// The families a document over every family computes at once: a few MB of
// figures, and one query a table for 500 families.
inline constexpr std::size_t kFamiliesAPage = 500;

// Splits `count` families, by ascending id (id_at(i) the i-th's id), into
// pages of at most `per_page` and calls page(scope, from, to) for each: the
// families from, ..., to - 1, whose ids are exactly those the scope covers.
template <class IdAt, class Page>
void each_family_page(std::size_t count, std::size_t per_page, IdAt id_at, Page page) {
    per_page = std::max<std::size_t>(per_page, 1);
    for (std::size_t from = 0; from < count; from += per_page) {
        const std::size_t to = std::min(from + per_page, count);
        page(FamilyScope::page(id_at(from), id_at(to - 1)), from, to);
    }
}

} // namespace hjt::store
