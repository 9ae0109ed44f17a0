// Plausibility questions (issue 19): values that may be right but are unusual
// enough that a person must confirm them before they are stored — a child of
// 26 from a mistyped CPR number, a wage of 50 kr/t, 60 hours a week. Unlike
// the ranges of domain/limits.h (refusals), these only ask: the service layer
// computes them here (pure), refuses with code `needs_confirmation` listing
// them, and stores the same request once it carries an explicit confirmation
// (API "confirm": true, hjt import --confirm, the pages' "Ja, det er rigtigt –
// gem"), recording in the audit entry what was confirmed and by whom.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar.h"
#include "domain/entities.h"
#include "domain/errors.h"
#include "domain/units.h"

namespace hjt {

// The bounds, in this one place. Outside them a value is asked about, never refused.
namespace plausible {
// Home training is for children: support ends the day before the 18th birthday
// (domain.md §1), so a child of 18 or more on its grant's start is most likely a
// mistyped CPR number. (010120-1234, born 1920, is refused outright: birth
// years before 2000 are outside limits::kYear.)
inline constexpr int kAdultAge = 18;
// A child's record alone (before any grant) may concern support that ended
// years ago: an import moves the register of past years, and the books are kept
// 5 years (hjt.retention.years). A child 25 or older today (18 + 5 and a margin)
// can have had no support hjt still holds, so that record is asked about; a
// younger adult is asked about on its grant's start. (A bound on today's age
// that the sample register, children born 2008–2021, will not reach for years.)
inline constexpr int kOldestChildRecordAge = 25;
// A helper's (or a grant's) hourly wage: the BPA helper level was 124–139 kr/t
// in 2019–2021 (domain.md §9) and the sample register pays 142–150 kr/t. Below
// 100 kr/t is below any adult wage level (50 for 150 is a typing error; a young
// helper's lower wage is confirmed); above 400 kr/t is almost three times the
// level (1.450 for 145,0). limits::kHourlyWage still refuses above 2.000 kr/t.
inline constexpr Money kLowestHourlyWage = Money::kroner(100);
inline constexpr Money kHighestHourlyWage = Money::kroner(400);
// A grant's weekly helper hours: more than a full-time week (37 t) and a margin
// is rare for home training (the sample grants are 10–30 t/uge); limits::kWeeklyHours
// still refuses more than the 168 hours of a week.
inline constexpr Hours kMostWeeklyHours = Hours::whole(40);
} // namespace plausible

struct PlausibilityQuestion {
    std::string field;  // the API's field key the question is about ("cpr", "hourly_wage")
    Message message;    // a question in the catalogue (domain/messages.h)
};
using PlausibilityQuestions = std::vector<PlausibilityQuestion>;

// Whole years from `birth` to `on` (negative when `on` is before the birth).
int age_on(Date birth, Date on);

// A child's birth date looked at on a day: today when its record is typed
// (asked from kOldestChildRecordAge), the grant's start when a grant is made
// for it (asked from kAdultAge); a birth after that day is asked about either way.
enum class AgeReference { today, grant_start };
std::optional<PlausibilityQuestion> child_age_question(Date birth, Date on, AgeReference reference,
                                                       const std::string& field);
std::optional<PlausibilityQuestion> hourly_wage_question(Money wage, const std::string& field);
std::optional<PlausibilityQuestion> weekly_hours_question(Hours hours, const std::string& field);

// Everything a record asks: the child on `today`, the helper's wage, a grant
// (the child on its start, each version), one version.
PlausibilityQuestions child_questions(const Child& child, Date today);
PlausibilityQuestions helper_questions(const Helper& helper);
PlausibilityQuestions version_questions(const GrantVersion& version);
PlausibilityQuestions grant_questions(const Grant& grant, Date child_birth);

// The refusal while questions are unconfirmed: 409 over the API, code
// needs_confirmation; field() is the first question's field. Nothing is stored.
class NeedsConfirmation : public Conflict {
public:
    explicit NeedsConfirmation(PlausibilityQuestions questions);
    const PlausibilityQuestions& questions() const { return questions_; }
    const std::string& field() const { return questions_.front().field; }

private:
    PlausibilityQuestions questions_;
};

} // namespace hjt
