#include "domain/plausibility.h"

#include "domain/danish_format.h"

namespace hjt {

int age_on(Date birth, Date on) {
    int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
    const bool before_birthday =
        on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day());
    return before_birthday ? years - 1 : years;
}

std::optional<PlausibilityQuestion> child_age_question(Date birth, Date on, AgeReference reference,
                                                       const std::string& field) {
    const bool at_start = reference == AgeReference::grant_start;
    if (date::sys_days{birth} > date::sys_days{on})
        return PlausibilityQuestion{field, {at_start ? MessageCode::question_child_born_after_grant_start
                                                     : MessageCode::question_child_born_after_today,
                                            {format_danish_date(birth), format_danish_date(on)}}};
    const int age = age_on(birth, on);
    if (age < (at_start ? plausible::kAdultAge : plausible::kOldestChildRecordAge)) return std::nullopt;
    return PlausibilityQuestion{field, {at_start ? MessageCode::question_child_adult_at_grant_start
                                                 : MessageCode::question_child_adult_today,
                                        {std::to_string(age), format_danish_date(on)}}};
}

std::optional<PlausibilityQuestion> hourly_wage_question(Money wage, const std::string& field) {
    if (wage < plausible::kLowestHourlyWage)
        return PlausibilityQuestion{
            field, {MessageCode::question_wage_low, {format_kroner(wage), format_kroner(plausible::kLowestHourlyWage)}}};
    if (wage > plausible::kHighestHourlyWage)
        return PlausibilityQuestion{
            field, {MessageCode::question_wage_high, {format_kroner(wage), format_kroner(plausible::kHighestHourlyWage)}}};
    return std::nullopt;
}

std::optional<PlausibilityQuestion> weekly_hours_question(Hours hours, const std::string& field) {
    if (hours <= plausible::kMostWeeklyHours) return std::nullopt;
    return PlausibilityQuestion{field, {MessageCode::question_weekly_hours_high,
                                        {format_hours(hours), format_hours(plausible::kMostWeeklyHours)}}};
}

namespace {
void add(PlausibilityQuestions& questions, std::optional<PlausibilityQuestion> question) {
    if (question) questions.push_back(std::move(*question));
}
} // namespace

PlausibilityQuestions child_questions(const Child& child, Date today) {
    PlausibilityQuestions questions;
    add(questions, child_age_question(child.birth_date, today, AgeReference::today, "cpr"));
    return questions;
}

PlausibilityQuestions helper_questions(const Helper& helper) {
    PlausibilityQuestions questions;
    add(questions, hourly_wage_question(helper.hourly_wage, "hourly_wage"));
    return questions;
}

PlausibilityQuestions version_questions(const GrantVersion& version) {
    PlausibilityQuestions questions;
    add(questions, weekly_hours_question(version.weekly_hours, "weekly_hours"));
    add(questions, hourly_wage_question(version.hourly_wage, "hourly_wage"));
    return questions;
}

PlausibilityQuestions grant_questions(const Grant& grant, Date child_birth) {
    PlausibilityQuestions questions;
    add(questions, child_age_question(child_birth, grant.valid.from, AgeReference::grant_start, "valid_from"));
    for (const auto& version : grant.versions)
        for (auto& question : version_questions(version)) questions.push_back(std::move(question));
    return questions;
}

NeedsConfirmation::NeedsConfirmation(PlausibilityQuestions questions)
    : Conflict(Message{MessageCode::needs_confirmation, {}}), questions_(std::move(questions)) {}

} // namespace hjt
