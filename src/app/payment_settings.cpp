#include "app/payment_settings.h"

#include <filesystem>

#include "app/config_loader.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "domain/validation.h"

namespace hjt::app {

namespace {

// A key's value in config/payment.properties; "" when absent.
class PaymentProperties {
public:
    explicit PaymentProperties(const std::string& config_dir)
        : props_(read_properties((std::filesystem::path(config_dir) / "payment.properties").string())) {}
    std::string operator()(const std::string& key) const {
        auto found = props_.find(key);
        return found == props_.end() ? std::string() : found->second;
    }

private:
    std::map<std::string, std::string> props_;
};

// A payee configured as <prefix>.name, <prefix>.reg_no and <prefix>.account_no:
// nullopt when all three are empty; ValidationError naming the key when only
// some are given or the account is not a Danish account number.
std::optional<ServicePayee> named_account(const PaymentProperties& value, const std::string& prefix) {
    ServicePayee payee{value(prefix + ".name"), {value(prefix + ".reg_no"), value(prefix + ".account_no")}};
    if (payee.name.empty() && payee.account.reg_no.empty() && payee.account.account_no.empty()) return std::nullopt;
    if (payee.name.empty()) throw ValidationError("payment.properties:" + prefix + ".name", Message{MessageCode::field_required, {}});
    if (auto error = bank_account_error(payee.account.reg_no, payee.account.account_no))
        throw ValidationError("payment.properties:" + prefix + ".account_no", *error);
    return payee;
}

ServicePayee required_account(const PaymentProperties& value, const std::string& prefix) {
    auto payee = named_account(value, prefix);
    if (!payee)
        throw ValidationError("payment.properties:" + prefix + ".name",
                              Message{MessageCode::payroll_payee_incomplete, {prefix}});
    return *payee;
}

const char* const kPayrollPrefixes[] = {"payment.payroll.tax_authority", "payment.payroll.atp",
                                        "payment.payroll.holiday_fund"};

} // namespace

std::optional<PensionPayee> load_default_pension_payee(const std::string& config_dir) {
    auto payee = named_account(PaymentProperties(config_dir), "payment.pension");
    if (!payee) return std::nullopt;
    return PensionPayee{payee->name, payee->account};
}

std::optional<PayrollServicePayees> load_payroll_service_payees(const std::string& config_dir) {
    const PaymentProperties value(config_dir);
    bool any = false;
    for (const char* prefix : kPayrollPrefixes) any = any || named_account(value, prefix).has_value();
    if (!any) return std::nullopt;
    return PayrollServicePayees{required_account(value, kPayrollPrefixes[0]), required_account(value, kPayrollPrefixes[1]),
                                required_account(value, kPayrollPrefixes[2])};
}

reports::Debtor load_debtor(const std::string& config_dir) {
    PaymentProperties value(config_dir);
    reports::Debtor debtor{value("payment.debtor.name"), value("payment.debtor.iban"), value("payment.debtor.bic")};
    if (debtor.name.empty())
        throw ValidationError("payment.properties:payment.debtor.name", Message{MessageCode::field_required, {}});
    // Banks take the IBAN without the spaces of its printed form.
    std::erase(debtor.iban, ' ');
    if (auto error = iban_error(debtor.iban)) throw ValidationError("payment.properties:payment.debtor.iban", *error);
    return debtor;
}

std::optional<std::string> load_municipality_se(const std::string& config_dir) {
    const std::string se = PaymentProperties(config_dir)("payment.debtor.se_number");
    if (se.empty()) return std::nullopt;
    if (cvr_error(se))
        throw ValidationError("payment.properties:payment.debtor.se_number", *cvr_error(se));
    return se;
}

std::string load_fi_creditor(const std::string& config_dir) {
    const std::string creditor = PaymentProperties(config_dir)("payment.fi_creditor_number");
    if (auto error = fi_creditor_error(creditor))
        throw ValidationError("payment.properties:payment.fi_creditor_number", *error);
    return creditor;
}

} // namespace hjt::app
