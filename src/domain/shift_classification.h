// A shift's real length and how much of it the municipality subsidises
// (domain.md §5). Refusals (end ≤ start, longer than 16 h, outside the
// helper's employment, a wall time that does not exist) are ValidationErrors
// naming the field; overlaps need the other shifts and live in shift_overlap.h.
#pragma once

#include <array>
#include <span>
#include <string>

#include "domain/copenhagen_clock.h"
#include "domain/holidays.h"
#include "domain/shift_times.h"

namespace hjt {

// Why part of a shift is not subsidised, strongest first: a day outside every
// grant says more than "weekend", a holiday more than "before 07:00".
enum class Exclusion { outside_grant, public_holiday, weekend, before_window, after_window };

std::string to_string(Exclusion e);  // "outside_grant", ... (storage and JSON)
std::optional<Exclusion> parse_exclusion(const std::string& text);

struct ExcludedPart {
    Exclusion reason = Exclusion::weekend;
    const std::string* holiday = nullptr;  // the holiday's name for public_holiday
    int minutes = 0;                       // real minutes
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

// "after 16:00", "weekend", "public holiday (Skærtorsdag)", ... in words for people.
std::string describe(const ExcludedPart& part, const Policy& policy);

constexpr int max_shift_minutes = 16 * 60;

class ShiftClassifier {
public:
    explicit ShiftClassifier(const Policy& policy);

    // `grants`: the periods of the family's grants; a day in none is outside the grant.
    ShiftClassification classify(const ShiftTimes& shift, const Period& employment,
                                 std::span<const Period> grants) const;

    const Policy& policy() const { return policy_; }

private:
    Policy policy_;
    HolidayCalendar holidays_;
    CopenhagenClock clock_;
};

} // namespace hjt
