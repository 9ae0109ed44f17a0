// The Danish payment slip a claim is paid with: FI-kort (fællesindbetalings-
// kort) type 71, whose code line carries a 15-digit payment ID (betalings-ID)
// ending in a check digit, and the creditor number (kreditornummer, 8 digits)
// the municipality's bank gave it.
//
// Sources (the published rule, README "Claims"):
// - giro-kort.dk/fi-kort3.html: the payment ID is 15 digits on a +71 card;
// - giro-kort.dk/fi-kort5.html: the last digit is a check digit computed from
//   the digits before it; number 1 is printed 18, number 2 is printed 26;
// - giro-kort.dk/fi-kort4.html: the last 8 digits of the code line are the
//   creditor number;
// - Uniconta's FIK page: code line "+71<004040400000669+12345678<" (its check
//   digit 9 follows from the rule below too).
// The check digit is the modulus-10 rule with weights 2, 1, 2, ... from the
// rightmost digit before it (products above 9 counted by their digit sum),
// which gives exactly the published examples.
#pragma once

#include <optional>
#include <string>

#include "domain/entities.h"

namespace hjt {

inline constexpr std::size_t kFiPaymentIdDigits = 15;
inline constexpr std::size_t kFiCreditorDigits = 8;

// The check digit of `digits` (digits only, at least one).
char fi_check_digit(const std::string& digits);

// The payment ID of a claim: its id as 14 digits and the check digit ("1" -> "000000000000018").
std::string fi_payment_id(Id claim_id);

// Whether `text` is a 15-digit payment ID whose last digit checks.
bool valid_fi_payment_id(const std::string& text);

// The code line a payer types into the bank: "+71<" payment ID "+" creditor
// number "<". The one place the line is formatted (letters print it).
std::string fi_payment_line(const std::string& payment_id, const std::string& creditor_number);

// Danish text naming what is wrong with a creditor number (8 digits), or nullopt.
std::optional<std::string> fi_creditor_error(const std::string& creditor_number);

// The payment ID in a remittance text as banks pass it on: the whole code
// line, the bare ID, or the ID with spaces; nullopt when there is none that checks.
std::optional<std::string> fi_payment_id_in(const std::string& text);

} // namespace hjt
