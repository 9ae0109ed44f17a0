// Where SQLite and PostgreSQL differ, in one place. Everything else in the
// store is the same SQL on both (bound parameters, INTEGER/BIGINT/TEXT, ISO
// dates as TEXT, no upserts, no date functions).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "domain/entities.h"
#include "store/connection.h"

namespace hjt::store {

Backend backend_of(soci::session& sql);

// Opens the session: SQLite in WAL mode with foreign keys and a busy timeout;
// PostgreSQL in the connection's schema (created when missing), so every query
// names its tables unqualified and reaches that schema's tables only.
void open_session(soci::session& sql, const Connection& connection);

// A schema statement as written in schema_v*.cpp (SQLite's types) in the
// backend's words: on PostgreSQL INTEGER is BIGINT (SQLite's INTEGER is 64-bit)
// and "id INTEGER PRIMARY KEY" is an identity column.
std::string schema_statement(Backend backend, const std::string& statement);

// Begins a transaction. `write`: it holds the database's write lock from its
// first statement, so work that reads and then writes sees every earlier
// writer's commit and no other writer until it ends: SQLite's BEGIN IMMEDIATE;
// on PostgreSQL a transaction-scoped advisory lock on the schema, which every
// process writing to that municipality's schema takes the same way.
void begin_transaction(soci::session& sql, bool write);

// Prepares a statement that is executed once. On PostgreSQL SOCI then sends it
// with its parameters in one round trip (PQexecParams); a statement prepared for
// reuse (soci's default) costs three: PREPARE, EXECUTE and DEALLOCATE. The
// register import ran some fifty single-use statements a family this way, and
// its time on a busy server went in those round trips. SQLite prepares both alike.
void prepare_once(soci::statement& st, const std::string& query);

// The id the database gave the row just inserted into `table` (id column).
Id last_insert_id(soci::session& sql, const std::string& table);

// After rows were inserted with ids of their own (a bulk load): the next
// generated id follows the largest. SQLite does so by itself.
void follow_explicit_ids(soci::session& sql, const std::string& table);

// An ORDER BY term sorting the text `expression` by its bytes, as
// std::string compares: SQLite's BINARY collation, PostgreSQL's "C" (its
// default follows the database's locale). For merging two sorted reads in C++.
std::string in_byte_order(soci::session& sql, const std::string& expression);

// The tables of the store (the session's schema on PostgreSQL), by name.
std::vector<std::string> table_names(soci::session& sql);

// Serialises appends to the audit chain until the transaction ends, so two
// writers never read the same head and fork the chain. SQLite's write lock
// already does; on PostgreSQL an advisory lock of its own, so an append in a
// transaction begun without `write` is serialised too.
void lock_audit_chain(soci::session& sql);

} // namespace hjt::store
