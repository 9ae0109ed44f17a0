// The paying account for the bank file: config/payment.properties
//   payment.debtor.name = Egeskov Kommune
//   payment.debtor.iban = DK...   (the municipality's account; MOD-97 checked)
//   payment.debtor.bic  = ...     (optional; the bank finds the agent from the IBAN)
#pragma once

#include <string>

#include "reports/pain001.h"

namespace hjt::app {

// ValidationError naming "payment.properties:<key>" for a missing name or a bad IBAN.
reports::Debtor load_debtor(const std::string& config_dir);

} // namespace hjt::app
