#include "store/row_seals.h"

#include "domain/line_kinds.h"
#include "store/claims_store.h"
#include "store/batch_insert.h"
#include "support/sha256.h"

namespace hjt::store {

namespace {

// What a reconciliation received, as columns of its row. Schema 1 had a column
// per kind, received_<code>_ore; schema 9 keeps a row per kind in
// reconciliation_received, read here under the same name, so the seals of rows
// written before still match (a kind without a row is NULL, left out). A row
// of a kind that does not count as received is never written: any is named by
// received_other_kinds (NULL when there is none).
std::vector<SealedColumn> received_columns() {
    const std::string of_row = "FROM reconciliation_received x WHERE x.reconciliation_id = reconciliations.id";
    std::vector<SealedColumn> columns;
    std::string counted;
    for (LineKind k : kAllLineKinds) {
        if (!rules_of(k).counts_as_received) continue;
        const std::string code = rules_of(k).code;
        columns.emplace_back("received_" + code + "_ore", "(SELECT x.amount_ore " + of_row + " AND x.kind = '" + code + "')");
        counted += (counted.empty() ? "'" : ", '") + code + "'";
    }
    columns.emplace_back("received_other_kinds",
                         "(SELECT NULLIF(COUNT(*), 0) " + of_row + " AND x.kind NOT IN (" + counted + "))");
    return columns;
}

std::vector<SealedColumn> reconciliation_columns() {
    std::vector<SealedColumn> columns{"family_id", "child_id", "year", "status", "pooling", "eligible_helper_ore",
                                      "eligible_expenses_ore", "eligible_fixed_ore", "eligible_before_cap_ore",
                                      "year_cap_ore", "year_cap_estimated", "capped", "eligible_ore"};
    for (auto& c : received_columns()) columns.push_back(std::move(c));
    for (const char* c : {"balance_ore", "outcome", "settlement_ore", "uses_estimates", "forecast_through",
                          "forecast_pace_bp", "forecast_used_h100", "forecast_eligible_ore", "forecast_received_ore",
                          "forecast_balance_ore", "computed_at", "computed_by", "finalised_at", "finalised_by",
                          "ledger_posting_id", "approved_year_h100"})
        columns.emplace_back(c);
    return columns;
}

} // namespace

namespace sealed {

const SealedTable payout_runs{
    "payout_runs", "CAST(id AS TEXT)",
    {"month", "status", "prepared_by", "prepared_at", "approved_by", "approved_at", "paid_by", "paid_at", "total_ore",
     "line_count", "content_hash", "settled_months", "catch_up_months"}};
const SealedTable payout_lines{
    "payout_lines", "CAST(id AS TEXT)",
    {"run_id", "seq", "family_id", "child_id", "kind", "month_concerned", "source_ref", "amount_ore", "computed_ore",
     "capped", "description", "expense_id", "award_id", "atp_ore", "am_bidrag_ore", "a_skat_ore", "held_back",
     "released_line_id",
     // Schema 6, NOT NULL DEFAULT 0: 0 reads as NULL, so lines sealed before keep their hashes.
     "NULLIF(saved_costs_ore, 0)"}};
// Who each transfer of a run is paid to: what the approver approved and the bank files are written from.
const SealedTable payout_payees{
    "payout_payees", "CAST(id AS TEXT)",
    {"run_id", "seq", "payee", "family_id", "award_id", "name", "cvr", "reg_no", "account_no", "parent_name"}};
const SealedTable ledger_postings{
    "ledger_postings", "CAST(id AS TEXT)",
    {"family_id", "child_id", "run_id", "line_id", "kind", "month_concerned", "amount_ore", "description", "posted_at",
     "posted_by"}};
const SealedTable reconciliations{"reconciliations", "CAST(id AS TEXT)", reconciliation_columns()};
const SealedTable reconciliation_months{
    "reconciliation_months", "CAST(reconciliation_id AS TEXT) || '/' || month",
    {"approved_h100", "used_h100", "hourly_cost_ore", "approved_ore", "used_ore", "eligible_ore",
     "hourly_cost_ore100"}};  // schema 24: NULL on rows sealed before, left out
const SealedTable reconciliation_expenses{
    "reconciliation_expenses", "CAST(reconciliation_id AS TEXT) || '/' || CAST(expense_id AS TEXT)",
    {"expense_date", "category", "amount_ore", "document_ref", "eligible_ore", "verdict", "reason"}};

const std::vector<const SealedTable*>& all() {
    static const std::vector<const SealedTable*> tables{
        &payout_runs,     &payout_lines,          &payout_payees,          &ledger_postings,
        &reconciliations, &reconciliation_months, &reconciliation_expenses, &claims,
        &claim_events,    &camt_files,            &receipts};
    return tables;
}

} // namespace sealed

namespace {

// "<byte length>:<bytes>;": no choice of contents makes two lists read alike.
void add_field(std::string& out, const std::string& value) { out += std::to_string(value.size()) + ":" + value + ";"; }

struct SealSlot {
    static constexpr std::size_t columns = 5;
    long long audit_id = 0, seq = 0;
    std::string table, key, hash;
    void bind(soci::statement& st) {
        st.exchange(soci::use(audit_id));
        st.exchange(soci::use(seq));
        for (auto* v : {&table, &key, &hash}) st.exchange(soci::use(*v));
    }
};

} // namespace

std::string sealed_select(const SealedTable& table) {
    // Every column as text, the same on SQLite and PostgreSQL (integers in decimal).
    std::string sql = "SELECT " + std::string(table.key);
    for (const SealedColumn& column : table.columns) sql += ", CAST(" + column.expression + " AS TEXT)";
    return sql + " FROM " + table.name;
}

void SealedRow::into(soci::statement& st) {
    st.exchange(soci::into(key));
    for (std::size_t i = 0; i < values.size(); ++i) st.exchange(soci::into(values[i], nulls[i]));
}

void RowSeals::seal_row(const SealedTable& table, const SealedRow& row) {
    rows_.push_back({table.name, row.key, row_hash(table, row)});
}

std::string row_hash(const SealedTable& table, const SealedRow& row) {
    std::string canonical;
    add_field(canonical, table.name);
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (row.nulls[i] == soci::i_null) continue;
        canonical += table.columns[i].name;
        canonical += ':';
        add_field(canonical, row.values[i]);
    }
    return support::sha256_hex(canonical);
}

void SealsDigest::add(const std::string& table, const std::string& key, const std::string& hash) {
    seal_.clear();
    for (const std::string* field : {&table, &key, &hash}) add_field(seal_, *field);
    sha_.add(seal_);
    any_ = true;
}

std::string SealsDigest::finish() {
    std::string hex = sha_.finish_hex();
    if (!any_) return "";
    any_ = false;
    return hex;
}

std::string seals_digest(const std::vector<RowSeal>& seals) {
    SealsDigest digest;
    for (const RowSeal& s : seals) digest.add(s.table, s.key, s.hash);
    return digest.finish();
}

void write_seals(soci::session& sql, Id audit_id, const std::vector<RowSeal>& seals) {
    insert_rows<SealSlot>(sql, "INSERT INTO audit_rows (audit_id, seq, table_name, row_key, row_hash)", seals.size(),
                          [&](std::size_t i, SealSlot& slot) {
                              slot.audit_id = audit_id;
                              slot.seq = static_cast<long long>(i + 1);
                              slot.table = seals[i].table;
                              slot.key = seals[i].key;
                              slot.hash = seals[i].hash;
                          });
}

} // namespace hjt::store
