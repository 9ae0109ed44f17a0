// The run's payments as CSV for finance systems and banks that take a plain
// list: ";" separated, UTF-8, a header row, one transfer per row (a family's
// a-conto, a parent's net lost earnings, a pension scheme's contribution). Amounts have
// '.' decimals and no grouping ("13682.50"), the form a machine reads safely
// whatever its locale; the IBAN column is derived from reg.no. + account.
#pragma once

#include <string>
#include <vector>

#include "domain/bank_transfer.h"

namespace hjt::reports {

// Columns: familie_id;navn;cvr;reg_nr;konto_nr;iban;beloeb;valuta;reference;end_to_end_id;modtager;bevilling_id
// (modtager: Familie, Forælder or Pensionsordning; bevilling_id: the lost-earnings award, else empty)
std::string bank_csv(const std::vector<BankTransfer>& transfers);

} // namespace hjt::reports
