#include "domain/shift_overlap.h"

#include <algorithm>
#include <tuple>

namespace hjt {

namespace {

template <class Spans>
std::vector<ShiftClash> overlaps_of(Spans& spans) {
    std::sort(spans.begin(), spans.end(), [](const ShiftSpan& a, const ShiftSpan& b) {
        return std::tie(a.helper_id, a.start, a.end) < std::tie(b.helper_id, b.start, b.end);
    });
    std::vector<ShiftClash> clashes;
    // One sweep per helper: a shift overlaps when it starts before the latest
    // end seen so far among that helper's earlier-starting shifts.
    const ShiftSpan* reaching = nullptr;
    for (const auto& s : spans) {
        if (reaching && reaching->helper_id == s.helper_id && s.start < reaching->end) {
            if (!s.stored || !reaching->stored) clashes.push_back({s.stored ? *reaching : s, s.stored ? s : *reaching});
        }
        if (!reaching || reaching->helper_id != s.helper_id || s.end > reaching->end) reaching = &s;
    }
    return clashes;
}

} // namespace

std::vector<ShiftClash> find_overlaps(std::vector<ShiftSpan>& spans) { return overlaps_of(spans); }

std::vector<ShiftClash> find_overlaps(std::deque<ShiftSpan>& spans) { return overlaps_of(spans); }

} // namespace hjt
