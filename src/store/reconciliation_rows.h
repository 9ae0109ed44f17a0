// Loads the rows of a year's reconciliation from the register, shifts and
// ledger, for one family, a page of families or all (store/family_range.h;
// domain/reconciliation_inputs.h computes the inputs from them): one query per
// table, never one per family, so a municipality of thousands of families
// loads in well under a second, and one family's (or page's) rows only when
// one family (or a page) is asked for.
#pragma once

#include <soci/soci.h>

#include <optional>

#include "domain/reconciliation_inputs.h"
#include "store/family_range.h"

namespace hjt::store {

// The families (one, a page, or all) with their children's plans for the year and
// the expense budgets of those plans' versions; each family's subsidisable
// minutes per month (shifts by their start day); each child's ledger postings
// per kind whose month concerned lies in the year; the expenses paid by lines
// of approved runs of the year; the months approved runs paid. NotFound for an
// unknown family asked for by id.
ReconciliationRows load_reconciliation_rows(soci::session& sql, int year, FamilyScope scope);

// Each family's subsidisable minutes of the year by month (1..12).
using UsedMinutes = decltype(ReconciliationRows::used_minutes);
// Every family's, in one pass over the year's shifts: a run over every family
// a page at a time (app/reconciliation_service.cpp) reads them once, some 150
// bytes a family, where reading each page's shifts by its helpers' index read
// 10,000 families' 3 million shifts 0.75 s slower than one plain scan.
UsedMinutes load_year_used_minutes(soci::session& sql, int year);
// The same rows as load_reconciliation_rows, each family's minutes taken from
// `used` (load_year_used_minutes) rather than read again.
ReconciliationRows load_reconciliation_rows(soci::session& sql, int year, FamilyScope scope, const UsedMinutes& used);

} // namespace hjt::store
