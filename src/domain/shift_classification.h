// A shift's real length and how much of it the municipality subsidises
// (domain.md §5). Refusals (end ≤ start, longer than 16 h, outside the
// helper's employment, a wall time that does not exist) are ValidationErrors
// naming the field; overlaps need the other shifts and live in shift_overlap.h.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "domain/copenhagen_clock.h"
#include "domain/entities.h"
#include "domain/holidays.h"
#include "domain/enum_texts.h"
#include "domain/shift_times.h"

namespace hjt {

// Why part of a shift is not subsidised, strongest first: a day outside every
// grant says more than "weekend", a holiday more than "before 07:00".
enum class Exclusion { outside_grant, public_holiday, weekend, before_window, after_window };

std::span<const EnumText<Exclusion>> codes(Exclusion);  // "outside_grant", ... (storage and JSON)
inline std::optional<Exclusion> parse_exclusion(const std::string& text) { return parse_code<Exclusion>(text); }

struct ExcludedPart {
    Exclusion reason = Exclusion::weekend;
    const std::string* holiday = nullptr;  // the holiday's name for public_holiday
    int minutes = 0;                       // real minutes
    // For before_window/after_window: the window that applied when a grant
    // version widened the policy's (-1: the policy's own).
    int window_start = -1;
    int window_end = -1;
};

// The days a grant version is in force (its effective period within the
// grant) and the subsidisable window for them: the version's own, or the policy's.
struct GrantWindow {
    Period days;
    PayWindow window;
};

struct ShiftClassification {
    UtcMinutes start_utc;
    UtcMinutes end_utc;
    int minutes = 0;               // real elapsed minutes
    int subsidisable_minutes = 0;
    // A shift covers at most two days and each day gives at most two parts, so
    // a fixed array keeps classification free of allocations.
    std::array<ExcludedPart, 4> excluded{};
    int excluded_count = 0;

    std::span<const ExcludedPart> excluded_parts() const { return {excluded.data(), static_cast<std::size_t>(excluded_count)}; }
};

// "after 16:00 (window 07:00–16:00)", "weekend", "public holiday (Skærtorsdag)", ...
// in words for people; the window is the part's own when a grant widened it.
std::string describe(const ExcludedPart& part, const Policy& policy);

// The grant windows of a family's grants: each version from its effective date
// to the day before the next one, within the grant's validity, with its own
// window or else the policy's.
std::vector<GrantWindow> grant_windows(const std::vector<Grant>& grants, const Policy& policy);

constexpr int max_shift_minutes = 16 * 60;

class ShiftClassifier {
public:
    explicit ShiftClassifier(const Policy& policy);

    // `grants`: the family's grant windows; a day in none is outside the
    // grant. On a day with several (two children), the widest applies: the
    // earliest start, the latest end, weekends if any allows them.
    ShiftClassification classify(const ShiftTimes& shift, const Period& employment,
                                 std::span<const GrantWindow> grants) const;

    const Policy& policy() const { return policy_; }

private:
    Policy policy_;
    HolidayCalendar holidays_;
    CopenhagenClock clock_;
};

} // namespace hjt
