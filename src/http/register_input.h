// Request bodies of the register endpoints -> entities. Field names and units
// are those of app/entity_json.h, so what a GET returns can be sent back.
//
// `current`: on update (PUT) the stored entity, whose values stand for absent
// fields; nullopt on create (POST), where the required fields must be present.
// Ids and owners come from the path, never from the body.
#pragma once

#include <optional>
#include <string>

#include "domain/entities.h"
#include "http/json_input.h"

namespace hjt::http {

Family family_from_json(const JsonInput& in, const std::optional<Family>& current);
Child child_from_json(const JsonInput& in, const std::optional<Child>& current);
Helper helper_from_json(const JsonInput& in, const std::optional<Helper>& current);
// A new grant with its first version(s) in "versions".
Grant grant_from_json(const JsonInput& in);
GrantVersion grant_version_from_json(const JsonInput& in);
Expense expense_from_json(const JsonInput& in);
LostEarningsAward award_from_json(const JsonInput& in);
// "holiday_periods": [{from, to}] (absent: none).
std::vector<Period> holiday_periods_from_json(const JsonInput& in);
// {parent_bank: {reg_no, account_no} | null, pension_payee: {name, reg_no, account_no} | null}:
// an award with only its payees set (absent or null: none / the municipality's default).
LostEarningsAward award_payees_from_json(const JsonInput& in);

struct ExpenseDecision {
    ExpenseStatus status = ExpenseStatus::submitted;
    std::string reason;
};
// {status: "approved" | "rejected", reason}
ExpenseDecision decision_from_json(const JsonInput& in);

} // namespace hjt::http
