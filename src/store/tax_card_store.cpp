#include "store/tax_card_store.h"

#include <stdexcept>

#include "store/sql_dialect.h"

namespace hjt::store {

namespace {

const char* const kColumns =
    "SELECT c.id, c.helper_id, c.kind, c.valid_from, c.withholding_bp, c.monthly_deduction_ore, c.free_amount_ore,"
    " c.registered_by, c.registered_at FROM helper_tax_cards c";

// The cards a query with one bound id selects. Rows with a kind or date this
// program did not write are an error, not a default.
std::vector<DatedTaxCard> select_cards(soci::session& sql, const std::string& rest, std::initializer_list<Id> bound) {
    long long id = 0, helper = 0, rate = 0, deduction = 0, free = 0;
    std::vector<long long> keys(bound.begin(), bound.end());
    std::string kind, from, by, at;
    soci::statement st(sql);
    for (auto* v : {&id, &helper}) st.exchange(soci::into(*v));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(from));
    for (auto* v : {&rate, &deduction, &free}) st.exchange(soci::into(*v));
    for (auto* v : {&by, &at}) st.exchange(soci::into(*v));
    for (auto& key : keys) st.exchange(soci::use(key));
    st.alloc();
    st.prepare(kColumns + rest);
    st.define_and_bind();
    st.execute();
    std::vector<DatedTaxCard> cards;
    while (st.fetch()) {
        const auto parsed_kind = parse_code<TaxCardKind>(kind);
        const auto parsed_from = parse_iso_date(from);
        if (!parsed_kind || !parsed_from)
            throw std::runtime_error("corrupt tax card " + std::to_string(id) + " in helper_tax_cards");
        cards.push_back({id, helper, *parsed_kind, *parsed_from, Rate::basis_points(rate), Money::ore(deduction),
                         Money::ore(free), by, at});
    }
    return cards;
}

} // namespace

Id insert_tax_card(soci::session& sql, const DatedTaxCard& c) {
    const long long helper = c.helper_id, rate = c.withholding.basis_points(), deduction = c.monthly_deduction.ore(),
                    free = c.free_amount.ore();
    const std::string kind = to_string(c.kind), from = iso(c.valid_from);
    sql << "INSERT INTO helper_tax_cards (helper_id, kind, valid_from, withholding_bp, monthly_deduction_ore,"
           " free_amount_ore, registered_by, registered_at) VALUES (:h, :k, :f, :r, :d, :a, :by, :at)",
        soci::use(helper), soci::use(kind), soci::use(from), soci::use(rate), soci::use(deduction), soci::use(free),
        soci::use(c.registered_by), soci::use(c.registered_at);
    return last_insert_id(sql, "helper_tax_cards");
}

std::vector<DatedTaxCard> list_tax_cards(soci::session& sql, Id helper_id) {
    return select_cards(sql, " WHERE c.helper_id = :h ORDER BY c.valid_from, c.id", {helper_id});
}

std::vector<DatedTaxCard> list_families_tax_cards(soci::session& sql, Id first_family, Id last_family) {
    return select_cards(sql,
                        " JOIN helpers h ON h.id = c.helper_id WHERE h.family_id BETWEEN :first AND :last"
                        " ORDER BY c.helper_id, c.valid_from, c.id",
                        {first_family, last_family});
}

} // namespace hjt::store
