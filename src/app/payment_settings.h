// The paying account for the bank file: config/payment.properties
//   payment.debtor.name = Egeskov Kommune
//   payment.debtor.iban = DK...   (the municipality's account; MOD-97 checked)
//   payment.debtor.bic  = ...     (optional; the bank finds the agent from the IBAN)
#pragma once

#include <optional>
#include <string>

#include "domain/entities.h"
#include "domain/payout.h"

#include "reports/pain001.h"

namespace hjt::app {

// ValidationError naming "payment.properties:<key>" for a missing name or a bad IBAN.
reports::Debtor load_debtor(const std::string& config_dir);

// The municipality's default pension payee: where the pension line of a
// lost-earnings award without a pension scheme of its own is paid.
//   payment.pension.name       = ...   (the scheme)
//   payment.pension.reg_no     = ...   (4 digits)
//   payment.pension.account_no = ...   (up to 10 digits)
// nullopt when all three are empty (such pension lines are then held back);
// ValidationError naming the key when only some are given or the account is bad.
std::optional<PensionPayee> load_default_pension_payee(const std::string& config_dir);

// The payroll service's payees (policy payroll.service; domain/payout_payroll_service.h):
//   payment.payroll.tax_authority.{name,reg_no,account_no}   Skattestyrelsen
//   payment.payroll.atp.{name,reg_no,account_no}             ATP
//   payment.payroll.holiday_fund.{name,reg_no,account_no}    FerieKonto
// nullopt when none is configured; ValidationError naming the key when only
// some are or an account is bad. prepare_payout refuses a run without them
// while the policy turns the service on.
std::optional<PayrollServicePayees> load_payroll_service_payees(const std::string& config_dir);

// The municipality's SE number, under which it reports to eIndkomst the lost
// earnings it pays to parents (app/eindkomst_service.h):
//   payment.debtor.se_number = 8 digits, modulus-11 checked
// nullopt when empty; ValidationError naming the key when not a valid CVR/SE number.
std::optional<std::string> load_municipality_se(const std::string& config_dir);

} // namespace hjt::app
