#include "app/payment_settings.h"

#include <filesystem>

#include "app/config_loader.h"
#include "domain/errors.h"
#include "domain/validation.h"

namespace hjt::app {

reports::Debtor load_debtor(const std::string& config_dir) {
    std::string file = (std::filesystem::path(config_dir) / "payment.properties").string();
    auto props = read_properties(file);
    auto value = [&](const std::string& key) {
        auto found = props.find(key);
        return found == props.end() ? std::string() : found->second;
    };
    reports::Debtor debtor{value("payment.debtor.name"), value("payment.debtor.iban"), value("payment.debtor.bic")};
    if (debtor.name.empty())
        throw ValidationError("payment.properties:payment.debtor.name", "the paying municipality's name is missing");
    // Banks take the IBAN without the spaces of its printed form.
    std::erase(debtor.iban, ' ');
    if (auto error = iban_error(debtor.iban)) throw ValidationError("payment.properties:payment.debtor.iban", *error);
    return debtor;
}

} // namespace hjt::app
