#include "domain/iban.h"

#include <algorithm>

namespace hjt {

int mod97(const std::string& digits) {
    int remainder = 0;
    for (char c : digits) remainder = (remainder * 10 + (c - '0')) % 97;
    return remainder;
}

std::string danish_iban(const BankAccount& account) {
    std::string bban = account.reg_no + std::string(10 - std::min<std::size_t>(account.account_no.size(), 10), '0') +
                       account.account_no;
    // MOD-97 of BBAN + "DK00" with letters as numbers (D = 13, K = 20), digit by digit.
    int check = 98 - mod97(bban + "132000");  // 2..98
    return "DK" + std::string(1, static_cast<char>('0' + check / 10)) + static_cast<char>('0' + check % 10) + bban;
}

} // namespace hjt
