// Tax cards as JSON (app/entity_json.h's conventions: money in øre, rates in
// basis points, ISO dates, kinds by their stable codes).
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>

#include "domain/tax_cards.h"

namespace hjt::app {

// {id, helper_id, kind: "hovedkort"|"bikort"|"frikort", label, valid_from, withholding,
//  monthly_deduction, free_amount, registered_by, registered_at}
Poco::JSON::Object::Ptr to_json(const DatedTaxCard& card);
// {card_id (0: registered with the helper), kind, label, valid_from|null, description, withholding,
//  monthly_deduction, free_amount, free_left|null}
Poco::JSON::Object::Ptr to_json(const TaxCardInForce& card, const std::optional<Money>& free_left);

} // namespace hjt::app
