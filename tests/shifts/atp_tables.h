// The ATP tables of domain.md §9, written out by hand so the payslip tests
// do not depend on the config files they are meant to check against.
#pragma once

#include "domain/rates.h"

namespace hjt::test {

inline YearRates rates_with_atp(int year, Money low_employee, Money low_employer, Money mid_employee,
                                Money mid_employer, Money high_employee, Money high_employer) {
    YearRates r;
    r.year = year;
    r.atp = {{Hours::whole(0), Money{}, Money{}},
             {Hours::whole(39), low_employee, low_employer},
             {Hours::whole(78), mid_employee, mid_employer},
             {Hours::whole(117), high_employee, high_employer}};
    return r;
}

// 2016–2023: 31,55/63,10; 63,10/126,25; 94,65/189,35.
inline YearRates rates_2023() {
    return rates_with_atp(2023, Money::ore(3155), Money::ore(6310), Money::ore(6310), Money::ore(12625),
                          Money::ore(9465), Money::ore(18935));
}

// From 2024: 33,00/66,00; 66,00/132,00; 99,00/198,00.
inline YearRates rates_2024() {
    return rates_with_atp(2024, Money::kroner(33), Money::kroner(66), Money::kroner(66), Money::kroner(132),
                          Money::kroner(99), Money::kroner(198));
}

// 2026 has the ATP table of 2024 (domain.md §9: "from 2024"), as a rate book.
inline RateBook rate_book_2026() {
    YearRates year = rates_2024();
    year.year = 2026;
    RateBook book;
    book.add(year);
    return book;
}

} // namespace hjt::test
