#include "app/synthetic_ids.h"

#include <array>
#include <cstdio>

namespace hjt::app {

namespace {

std::string digits(SeededRandom& random, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += static_cast<char>('0' + random.between(0, 9));
    return out;
}

template <std::size_t N>
int weighted_sum(const std::string& text, const std::array<int, N>& weights) {
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i) sum += (text[i] - '0') * weights[i];
    return sum;
}

} // namespace

std::string synthetic_cvr(SeededRandom& random) {
    for (;;) {
        std::string first7 = std::to_string(random.between(1, 9));
        first7 += digits(random, 6);  // a second statement: operand order is unspecified
        // The last weight is 1, so the check digit makes the sum a multiple of 11.
        int check = (11 - weighted_sum(first7, std::array{2, 7, 6, 5, 4, 3, 2}) % 11) % 11;
        if (check < 10) return first7 + static_cast<char>('0' + check);
    }
}

std::string synthetic_cpr(Date birth, bool female, SeededRandom& random) {
    int year = static_cast<int>(birth.year());
    char date_part[16];
    std::snprintf(date_part, sizeof date_part, "%02u%02u%02u", static_cast<unsigned>(birth.day()),
                  static_cast<unsigned>(birth.month()), static_cast<unsigned>(year % 100));
    // 7th digit: 0–3 for 1900–1999; 4 for 2000–2036.
    char century = year >= 2000 ? '4' : static_cast<char>('0' + random.between(0, 3));
    std::string number = std::string(date_part) + century + digits(random, 2);
    int last = static_cast<int>(random.between(0, 4)) * 2 + (female ? 0 : 1);
    int sum = weighted_sum(number, std::array{4, 3, 2, 7, 6, 5, 4, 3, 2});
    if ((sum + last) % 11 == 0) last = (last + 2) % 10;  // same sex, and now failing mod 11
    number += static_cast<char>('0' + last);
    return number.substr(0, 6) + "-" + number.substr(6);
}

BankAccount synthetic_bank_account(SeededRandom& random) {
    static const std::vector<std::string> reg_numbers = {"1551", "2211", "3001", "5301", "6460", "7780", "9070", "9570"};
    const std::string& reg_no = random.pick(reg_numbers);
    std::string account_no = std::to_string(random.between(1, 9));
    account_no += digits(random, 9);
    return {reg_no, account_no};
}

} // namespace hjt::app
