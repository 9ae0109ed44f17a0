// The whole REST API: one add_<area>_routes function per area, each in its own
// <area>_routes.cpp. To add an area, declare its function here and add one
// line to api_routes() in api_routes.cpp (see router.h).
#pragma once

#include "app/settings.h"
#include "http/router.h"

namespace hjt::http {

// POST /api/v1/login, POST /api/v1/logout, GET /healthz.
void add_session_routes(Router& router, const Settings& settings);
// Families, children, helpers, grants and versions, expenses, lost earnings.
void add_register_routes(Router& router, const Settings& settings);
// Payout runs (prepare, approve, mark paid, run sheet, bank file) and family ledgers.
void add_payout_routes(Router& router, const Settings& settings);
// Helper shifts (one, or a file), payslips and the family's monthly payroll.
void add_shift_routes(Router& router, const Settings& settings);
// The family's annual statement (årsopgørelse) as xlsx.
void add_statement_routes(Router& router, const Settings& settings);
// The same documents as PDF letters: statement, payslip, lost-earnings decision.
void add_letter_routes(Router& router, const Settings& settings);
// A year's rates: show them, replace an estimate with the published figure.
void add_rate_routes(Router& router, const Settings& settings);
void add_policy_routes(Router& router, const Settings& settings);
// The auditor's export of a year (xlsx, or a zip of CSV files).
void add_audit_routes(Router& router, const Settings& settings);
// An admin's hold on other users: disable, enable, end sessions, lift a login lockout.
void add_user_routes(Router& router, const Settings& settings);

// The annual reconciliation: a family's figures, drafts and making a year final.
void add_reconciliation_routes(Router& router, const Settings& settings);

// Personal data: the log of full CPR numbers shown, a family's subject-access export.
void add_privacy_routes(Router& router, const Settings& settings);

// The month's eIndkomst files (finance).
void add_eindkomst_routes(Router& router, const Settings& settings);

// Repayment claims, payments received (camt.054), reminders and hand-over.
void add_claims_routes(Router& router, const Settings& settings);

Router api_routes(const Settings& settings);

} // namespace hjt::http
