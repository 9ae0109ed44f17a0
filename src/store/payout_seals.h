// Which rows of a payout run each step writes, as seals for its audit entry
// (store/row_seals.h): prepare writes the run row, its lines and payees (replacing a
// draft's), approve the run row and the run's postings, mark-paid the run row.
#pragma once

#include "store/row_seals.h"

namespace hjt::store {

// The draft's lines and payees, before prepare deletes them to write the new ones.
void release_run_lines(soci::session& sql, RowSeals& seals, Id run_id);
void seal_run_row(soci::session& sql, RowSeals& seals, Id run_id);
void seal_run_lines(soci::session& sql, RowSeals& seals, Id run_id);
void seal_run_postings(soci::session& sql, RowSeals& seals, Id run_id);

} // namespace hjt::store
