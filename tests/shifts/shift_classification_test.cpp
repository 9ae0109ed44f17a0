#include <catch2/catch.hpp>

#include <vector>

#include "domain/errors.h"
#include "domain/shift_classification.h"

using namespace hjt;
using namespace date::literals;

namespace {

const Period employment{2020_y / date::January / 1, std::nullopt};
const PayWindow policy_window{};  // 07:00–16:00, no weekends: Policy{}'s
const std::vector<GrantWindow> open_grant{{Period{2020_y / date::January / 1, std::nullopt}, policy_window}};

ShiftClassification classify(Date day, const std::string& start, const std::string& end,
                             const std::vector<GrantWindow>& grants = open_grant) {
    static const ShiftClassifier classifier{Policy{}};
    return classifier.classify(parse_shift_times(date::format("%d-%m-%Y", date::sys_days{day}), start, end),
                               employment, grants);
}

std::string field_of_refusal(Date day, const std::string& start, const std::string& end,
                             const Period& employed = employment) {
    static const ShiftClassifier classifier{Policy{}};
    try {
        classifier.classify(parse_shift_times(date::format("%d-%m-%Y", date::sys_days{day}), start, end), employed,
                            open_grant);
    } catch (const ValidationError& e) {
        return e.field();
    }
    return "accepted";
}

} // namespace

TEST_CASE("classification: 14:00–18:00 on a Tuesday is 2 h subsidised and 2 h after 16:00", "[shifts][classify]") {
    auto c = classify(2026_y / date::March / 10, "14:00", "18:00");
    CHECK(c.minutes == 240);
    CHECK(c.subsidisable_minutes == 120);
    REQUIRE(c.excluded_count == 1);
    CHECK(c.excluded[0].reason == Exclusion::after_window);
    CHECK(c.excluded[0].minutes == 120);
    CHECK(describe(c.excluded[0], Policy{}) == "after 16:00 (window 07:00–16:00)");
}

TEST_CASE("classification: before 07:00 and after 16:00 on one weekday", "[shifts][classify]") {
    auto c = classify(2026_y / date::March / 11, "06:00", "17:30");
    CHECK(c.minutes == 690);
    CHECK(c.subsidisable_minutes == 540);
    REQUIRE(c.excluded_count == 2);
    CHECK(c.excluded[0].reason == Exclusion::before_window);
    CHECK(c.excluded[0].minutes == 60);
    CHECK(c.excluded[1].reason == Exclusion::after_window);
    CHECK(c.excluded[1].minutes == 90);
}

TEST_CASE("classification: weekends are not subsidised", "[shifts][classify]") {
    auto c = classify(2026_y / date::March / 14, "09:00", "12:00");  // a Saturday
    CHECK(c.subsidisable_minutes == 0);
    REQUIRE(c.excluded_count == 1);
    CHECK(c.excluded[0].reason == Exclusion::weekend);
    CHECK(c.excluded[0].minutes == 180);
}

TEST_CASE("classification: Maundy Thursday 2026 (2 April) is a public holiday", "[shifts][classify]") {
    auto c = classify(2026_y / date::April / 2, "09:00", "12:00");
    CHECK(c.subsidisable_minutes == 0);
    REQUIRE(c.excluded_count == 1);
    CHECK(c.excluded[0].reason == Exclusion::public_holiday);
    CHECK(describe(c.excluded[0], Policy{}) == "public holiday (Skærtorsdag)");
    CHECK(classify(2026_y / date::April / 1, "09:00", "12:00").subsidisable_minutes == 180);
}

TEST_CASE("classification: Store Bededag 2023 excluded, the same Friday of 2024 normal", "[shifts][classify]") {
    auto in_2023 = classify(2023_y / date::May / 5, "09:00", "12:00");
    CHECK(in_2023.subsidisable_minutes == 0);
    REQUIRE(in_2023.excluded_count == 1);
    CHECK(*in_2023.excluded[0].holiday == "Store bededag");
    auto in_2024 = classify(2024_y / date::April / 26, "09:00", "12:00");
    CHECK(in_2024.subsidisable_minutes == 180);
    CHECK(in_2024.excluded_count == 0);
}

TEST_CASE("classification: the March DST night lasts one hour less", "[shifts][classify][dst]") {
    auto c = classify(2026_y / date::March / 29, "01:30", "03:30");
    CHECK(c.minutes == 60);
    REQUIRE(c.excluded_count == 1);
    CHECK(c.excluded[0].minutes == 60);  // a Sunday
}

TEST_CASE("classification: the October DST night lasts one hour more", "[shifts][classify][dst]") {
    auto c = classify(2026_y / date::October / 25, "01:30", "03:30");
    CHECK(c.minutes == 180);
    CHECK(c.excluded[0].minutes == 180);
    // A night shift across the change: Saturday 22:00 to Sunday 06:00 is 9 real hours.
    auto night = classify(2026_y / date::October / 24, "22:00", "06:00");
    CHECK(night.minutes == 540);
}

TEST_CASE("classification: a night shift past midnight into Monday morning", "[shifts][classify]") {
    // Sunday 22:00 – Monday 08:00: 2 h weekend, 7 h before the window on Monday, 1 h subsidised.
    auto c = classify(2026_y / date::March / 15, "22:00", "08:00");
    CHECK(c.minutes == 600);
    CHECK(c.subsidisable_minutes == 60);
    REQUIRE(c.excluded_count == 2);
    CHECK(c.excluded[0].reason == Exclusion::weekend);
    CHECK(c.excluded[0].minutes == 120);
    CHECK(c.excluded[1].reason == Exclusion::before_window);
    CHECK(c.excluded[1].minutes == 420);
}

