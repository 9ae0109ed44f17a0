#include "cli/commands.h"

namespace hjt::cli {

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = {
        init_command(),
        login_command(),
        logout_command(),
        rates_show_command(),
        rates_set_command(),
        import_command(),
        generate_command(),
        audit_verify_command(),
        audit_anchor_command(),
        audit_baseline_command(),
        audit_export_command(),
        backup_command(),
        backup_verify_command(),
        cpr_log_command(),
        subject_access_command(),
        retention_command(),
        user_add_command(),
        user_disable_command(),
        user_enable_command(),
        user_end_sessions_command(),
        user_unlock_command(),
        serve_command(),
        payout_prepare_command(),
        payout_approve_command(),
        payout_mark_paid_command(),
        payout_export_command(),
        ledger_command(),
        family_confirm_account_command(),
        expense_show_command(),
        expense_decide_command(),
        reconcile_command(),
        shifts_import_command(),
        shifts_template_command(),
        shifts_list_command(),
        payslip_command(),
        payslips_command(),
        eindkomst_command(),
        statement_command(),
        statements_command(),
        lost_earnings_add_command(),
        lost_earnings_statement_command(),
        lost_earnings_accounts_command(),
        lost_earnings_confirm_account_command(),
        lost_earnings_terms_command(),
        letters_statement_command(),
        letters_payslip_command(),
        letters_lost_earnings_command(),
        letters_bundle_command(),
    };
    return commands;
}

} // namespace hjt::cli
