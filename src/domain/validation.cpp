#include "domain/validation.h"

#include <array>
#include <cctype>

#include "domain/digits.h"
#include "domain/iban.h"

namespace hjt {
namespace {

int digit(char c) { return c - '0'; }

// Weighted digit sum modulo 11: the check of both CVR and CPR numbers.
template <std::size_t N>
bool weighted_sum_divisible_by_11(const std::string& digits, const std::array<int, N>& weights) {
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i) sum += digit(digits[i]) * weights[i];
    return sum % 11 == 0;
}

// The CPR number's ten digits, or "" when it is neither DDMMYYSSSS nor DDMMYY-SSSS.
std::string cpr_digits(const std::string& cpr) {
    std::string digits = cpr.size() == 11 && cpr[6] == '-' ? cpr.substr(0, 6) + cpr.substr(7) : cpr;
    return digits.size() == 10 && all_digits(digits) ? digits : "";
}

// The century follows from the 7th digit and the two-digit year (CPR-kontoret's table).
int cpr_full_year(int yy, int seventh) {
    if (seventh <= 3) return 1900 + yy;
    if (seventh == 4 || seventh == 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
    return yy <= 57 ? 2000 + yy : 1800 + yy;  // 5 to 8
}

} // namespace

std::optional<Message> cvr_error(const std::string& cvr) {
    if (cvr.size() != 8 || !all_digits(cvr)) return Message{MessageCode::cvr_not_8_digits, {cvr}};
    if (!weighted_sum_divisible_by_11(cvr, std::array{2, 7, 6, 5, 4, 3, 2, 1}))
        return Message{MessageCode::cvr_fails_modulus_11, {cvr}};
    return std::nullopt;
}

CprCheck check_cpr(const std::string& cpr) {
    CprCheck check;
    std::string digits = cpr_digits(cpr);
    if (digits.empty()) {
        check.error = Message{MessageCode::cpr_not_10_digits, {}};
        return check;
    }
    int year = cpr_full_year(std::stoi(digits.substr(4, 2)), digit(digits[6]));
    Date birth{date::year{year}, date::month{static_cast<unsigned>(std::stoi(digits.substr(2, 2)))},
               date::day{static_cast<unsigned>(std::stoi(digits.substr(0, 2)))}};
    if (!birth.ok()) {
        check.error = Message{MessageCode::cpr_no_real_date, {mask_cpr(cpr)}};
        return check;
    }
    check.birth_date = birth;
    check.modulus_warning = !weighted_sum_divisible_by_11(digits, std::array{4, 3, 2, 7, 6, 5, 4, 3, 2, 1});
    return check;
}

std::string mask_cpr(const std::string& cpr) {
    // Even a malformed value is masked: it may still be someone's number.
    std::string digits = cpr_digits(cpr);
    return (digits.empty() ? "XXXXXX" : digits.substr(0, 6)) + "-XXXX";
}

std::optional<Message> bank_account_error(const std::string& reg_no, const std::string& account_no) {
    if (reg_no.size() != 4 || !all_digits(reg_no)) return Message{MessageCode::reg_no_not_4_digits, {reg_no}};
    if (account_no.size() > 10 || !all_digits(account_no))
        return Message{MessageCode::account_no_not_digits, {account_no}};
    return std::nullopt;
}

std::string mask_account(const std::string& account_no) {
    return "****" + account_no.substr(account_no.size() > 4 ? account_no.size() - 4 : 0);
}

std::optional<Message> document_ref_error(const std::string& document_ref) {
    std::size_t characters = 0;
    bool letter_or_digit = false;
    for (unsigned char c : document_ref) {
        if (std::isspace(c)) continue;
        if ((c & 0xC0) != 0x80) ++characters;  // UTF-8: count each character once, not its bytes
        // Bytes of non-ASCII characters count as letters (æ, ø, å).
        if (std::isalnum(c) || c >= 0x80) letter_or_digit = true;
    }
    if (characters >= 3 && letter_or_digit) return std::nullopt;
    return Message{MessageCode::document_ref_too_short, {document_ref}};
}

std::optional<Message> iban_error(const std::string& iban) {
    std::string compact;
    for (char c : iban)
        if (c != ' ') compact += c;
    if (compact.size() != 18 || compact.compare(0, 2, "DK") != 0 || !all_digits(compact.substr(2)))
        return Message{MessageCode::iban_not_danish, {}};
    // MOD-97 (ISO 13616): country and check digits move to the end, letters
    // become numbers (A = 10 ... Z = 35), and the remainder must be 1.
    std::string rearranged = compact.substr(4) + std::to_string('D' - 'A' + 10) + std::to_string('K' - 'A' + 10) +
                             compact.substr(2, 2);
    if (mod97(rearranged) != 1) return Message{MessageCode::iban_fails_mod97, {compact}};
    return std::nullopt;
}

} // namespace hjt
