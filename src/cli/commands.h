// One function per subcommand, each defined in its own cmd_*.cpp file.
#pragma once

#include "cli/command.h"

namespace hjt::cli {

Command init_command();
Command login_command();
Command logout_command();
Command rates_show_command();
Command rates_set_command();
Command import_command();
Command generate_command();
Command audit_verify_command();
Command audit_anchor_command();
Command audit_baseline_command();
Command audit_export_command();
Command backup_command();
Command backup_verify_command();
Command cpr_log_command();
Command subject_access_command();
Command retention_command();
Command user_add_command();
Command user_disable_command();
Command user_enable_command();
Command user_end_sessions_command();
Command user_unlock_command();
Command serve_command();
Command payout_prepare_command();
Command payout_approve_command();
Command payout_mark_paid_command();
Command payout_export_command();
Command ledger_command();
Command reconcile_command();
Command shifts_import_command();
Command shifts_template_command();
Command shifts_list_command();
Command payslip_command();
Command payslips_command();
Command eindkomst_command();
Command statement_command();
Command statements_command();
Command lost_earnings_add_command();
Command lost_earnings_statement_command();
Command lost_earnings_accounts_command();
Command lost_earnings_terms_command();
Command letters_statement_command();
Command letters_payslip_command();
Command letters_claim_command();
Command letters_lost_earnings_command();
Command letters_bundle_command();
Command postings_command();
Command lost_earnings_confirm_account_command();
Command family_confirm_account_command();
Command expense_show_command();
Command tax_cards_list_command();
Command payroll_year_command();
Command families_command();
Command helpers_command();
Command awards_command();
Command tax_cards_add_command();
Command tax_cards_import_command();
Command expense_decide_command();
Command claims_list_command();
Command claims_show_command();
Command claims_import_camt_command();
Command claims_receipts_command();
Command claims_assign_command();
Command claims_plan_command();
Command claims_write_off_command();
Command claims_approve_write_off_command();
Command claims_reminders_command();
Command claims_handover_command();

} // namespace hjt::cli
