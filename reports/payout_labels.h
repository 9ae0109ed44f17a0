// Danish labels of the payout run's line kinds and flags, for the run sheet
// and the command line's text output.
#pragma once

#include <string>

#include "domain/bank_transfer.h"
#include "domain/payout.h"
#include "domain/statuses.h"

namespace hjt::reports {

std::string danish_label(LineKind kind);   // the kind's label (domain/line_kinds.h)
std::string danish_label(FlagCode code);   // "Mangler bankkonto", "Årsloft nået", ...
std::string danish_label(Payee payee);     // "Familie", "Forælder", "Pensionsordning"
std::string danish_label(RunStatus status);  // "Kladde", "Godkendt", "Udbetalt" (the pages' words)
// A ledger posting's kind: a line kind's label, a settlement's outcome, a
// claim's set-off or a paid top-up; an unknown code as it is.
std::string posting_kind_label(const std::string& kind);

// Amounts as numbers with '.' decimals and no grouping ("13682.50"): what
// ISO 20022 requires and what a machine reading the CSV can rely on.
std::string plain_amount(Money m);

} // namespace hjt::reports
