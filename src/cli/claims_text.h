// What the claims commands share: a claim as one Danish line, the --date option.
#pragma once

#include <string>

#include "app/claims_service.h"
#include "cli/command.h"

namespace hjt::cli {

// "krav 3 familie 1 barn 2 (2024): 11.700,00 kr, rest 6.700,00 kr, forfalden, forfald 03-03-2025"
std::string claim_line(const app::ClaimView& view);

// --<name> KR (Danish: 1.234,56); nullopt when absent; ValidationError naming it when not an amount.
std::optional<Money> amount_option(const Args& args, const std::string& name);

// --<name> dd-mm-yyyy or yyyy-mm-dd; today in Copenhagen when absent; UsageError when malformed.
Date date_option(const Args& args, const std::string& name);

} // namespace hjt::cli
