#include "app/tax_card_json.h"

namespace hjt::app {

namespace {

Poco::Int64 number(std::int64_t value) { return static_cast<Poco::Int64>(value); }

} // namespace

Poco::JSON::Object::Ptr to_json(const DatedTaxCard& c) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", number(c.id));
    o->set("helper_id", number(c.helper_id));
    o->set("kind", to_string(c.kind));
    o->set("label", std::string(danish_label(c.kind)));
    o->set("valid_from", iso(c.valid_from));
    o->set("withholding", number(c.withholding.basis_points()));
    o->set("monthly_deduction", number(c.monthly_deduction.ore()));
    o->set("free_amount", number(c.free_amount.ore()));
    o->set("registered_by", c.registered_by);
    o->set("registered_at", c.registered_at);
    return o;
}

Poco::JSON::Object::Ptr to_json(const TaxCardInForce& c, const std::optional<Money>& free_left) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("card_id", number(c.card_id));
    o->set("kind", to_string(c.kind));
    o->set("label", std::string(danish_label(c.kind)));
    o->set("valid_from", c.valid_from ? Poco::Dynamic::Var(iso(*c.valid_from)) : Poco::Dynamic::Var());
    o->set("description", describe(c));
    o->set("withholding", number(c.withholding.basis_points()));
    o->set("monthly_deduction", number(c.monthly_deduction.ore()));
    o->set("free_amount", number(c.free_amount.ore()));
    o->set("free_left", free_left ? Poco::Dynamic::Var(number(free_left->ore())) : Poco::Dynamic::Var());
    return o;
}

} // namespace hjt::app
