// Where a payout run and a reconciliation stand, one convention for both: an
// enum `<Thing>Status` whose stable codes (stored, sent in the API's JSON)
// come from one table each (domain/enum_texts.h): to_string(status),
// parse_code<Status>(text).
#pragma once

#include <span>

#include "domain/enum_texts.h"

namespace hjt {

// A month's payout run: drafted (recomputed at will), approved (frozen as the
// approver saw it and posted to the ledger), paid. Codes "draft", "approved", "paid".
enum class RunStatus { draft, approved, paid };
std::span<const EnumText<RunStatus>> codes(RunStatus);

// A child's year reconciliation: a draft (recomputed at will) or final
// (frozen and its settlement posted). Codes "draft", "final".
enum class ReconciliationStatus { draft, final };
std::span<const EnumText<ReconciliationStatus>> codes(ReconciliationStatus);

} // namespace hjt
