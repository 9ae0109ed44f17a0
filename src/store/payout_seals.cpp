#include "store/payout_seals.h"

namespace hjt::store {

void release_run_lines(soci::session& sql, RowSeals& seals, Id run_id) {
    seals.release(sql, sealed::payout_lines, "run_id = :run", run_id);
    seals.release(sql, sealed::payout_payees, "run_id = :run", run_id);
}

void seal_run_row(soci::session& sql, RowSeals& seals, Id run_id) {
    seals.seal(sql, sealed::payout_runs, "id = :id", run_id);
}

void seal_run_lines(soci::session& sql, RowSeals& seals, Id run_id) {
    seals.seal(sql, sealed::payout_lines, "run_id = :run", run_id);
    seals.seal(sql, sealed::payout_payees, "run_id = :run", run_id);
}

void seal_run_postings(soci::session& sql, RowSeals& seals, Id run_id) {
    seals.seal(sql, sealed::ledger_postings, "run_id = :run", run_id);
}

} // namespace hjt::store
