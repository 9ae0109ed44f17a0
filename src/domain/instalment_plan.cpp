#include "domain/instalment_plan.h"

#include "domain/errors.h"

namespace hjt {
namespace {

constexpr int kMaxInstalments = 120;  // ten years: a longer plan is a write-off in disguise

// The same day `months` later; past the end of a shorter month, its last day.
Date months_later(Date first, int months) {
    date::year_month ym = date::year_month{first.year(), first.month()} + date::months{months};
    date::year_month_day_last last{ym.year(), date::month_day_last{ym.month()}};
    return first.day() > last.day() ? Date{last} : Date{ym.year(), ym.month(), first.day()};
}

} // namespace

std::vector<Instalment> instalment_schedule(Money total, Money per_month, Date first) {
    if (per_month <= Money())
        throw ValidationError("amount_per_month", Message{MessageCode::must_be_positive, {}});
    std::vector<Instalment> schedule;
    Money left = total;
    for (int i = 0; left > Money(); ++i) {
        if (i == kMaxInstalments)
            throw ValidationError("amount_per_month",
                                  Message{MessageCode::instalments_too_many, {std::to_string(kMaxInstalments)}});
        Money amount = std::min(per_month, left);
        schedule.push_back({months_later(first, i), amount});
        left -= amount;
    }
    return schedule;
}

Money due_by(const std::vector<Instalment>& schedule, Date day) {
    Money total;
    for (const auto& i : schedule)
        if (date::sys_days{i.due} <= date::sys_days{day}) total += i.amount;
    return total;
}

} // namespace hjt