TEST_CASE("classification: days outside every grant are excluded", "[shifts][classify]") {
    std::vector<GrantWindow> grant{{Period{2026_y / date::March / 1, 2026_y / date::March / 31}, policy_window}};
    auto outside = classify(2026_y / date::April / 7, "09:00", "12:00", grant);
    REQUIRE(outside.excluded_count == 1);
    CHECK(outside.excluded[0].reason == Exclusion::outside_grant);
    CHECK(classify(2026_y / date::March / 31, "09:00", "12:00", grant).subsidisable_minutes == 180);
}

TEST_CASE("classification: refusals name the field", "[shifts][classify][refuse]") {
    CHECK(field_of_refusal(2026_y / date::March / 10, "10:00", "10:00") == "end");
    CHECK(field_of_refusal(2026_y / date::March / 10, "06:00", "22:01") == "end");  // 16 h 1 min
    CHECK(field_of_refusal(2026_y / date::March / 10, "06:00", "22:00") == "accepted");
    CHECK(field_of_refusal(2026_y / date::March / 10, "14:00", "10:00") == "end");  // 20 h overnight
    CHECK(field_of_refusal(2026_y / date::March / 29, "02:30", "05:00") == "start");  // does not exist
    Period ended{2020_y / date::January / 1, 2026_y / date::March / 9};
    CHECK(field_of_refusal(2026_y / date::March / 10, "09:00", "12:00", ended) == "date");
    CHECK(field_of_refusal(2026_y / date::March / 9, "22:00", "02:00", ended) == "date");  // ends after employment
    CHECK_THROWS_AS(parse_shift_times("31-02-2026", "09:00", "12:00"), ValidationError);
    CHECK_THROWS_AS(parse_shift_times("10-03-2026", "9", "12:00"), ValidationError);
    CHECK_THROWS_AS(parse_shift_times("10-03-2026", "24:00", "12:00"), ValidationError);
}

TEST_CASE("classification: end 24:00 and clocks with a dot", "[shifts][classify]") {
    CHECK(classify(2026_y / date::March / 10, "20:00", "24:00").minutes == 240);
    CHECK(classify(2026_y / date::March / 10, "8.15", "12.45").minutes == 270);
}

TEST_CASE("classification: a grant version's own window widens the policy's for its days (domain.md §9)",
          "[shifts][classify][window]") {
    // The version from 1 March 2026 allows 07:00–20:00 and weekends; February keeps the policy's window.
    Grant g{1, 1, "B-1", 2026_y / date::January / 1, Period{2026_y / date::January / 1, std::nullopt}, {}};
    g.versions.push_back(GrantVersion{});
    g.versions.back().effective_from = 2026_y / date::January / 1;
    g.versions.push_back(GrantVersion{});
    g.versions.back().effective_from = 2026_y / date::March / 1;
    g.versions.back().window = PayWindow{7 * 60, 20 * 60, true};
    const auto windows = grant_windows({g}, Policy{});
    REQUIRE(windows.size() == 2);
    CHECK(windows[0].days.to == 2026_y / date::February / 28);
    CHECK(windows[0].window == policy_window);

    // Tuesday 3 March 2026, 14:00–21:00: 6 h within the grant's window, 1 h after 20:00.
    ShiftClassification widened = classify(2026_y / date::March / 3, "14:00", "21:00", windows);
    CHECK(widened.subsidisable_minutes == 6 * 60);
    REQUIRE(widened.excluded_count == 1);
    CHECK(widened.excluded[0].reason == Exclusion::after_window);
    CHECK(describe(widened.excluded[0], Policy{}) == "after 20:00 (the grant's window 07:00–20:00)");
    // Saturday 7 March 2026 counts under the grant's window; a public holiday still does not.
    CHECK(classify(2026_y / date::March / 7, "10:00", "12:00", windows).subsidisable_minutes == 120);
    CHECK(classify(2026_y / date::April / 3, "10:00", "12:00", windows).excluded[0].reason ==
          Exclusion::public_holiday);  // Langfredag
    // Tuesday 3 February 2026 is under the first version: the policy's window.
    ShiftClassification before = classify(2026_y / date::February / 3, "14:00", "21:00", windows);
    CHECK(before.subsidisable_minutes == 2 * 60);
    CHECK(describe(before.excluded[0], Policy{}) == "after 16:00 (window 07:00–16:00)");
}

TEST_CASE("classification: two children's grants on one day: the widest window applies", "[shifts][classify][window]") {
    const Period all{2026_y / date::January / 1, std::nullopt};
    const std::vector<GrantWindow> two{{all, policy_window}, {all, PayWindow{9 * 60, 18 * 60, false}}};
    ShiftClassification c = classify(2026_y / date::March / 3, "06:00", "19:00", two);
    CHECK(c.subsidisable_minutes == 11 * 60);  // 07:00–18:00
}

TEST_CASE("classification: a day the policy adds, such as 1 May, is excluded by name", "[shifts][classify][window]") {
    Policy policy;
    policy.extra_days = {ExtraDay{1, 5, "1. maj"}};
    const ShiftClassifier classifier{policy};
    ShiftClassification c = classifier.classify(parse_shift_times("01-05-2026", "09:00", "12:00"), employment, open_grant);
    CHECK(c.subsidisable_minutes == 0);
    REQUIRE(c.excluded_count == 1);
    CHECK(c.excluded[0].reason == Exclusion::public_holiday);
    CHECK(*c.excluded[0].holiday == "1. maj");
    CHECK(holiday_name("1. maj") == c.excluded[0].holiday);
    // Without the setting 1 May 2026 (a Friday) is an ordinary weekday: not a public holiday by law.
    CHECK(classify(2026_y / date::May / 1, "09:00", "12:00").subsidisable_minutes == 180);
}
