#include "domain/policy.h"

#include <cstdio>

#include "domain/danish_format.h"
#include "domain/digits.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/minutes.h"
#include "domain/text_fold.h"

namespace hjt {
namespace {

const std::string kWindowStart = "window.start";
const std::string kWindowEnd = "window.end";
const std::string kExcludedCategories = "expenses.excluded_categories";
const std::string kExtraDays = "holiday.extra_days";
const std::string kRoundingMethod = "payroll.rounding_method";
const std::string kHelperIncome = "payroll.helper_income";

// The yes/no settings and where each lives in the Policy.
struct Flag {
    const char* key;
    bool Policy::*member;
};
constexpr Flag kFlags[] = {
    {"holiday.constitution_day", &Policy::constitution_day_is_holiday},
    {"holiday.christmas_eve", &Policy::christmas_eve_is_holiday},
    {"holiday.new_years_eve", &Policy::new_years_eve_is_holiday},
    {"reconciliation.pool_hours_over_year", &Policy::pool_hours_over_year},
    {"reconciliation.pay_top_ups", &Policy::pay_top_ups},
    {"payroll.household_help_holiday", &Policy::household_help_paid_holiday},
};
// Yes/no settings added after databases were first initialised: a stored
// policy without them keeps the default.
constexpr Flag kLaterFlags[] = {
    {"lost_earnings.holiday_supplement", &Policy::lost_earnings_holiday_supplement},
    {"payroll.service", &Policy::payroll_service},
};

// The whole-number settings of claims, each with its range; added after
// databases were first initialised, so each is optional.
struct Number {
    const char* key;
    int ClaimTerms::*member;
    int low;
    int high;
};
constexpr Number kClaimNumbers[] = {
    {"claims.due_days", &ClaimTerms::due_days, 1, 365},
    {"claims.reminder_count", &ClaimTerms::reminder_count, 0, 10},
    {"claims.reminder_spacing_days", &ClaimTerms::reminder_spacing_days, 1, 90},
    {"claims.setoff_max_share_bp", &ClaimTerms::setoff_max_share_bp, 0, 10000},
};

// "employer_oncost_per_hour.2024" -> 2024.
std::optional<int> oncost_year(const std::string& key) {
    if (key.rfind(kOncostSettingPrefix, 0) != 0) return std::nullopt;
    std::string year = key.substr(kOncostSettingPrefix.size());
    if (year.size() != 4 || !all_digits(year)) return std::nullopt;
    return std::stoi(year);
}

std::string excluded_text(const std::map<std::string, std::string>& excluded) {
    std::string text;
    for (const auto& [category, reason] : excluded) text += (text.empty() ? "" : "; ") + category + ": " + reason;
    return text;
}

std::string extra_days_text(const std::vector<ExtraDay>& days) {
    std::string text;
    for (const auto& d : days) {
        char day_month[8];
        std::snprintf(day_month, sizeof day_month, "%02u-%02u", d.day, d.month);
        text += (text.empty() ? "" : "; ") + std::string(day_month) + " " + d.name;
    }
    return text;
}

[[noreturn]] void refuse(const std::string& where, const std::string& key, const Message& message) {
    throw ValidationError(where + ":" + key, message);
}

// The non-empty items of a ";"-separated list, each trimmed.
std::vector<std::string> list_items(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        std::string item = trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        start = end == std::string::npos ? text.size() + 1 : end + 1;
        if (!item.empty()) items.push_back(std::move(item));
    }
    return items;
}

std::map<std::string, std::string> parse_excluded(const std::string& where, const std::string& text) {
    std::map<std::string, std::string> excluded;
    for (const auto& item : list_items(text)) {
        auto colon = item.find(':');
        std::string category = colon == std::string::npos ? "" : trimmed(item.substr(0, colon));
        std::string reason = colon == std::string::npos ? "" : trimmed(item.substr(colon + 1));
        if (category.empty() || reason.empty())
            refuse(where, kExcludedCategories, Message{MessageCode::policy_list_unreadable, {item, "'kategori: begrundelse; …'"}});
        excluded[category] = reason;
    }
    return excluded;
}

// "01-05 1. maj; 17-09 Byfest": a day and month (a day every year has, so not
// 29-02), a space and the name shown on statements.
std::vector<ExtraDay> parse_extra_days(const std::string& where, const std::string& text) {
    std::vector<ExtraDay> days;
    for (const auto& item : list_items(text)) {
        std::string name = item.size() > 6 ? trimmed(item.substr(6)) : "";
        bool shaped = item.size() > 6 && item[2] == '-' && item[5] == ' ' && all_digits(item.substr(0, 2)) &&
                      all_digits(item.substr(3, 2)) && !name.empty();
        ExtraDay day{shaped ? static_cast<unsigned>(std::stoi(item.substr(0, 2))) : 0,
                     shaped ? static_cast<unsigned>(std::stoi(item.substr(3, 2))) : 0, name};
        date::month_day md{date::month{day.month}, date::day{day.day}};
        if (!shaped || !md.ok() || md == date::February / 29)
            refuse(where, kExtraDays, Message{MessageCode::policy_list_unreadable, {item, "'dd-mm navn; …' (fx '01-05 1. maj')"}});
        days.push_back(std::move(day));
    }
    return days;
}

} // namespace

