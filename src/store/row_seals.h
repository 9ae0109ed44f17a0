// The books inside the audit chain (domain.md §11). Every posting, payout
// run, run line and reconciliation figure the program writes is "sealed" by
// the audit entry that records the write: the entry lists each row it wrote
// (table, key, SHA-256 of the row's canonical content) in audit_rows, and its
// own hash covers the digest of that list, so the list cannot be changed
// without breaking the chain. Rows the program deletes (a draft replaced) are
// listed with an empty hash ("released"). The latest listing of a row is what
// the row must be now; store/books_check.h compares.
//
// Why per-row hashes rather than chaining the rows themselves: the rows keep
// their own tables and ids (written many a statement, store/batch_insert.h),
// writers of different tables need no common sequence (only the audit chain's
// lock, which every write already takes), and a finding names the row.
//
// Hooks: a service that writes sealed rows calls release() for the rows it is
// about to delete and seal() for the rows as written, then hands the RowSeals
// to store::append_audit with its entry, in the same transaction.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "domain/entities.h"
#include "store/query_param.h"
#include "support/sha256.h"

namespace hjt::store {

// A table whose rows are sealed: its name, the SQL expression of a row's key
// (text), and the columns hashed, in order. A column added to one of these
// tables by a later migration is added here; NULL columns are left out of the
// canonical form, so a nullable column added later keeps old rows' hashes; a
// NOT NULL column added later with a default is listed as NULLIF(column, default)
// (an SQL expression over the row), which does the same. A reconciliation's
// received amounts (schema 9: rows of reconciliation_received) are sealed as
// columns of its row, by the names schema 1's columns had.
// A column of the canonical form: its name there, and the SQL that reads it
// from the row (the column itself, or an expression over the row).
struct SealedColumn {
    std::string name;
    std::string expression;
    SealedColumn(const char* column) : name(column), expression(column) {}
    SealedColumn(std::string name_, std::string expression_)
        : name(std::move(name_)), expression(std::move(expression_)) {}
};

struct SealedTable {
    const char* name;
    const char* key;
    std::vector<SealedColumn> columns;
};

namespace sealed {
extern const SealedTable payout_runs;
extern const SealedTable payout_lines;
extern const SealedTable payout_payees;
extern const SealedTable ledger_postings;
extern const SealedTable reconciliations;
extern const SealedTable reconciliation_months;
extern const SealedTable reconciliation_expenses;
// All of them, in the order verify checks them.
const std::vector<const SealedTable*>& all();
} // namespace sealed

struct RowSeal {
    std::string table;
    std::string key;
    std::string hash;  // "" : deleted by the program (released)
};

// Whether rows are sealed as written or released as about to be deleted.
enum class SealAction { seal, release };

struct SealedRow;

class RowSeals {
public:
    // Seals the rows of `table` that `where` (SQL over the table's columns,
    // with :named parameters bound in order to `params`: store/query_param.h)
    // selects, as they are now.
    template <class... Params>
    void seal(soci::session& sql, const SealedTable& table, const std::string& where, const Params&... params) {
        read(sql, table, where, true, [&](soci::statement& st) { (use_param(st, params), ...); });
    }
    // Releases the rows `where` selects: the program is about to delete them.
    template <class... Params>
    void release(soci::session& sql, const SealedTable& table, const std::string& where, const Params&... params) {
        read(sql, table, where, false, [&](soci::statement& st) { (use_param(st, params), ...); });
    }

    template <class... Params>
    void cover(SealAction action, soci::session& sql, const SealedTable& table, const std::string& where,
               const Params&... params) {
        if (action == SealAction::seal) seal(sql, table, where, params...);
        else release(sql, table, where, params...);
    }

    // Seals one row as read by sealed_select (store/books_check.h: the baseline).
    void seal_row(const SealedTable& table, const SealedRow& row);

    const std::vector<RowSeal>& rows() const { return rows_; }
    bool empty() const { return rows_.empty(); }

private:
    template <class Bind>
    void read(soci::session& sql, const SealedTable& table, const std::string& where, bool keep_hash, Bind bind);
    std::vector<RowSeal> rows_;
};

// The SQL that reads a sealed table's key and canonical columns (as text).
std::string sealed_select(const SealedTable& table);

// A row read by sealed_select: key, then each column's text and whether it is NULL.
struct SealedRow {
    std::string key;
    std::vector<std::string> values;
    std::vector<soci::indicator> nulls;
    explicit SealedRow(const SealedTable& table)
        : values(table.columns.size()), nulls(table.columns.size(), soci::i_ok) {}
    // Binds key and columns as the statement's outputs.
    void into(soci::statement& st);
};

// SHA-256 of the row's canonical form: the table name, then for each column
// "<name>:<byte length>:<text>;" or "<name>:-;" when NULL (lengths make it unambiguous).
std::string row_hash(const SealedTable& table, const SealedRow& row);

// SHA-256 over the seals in order ("" when there are none: an entry that wrote
// no sealed rows keeps the canonical form entries had before schema 4).
std::string seals_digest(const std::vector<RowSeal>& seals);

// seals_digest of seals given one at a time: audit verify digests an entry's
// seals as it reads them (a year's reconciliation writes hundreds of thousands).
class SealsDigest {
public:
    void add(const std::string& table, const std::string& key, const std::string& hash);
    // The digest of the seals added ("" : none); it starts again empty.
    std::string finish();

private:
    support::Sha256 sha_;
    std::string seal_;  // one seal's canonical form, its buffer reused
    bool any_ = false;
};

// Writes the seals as entry `audit_id`'s audit_rows, many a statement.
void write_seals(soci::session& sql, Id audit_id, const std::vector<RowSeal>& seals);

template <class Bind>
void RowSeals::read(soci::session& sql, const SealedTable& table, const std::string& where, bool keep_hash,
                    Bind bind) {
    SealedRow row(table);
    soci::statement st(sql);
    row.into(st);
    bind(st);
    st.alloc();
    st.prepare(sealed_select(table) + " WHERE " + where);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) rows_.push_back({table.name, row.key, keep_hash ? row_hash(table, row) : ""});
}

} // namespace hjt::store
