#include "store/schema.h"

namespace hjt::store {

std::vector<std::string> schema_v1() {
    return {
        // Yearly rates (domain.md §9) and municipal policy, loaded from config/
        // and changed only through audited operations.
        "CREATE TABLE rate_values ("
        " year INTEGER NOT NULL, name TEXT NOT NULL, value BIGINT NOT NULL,"
        " estimated INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL,"
        " PRIMARY KEY (year, name))",
        "CREATE TABLE policy_values ("
        " name TEXT PRIMARY KEY, value TEXT NOT NULL)",

        "CREATE TABLE families ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL, cvr TEXT NOT NULL UNIQUE,"
        " bank_reg TEXT, bank_account TEXT, contact_email TEXT NOT NULL DEFAULT '',"
        " contact_phone TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'active')",
        "CREATE TABLE children ("
        " id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL REFERENCES families(id),"
        " name TEXT NOT NULL, cpr TEXT NOT NULL, birth_date TEXT NOT NULL)",
        "CREATE INDEX children_family ON children(family_id)",
        "CREATE TABLE helpers ("
        " id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL REFERENCES families(id),"
        " name TEXT NOT NULL, cpr TEXT NOT NULL, employment_from TEXT NOT NULL, employment_to TEXT,"
        " hourly_wage_ore BIGINT NOT NULL, tax_rate_bp INTEGER NOT NULL,"
        " monthly_deduction_ore BIGINT NOT NULL)",
        "CREATE INDEX helpers_family ON helpers(family_id)",

        "CREATE TABLE grants ("
        " id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
        " decision_ref TEXT NOT NULL, decision_date TEXT NOT NULL,"
        " valid_from TEXT NOT NULL, valid_to TEXT)",
        "CREATE INDEX grants_child ON grants(child_id)",
        "CREATE TABLE grant_versions ("
        " id INTEGER PRIMARY KEY, grant_id INTEGER NOT NULL REFERENCES grants(id),"
        " effective_from TEXT NOT NULL, weekly_hours_h100 BIGINT NOT NULL,"
        " hourly_wage_ore BIGINT NOT NULL, note TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
        " UNIQUE (grant_id, effective_from))",
        "CREATE TABLE grant_fixed_lines ("
        " id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES grant_versions(id),"
        " purpose TEXT NOT NULL, monthly_ore BIGINT NOT NULL)",
        "CREATE TABLE grant_expense_budgets ("
        " id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES grant_versions(id),"
        " category TEXT NOT NULL, yearly_ore BIGINT NOT NULL)",

        "CREATE TABLE expenses ("
        " id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL REFERENCES families(id),"
        " child_id INTEGER NOT NULL REFERENCES children(id), expense_date TEXT NOT NULL,"
        " category TEXT NOT NULL, amount_ore BIGINT NOT NULL, document_ref TEXT NOT NULL,"
        " status TEXT NOT NULL, reject_reason TEXT NOT NULL DEFAULT '',"
        " paid_run_id INTEGER)",
        "CREATE INDEX expenses_family ON expenses(family_id)",

        "CREATE TABLE lost_earnings_awards ("
        " id INTEGER PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES children(id),"
        " parent_name TEXT NOT NULL, parent_cpr TEXT NOT NULL,"
        " period_from TEXT NOT NULL, period_to TEXT,"
        " income_before_ore BIGINT NOT NULL, hours_off_h100 BIGINT NOT NULL,"
        " normal_hours_h100 BIGINT NOT NULL, pension_rate_bp INTEGER NOT NULL,"
        " saved_costs_ore BIGINT NOT NULL, purpose TEXT NOT NULL,"
        " tax_rate_bp INTEGER NOT NULL, monthly_deduction_ore BIGINT NOT NULL,"
        // The parent's own account (the net benefit) and the pension scheme
        // (NULL: the municipality's default pension payee).
        " parent_bank_reg TEXT, parent_bank_account TEXT,"
        " pension_payee_name TEXT, pension_bank_reg TEXT, pension_bank_account TEXT)",

        "CREATE TABLE shifts ("
        " id INTEGER PRIMARY KEY, helper_id INTEGER NOT NULL REFERENCES helpers(id),"
        " family_id INTEGER NOT NULL REFERENCES families(id),"
        " work_date TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL,"
        " start_utc TEXT NOT NULL, end_utc TEXT NOT NULL,"
        " minutes INTEGER NOT NULL, subsidisable_minutes INTEGER NOT NULL,"
        " excluded TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX shifts_helper ON shifts(helper_id, start_utc)",
        "CREATE INDEX shifts_family ON shifts(family_id, work_date)",

        // A run is drafted, approved (frozen as reviewed) and marked paid.
        // content_hash: SHA-256 of its lines and flags (same hash, same run);
        // settled_months: the approved months of the year it was computed on, so
        // approving a run prepared before an earlier month was approved is refused.
        "CREATE TABLE payout_runs ("
        " id INTEGER PRIMARY KEY, month TEXT NOT NULL UNIQUE, status TEXT NOT NULL,"
        " prepared_by TEXT NOT NULL, prepared_at TEXT NOT NULL,"
        " approved_by TEXT, approved_at TEXT, paid_by TEXT, paid_at TEXT,"
        " total_ore BIGINT NOT NULL, line_count INTEGER NOT NULL,"
        " content_hash TEXT NOT NULL DEFAULT '', settled_months TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE payout_lines ("
        " id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES payout_runs(id),"
        " family_id INTEGER NOT NULL REFERENCES families(id), child_id INTEGER,"
        " kind TEXT NOT NULL, month_concerned TEXT NOT NULL, source_ref TEXT NOT NULL DEFAULT '',"
        " amount_ore BIGINT NOT NULL, computed_ore BIGINT NOT NULL,"
        " capped INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '',"
        " expense_id INTEGER REFERENCES expenses(id),"
        // Lost-earnings lines: the award, and on benefit lines what is withheld.
        " award_id INTEGER REFERENCES lost_earnings_awards(id),"
        " atp_ore BIGINT NOT NULL DEFAULT 0, am_bidrag_ore BIGINT NOT NULL DEFAULT 0,"
        " a_skat_ore BIGINT NOT NULL DEFAULT 0,"
        // seq: the line's place in the run as computed (1, 2, ...), the order
        // the content hash is over; ids of a multi-row insert promise no order.
        " seq INTEGER NOT NULL,"
        " UNIQUE (run_id, family_id, child_id, kind, month_concerned, source_ref))",
        "CREATE UNIQUE INDEX payout_lines_run ON payout_lines(run_id, seq)",
        "CREATE TABLE payout_flags ("
        " id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES payout_runs(id),"
        " family_id INTEGER NOT NULL, child_id INTEGER, code TEXT NOT NULL, message TEXT NOT NULL,"
        " seq INTEGER NOT NULL)",
        // Immutable money movements on a family's account.
        "CREATE TABLE ledger_postings ("
        " id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL REFERENCES families(id),"
        " child_id INTEGER, run_id INTEGER REFERENCES payout_runs(id), line_id INTEGER,"
        " kind TEXT NOT NULL, month_concerned TEXT NOT NULL, amount_ore BIGINT NOT NULL,"
        " description TEXT NOT NULL DEFAULT '', posted_at TEXT NOT NULL, posted_by TEXT NOT NULL)",
        "CREATE INDEX ledger_family ON ledger_postings(family_id)",
        // A run's line is posted once, however often approval is attempted.
        "CREATE UNIQUE INDEX ledger_line ON ledger_postings(line_id)",

        // Annual reconciliation per child and year (domain.md §7): the figures
        // as computed (a draft is replaced by each run; a final one is frozen),
        // its month rows and its expense verdicts. forecast_*: NULL unless the
        // year was open when it was computed.
        "CREATE TABLE reconciliations ("
        " id INTEGER PRIMARY KEY, family_id INTEGER NOT NULL REFERENCES families(id),"
        " child_id INTEGER NOT NULL REFERENCES children(id), year INTEGER NOT NULL,"
        " status TEXT NOT NULL, pooling TEXT NOT NULL,"
        " eligible_helper_ore BIGINT NOT NULL, eligible_expenses_ore BIGINT NOT NULL,"
        " eligible_fixed_ore BIGINT NOT NULL, eligible_before_cap_ore BIGINT NOT NULL,"
        " year_cap_ore BIGINT NOT NULL, year_cap_estimated INTEGER NOT NULL, capped INTEGER NOT NULL,"
        " eligible_ore BIGINT NOT NULL, received_helper_ore BIGINT NOT NULL,"
        " received_fixed_ore BIGINT NOT NULL, received_expense_ore BIGINT NOT NULL,"
        " received_adjustment_ore BIGINT NOT NULL, balance_ore BIGINT NOT NULL, outcome TEXT NOT NULL,"
        " settlement_ore BIGINT NOT NULL, uses_estimates INTEGER NOT NULL,"
        " forecast_through TEXT, forecast_pace_bp INTEGER, forecast_used_h100 BIGINT,"
        " forecast_eligible_ore BIGINT, forecast_received_ore BIGINT, forecast_balance_ore BIGINT,"
        " computed_at TEXT NOT NULL, computed_by TEXT NOT NULL, finalised_at TEXT, finalised_by TEXT,"
        " ledger_posting_id INTEGER REFERENCES ledger_postings(id),"
        " UNIQUE (child_id, year))",
        "CREATE INDEX reconciliations_year ON reconciliations(year, family_id)",
        "CREATE TABLE reconciliation_months ("
        " reconciliation_id INTEGER NOT NULL REFERENCES reconciliations(id), month TEXT NOT NULL,"
        " approved_h100 BIGINT NOT NULL, used_h100 BIGINT NOT NULL, hourly_cost_ore BIGINT NOT NULL,"
        " approved_ore BIGINT NOT NULL, used_ore BIGINT NOT NULL, eligible_ore BIGINT NOT NULL,"
        " PRIMARY KEY (reconciliation_id, month))",
        "CREATE TABLE reconciliation_expenses ("
        " reconciliation_id INTEGER NOT NULL REFERENCES reconciliations(id),"
        " expense_id INTEGER NOT NULL REFERENCES expenses(id), expense_date TEXT NOT NULL,"
        " category TEXT NOT NULL, amount_ore BIGINT NOT NULL, document_ref TEXT NOT NULL,"
        " eligible_ore BIGINT NOT NULL, verdict TEXT NOT NULL, reason TEXT NOT NULL,"
        " PRIMARY KEY (reconciliation_id, expense_id))",
        // A family's year closed by a final reconciliation: its shifts, expenses
        // and payout lines can no longer change.
        "CREATE TABLE closed_years ("
        " family_id INTEGER NOT NULL REFERENCES families(id), year INTEGER NOT NULL,"
        " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL, PRIMARY KEY (family_id, year))",

        "CREATE TABLE users ("
        " id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
        " role TEXT NOT NULL, family_id INTEGER REFERENCES families(id))",
        "CREATE TABLE sessions ("
        " token_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),"
        " expires_at TEXT NOT NULL)",

        // External keys of imported rows (store/import_keys.h).
        "CREATE TABLE import_keys ("
        " entity TEXT NOT NULL, external_key TEXT NOT NULL, entity_id INTEGER NOT NULL,"
        " PRIMARY KEY (entity, external_key))",

        // Hash-chained: hash = SHA-256(prev_hash + canonical entry).
        "CREATE TABLE audit_log ("
        " id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
        " entity TEXT NOT NULL, entity_id TEXT NOT NULL, before_json TEXT NOT NULL,"
        " after_json TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    };
}

} // namespace hjt::store
