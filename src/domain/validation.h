// Validation of Danish identifiers (domain.md §10). Each check returns the
// reason a value is wrong (a refusal of domain/messages.h), or nothing when it
// is right, so callers can name the field in their own error.
#pragma once

#include <optional>
#include <string>

#include "domain/calendar.h"
#include "domain/messages.h"

namespace hjt {

// CVR/SE: 8 digits, weights 2,7,6,5,4,3,2,1, sum divisible by 11.
std::optional<Message> cvr_error(const std::string& cvr);

struct CprCheck {
    std::optional<Message> error;      // not 10 digits / no real date: refused
    bool modulus_warning = false;      // fails mod 11: only a warning (issued since 2007)
    std::optional<Date> birth_date;    // from DDMMYY and the century digit rule
};
// Accepts DDMMYYSSSS and DDMMYY-SSSS.
CprCheck check_cpr(const std::string& cpr);
// "DDMMYY-XXXX": the only form a CPR number takes in exports and logs.
std::string mask_cpr(const std::string& cpr);

// Reg.no. exactly 4 digits; account no. 1 to 10 digits.
std::optional<Message> bank_account_error(const std::string& reg_no, const std::string& account_no);
// "****1234": the last four digits of an account, for exports.
std::string mask_account(const std::string& account_no);
// A document reference (bilag) of an expense must identify a document: at
// least 3 characters besides spaces, at least one a letter or digit ("x",
// "-" and "..." are refused; "B-17" and "123" pass).
std::optional<Message> document_ref_error(const std::string& document_ref);
// DK IBAN: "DK" + 16 digits (spaces allowed), MOD-97 = 1.
std::optional<Message> iban_error(const std::string& iban);

} // namespace hjt
