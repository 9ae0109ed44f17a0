// Stored text -> domain values for the payout tables. A value that does not
// parse was written by something other than this program: an error, never a default.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <stdexcept>
#include <string>

#include "domain/calendar.h"
#include "domain/entities.h"

namespace hjt::store::payout_columns {

inline Date to_date(const std::string& text) {
    if (auto d = parse_iso_date(text)) return *d;
    throw std::runtime_error("corrupt stored date '" + text + "'");
}

inline Month to_month(const std::string& text) {
    if (auto m = parse_iso_month(text)) return *m;
    throw std::runtime_error("corrupt stored month '" + text + "'");
}

inline std::optional<Id> to_optional_id(long long value, soci::indicator ind) {
    if (ind == soci::i_null) return std::nullopt;
    return value;
}

inline std::optional<std::string> to_optional_text(const std::string& value, soci::indicator ind) {
    if (ind == soci::i_null) return std::nullopt;
    return value;
}

// A family's account when both parts are stored and non-empty.
inline std::optional<BankAccount> to_bank_account(const std::string& reg_no, soci::indicator reg_ind,
                                                  const std::string& account_no, soci::indicator account_ind) {
    if (reg_ind != soci::i_ok || account_ind != soci::i_ok || reg_no.empty() || account_no.empty())
        return std::nullopt;
    return BankAccount{reg_no, account_no};
}

} // namespace hjt::store::payout_columns
