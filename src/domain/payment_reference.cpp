#include "domain/payment_reference.h"

#include <vector>

#include "domain/digits.h"
#include "domain/errors.h"

namespace hjt {
namespace {

// The runs of `text` between characters `separates` says split it, with the
// characters `drops` says to leave out removed.
template <typename Separates, typename Drops>
std::vector<std::string> runs_of(const std::string& text, Separates separates, Drops drops) {
    std::vector<std::string> runs(1);
    for (char c : text) {
        if (separates(c)) {
            if (!runs.back().empty()) runs.emplace_back();
        } else if (!drops(c)) {
            runs.back() += c;
        }
    }
    return runs;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

} // namespace

char fi_check_digit(const std::string& digits) {
    if (!all_digits(digits)) throw std::invalid_argument("fi_check_digit: digits only");
    int sum = 0;
    int weight = 2;  // the rightmost digit before the check digit weighs 2
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int product = (*it - '0') * weight;
        sum += product / 10 + product % 10;
        weight = 3 - weight;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string fi_payment_id(Id claim_id) {
    std::string number = std::to_string(claim_id);
    if (claim_id <= 0 || number.size() > kFiPaymentIdDigits - 1)
        throw std::invalid_argument("fi_payment_id: a claim id of 1 to 14 digits");
    number.insert(0, kFiPaymentIdDigits - 1 - number.size(), '0');
    return number + fi_check_digit(number);
}

bool valid_fi_payment_id(const std::string& text) {
    return text.size() == kFiPaymentIdDigits && all_digits(text) &&
           fi_check_digit(text.substr(0, kFiPaymentIdDigits - 1)) == text.back();
}

std::string fi_payment_line(const std::string& payment_id, const std::string& creditor_number) {
    return "+71<" + payment_id + "+" + creditor_number + "<";
}

std::optional<std::string> fi_creditor_error(const std::string& creditor_number) {
    if (creditor_number.size() != kFiCreditorDigits || !all_digits(creditor_number))
        return "kreditornummeret skal være 8 cifre, fik '" + creditor_number + "'";
    return std::nullopt;
}

std::optional<std::string> fi_payment_id_in(const std::string& text) {
    // Digit groups as written, then groups a payer split with spaces.
    auto keep = [](char) { return false; };
    auto space = [](char c) { return c == ' '; };
    for (const auto& run : runs_of(text, [](char c) { return !is_digit(c); }, keep))
        if (valid_fi_payment_id(run)) return run;
    for (const auto& run : runs_of(text, [](char c) { return !is_digit(c) && c != ' '; }, space))
        if (valid_fi_payment_id(run)) return run;
    return std::nullopt;
}

} // namespace hjt
