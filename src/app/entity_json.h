// The register's entities as JSON, shared by the audit trail (before/after),
// the REST API's responses and the CLI's --json output, so every surface shows
// the same field names.
//
// Conventions (every function below):
// - keys are the entity's member names in snake_case;
// - money is an integer number of øre, hours an integer number of hundredths,
//   rates integer basis points (the project's units, never floats);
// - dates are ISO text "yyyy-mm-dd"; an open end of a period is null;
// - ids are integers; an optional id that is absent is null.
// - CPR numbers are MASKED ("DDMMYY-XXXX") unless the caller passes
//   CprView::record, which is only for the record view of one child, helper or
//   award to a user allowed to see it. Audit entries, lists and exports always mask.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>

#include "app/auth.h"
#include "domain/entities.h"

namespace hjt::app {

enum class CprView { masked, record };

// {id, name, cvr, bank: {reg_no, account_no} | null, bank_unconfirmed_by: the user who set the
//  account while it is under verification ("til kontrol") | null, contact_email, contact_phone, status}
Poco::JSON::Object::Ptr to_json(const Family& f);
// {id, family_id, name, cpr, birth_date}
Poco::JSON::Object::Ptr to_json(const Child& c, CprView view = CprView::masked);
// {id, family_id, name, cpr, employment_from, employment_to, hourly_wage,
//  tax_card: {withholding, monthly_deduction}}
Poco::JSON::Object::Ptr to_json(const Helper& h, CprView view = CprView::masked);
// {id, grant_id, effective_from, weekly_hours, hourly_wage,
//  fixed_lines: [{purpose, monthly_amount}], expense_budgets: [{category, yearly_amount}],
//  note, created_at}
Poco::JSON::Object::Ptr to_json(const GrantVersion& v);
// {id, child_id, decision_ref, decision_date, valid_from, valid_to, versions: [GrantVersion...]}
Poco::JSON::Object::Ptr to_json(const Grant& g);
// {id, family_id, child_id, date, category, amount, document_ref, status, reject_reason, paid_in_run}
Poco::JSON::Object::Ptr to_json(const Expense& e);
// {id, child_id, parent_name, parent_cpr, period_from, period_to, monthly_income_before,
//  hours_off_per_week, normal_weekly_hours (null: not given, the award is held), former_employer_pension,
//  monthly_saved_costs, purpose, tax_card: {withholding, monthly_deduction}, parent_bank: {reg_no, account_no} | null,
//  pension_payee: {name, reg_no, account_no} | null (null: the municipality's default payee),
//  parent_bank_unconfirmed_by, pension_unconfirmed_by: who set that account while under verification | null,
//  holiday_periods: [{from, to}]}
Poco::JSON::Object::Ptr to_json(const LostEarningsAward& a, CprView view = CprView::masked);
// {id, username, role, family_id} — never the password hash.
Poco::JSON::Object::Ptr to_json(const User& u);

// Compact one-line text of a JSON object (as stored in the audit log).
std::string stringify(const Poco::JSON::Object::Ptr& object);

} // namespace hjt::app