std::optional<std::string> expense_exclusion(const std::map<std::string, std::string>& excluded,
                                             const std::string& category) {
    std::string key = folded(category);
    for (const auto& [name, reason] : excluded)
        if (folded(name) == key) return reason;
    return std::nullopt;
}

std::optional<std::string> Policy::expense_exclusion(const std::string& category) const {
    return hjt::expense_exclusion(excluded_expense_categories, category);
}

Money Policy::oncost_for(int year) const {
    auto it = employer_oncost_per_hour.upper_bound(year);
    if (it == employer_oncost_per_hour.begin())
        throw NotFound(Message{MessageCode::oncost_missing, {std::to_string(year)}});
    return std::prev(it)->second;
}

std::map<std::string, std::string> policy_settings(const Policy& policy) {
    std::map<std::string, std::string> settings;
    settings[kWindowStart] = format_clock(policy.window_start_minute);
    settings[kWindowEnd] = format_end_clock(policy.window_end_minute);
    for (const auto& flag : kFlags) settings[flag.key] = policy.*flag.member ? "true" : "false";
    for (const auto& flag : kLaterFlags) settings[flag.key] = policy.*flag.member ? "true" : "false";
    for (const auto& [year, amount] : policy.employer_oncost_per_hour)
        settings[kOncostSettingPrefix + std::to_string(year)] = format_amount(amount);
    settings[kExcludedCategories] = excluded_text(policy.excluded_expense_categories);
    settings[kExtraDays] = extra_days_text(policy.extra_days);
    settings[kRoundingMethod] = to_string(policy.rounding_method);
    settings[kHelperIncome] = to_string(policy.helper_income);
    for (const auto& n : kClaimNumbers) settings[n.key] = std::to_string(policy.claims.*n.member);
    return settings;
}

Policy policy_from_settings(const std::map<std::string, std::string>& settings, const std::string& where) {
    auto fail = [&](const std::string& key, const Message& message) { refuse(where, key, message); };
    auto required = [&](const std::string& key) -> const std::string& {
        auto it = settings.find(key);
        if (it == settings.end()) refuse(where, key, Message{MessageCode::field_required, {}});
        return it->second;
    };

    Policy policy;
    for (const auto& [key, member] : {std::pair{kWindowStart, &Policy::window_start_minute},
                                      std::pair{kWindowEnd, &Policy::window_end_minute}}) {
        // "24:00" (the end of the day) passes for either; a start there is refused below.
        auto minutes = parse_clock(required(key), true, ClockSpelling::exact);
        if (!minutes) fail(key, not_a_clock(settings.at(key), true));
        policy.*member = *minutes;
    }
    if (policy.window_end_minute <= policy.window_start_minute)
        fail(kWindowEnd, Message{MessageCode::window_end_not_after_start, {}});

    auto read_flag = [&](const Flag& flag, const std::string& value) {
        if (value != "true" && value != "false") fail(flag.key, Message{MessageCode::value_not_allowed, {value, "true / false"}});
        policy.*flag.member = value == "true";
    };
    for (const auto& flag : kFlags) read_flag(flag, required(flag.key));
    for (const auto& flag : kLaterFlags)
        if (auto it = settings.find(flag.key); it != settings.end()) read_flag(flag, it->second);

    policy.excluded_expense_categories = parse_excluded(where, required(kExcludedCategories));
    policy.extra_days = parse_extra_days(where, required(kExtraDays));
    auto rounding = parse_rounding_method(required(kRoundingMethod));
    if (!rounding)
        fail(kRoundingMethod, Message{MessageCode::value_not_allowed, {settings.at(kRoundingMethod), "1 / 2 / 3"}});
    policy.rounding_method = *rounding;
    auto income = parse_income_kind(required(kHelperIncome));
    if (!income) fail(kHelperIncome, Message{MessageCode::value_not_allowed, {settings.at(kHelperIncome), "A / B"}});
    policy.helper_income = *income;

    for (const auto& n : kClaimNumbers) {
        auto it = settings.find(n.key);
        if (it == settings.end()) continue;
        bool whole = all_digits(it->second) && it->second.size() <= 5;
        int value = whole ? std::stoi(it->second) : -1;
        if (value < n.low || value > n.high)
            fail(n.key, Message{MessageCode::out_of_range, {std::to_string(n.low), std::to_string(n.high), it->second}});
        policy.claims.*n.member = value;
    }

    for (const auto& [key, value] : settings) {
        bool known = key == kWindowStart || key == kWindowEnd || key == kExcludedCategories || key == kExtraDays ||
                     key == kRoundingMethod || key == kHelperIncome;
        for (const auto& flag : kFlags) known = known || key == flag.key;
        for (const auto& flag : kLaterFlags) known = known || key == flag.key;
        for (const auto& n : kClaimNumbers) known = known || key == n.key;
        if (known) continue;
        auto year = oncost_year(key);
        if (!year) fail(key, Message{MessageCode::policy_unknown_setting, {key}});
        auto amount = parse_amount(value);
        if (!amount || *amount < Money())
            fail(key, Message{MessageCode::not_an_amount, {value}});
        limits::checked_year(*year, key);
        limits::check(limits::kOncostPerHour, *amount, key);
        policy.employer_oncost_per_hour[*year] = *amount;
    }
    if (policy.employer_oncost_per_hour.empty())
        fail(kOncostSettingPrefix + "YYYY", Message{MessageCode::oncost_none, {}});
    return policy;
}

} // namespace hjt
