#include "domain/shift_overlap.h"

#include <algorithm>
#include <tuple>

namespace hjt {

namespace {

// What the sweep compares of either kind of span: helper, start, end.
std::tuple<Id, UtcMinutes, UtcMinutes> sweep_key(const ShiftSpan& s) { return {s.helper_id, s.start, s.end}; }
std::tuple<std::uint32_t, std::int32_t, std::int32_t> sweep_key(const PackedShift& s) {
    return {s.helper, s.start, s.start + s.minutes};
}

template <class Span, class Spans>
std::vector<Clash<Span>> overlaps_of(Spans& spans) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return sweep_key(a) < sweep_key(b); });
    std::vector<Clash<Span>> clashes;
    // One sweep per helper: a shift overlaps when it starts before the latest
    // end seen so far among that helper's earlier-starting shifts.
    const Span* reaching = nullptr;
    for (const Span& s : spans) {
        const auto [helper, start, end] = sweep_key(s);
        const bool same_helper = reaching && std::get<0>(sweep_key(*reaching)) == helper;
        const auto reached = same_helper ? std::get<2>(sweep_key(*reaching)) : end;
        if (same_helper && start < reached) {
            if (!s.stored || !reaching->stored) clashes.push_back({s.stored ? *reaching : s, s.stored ? s : *reaching});
        }
        if (!same_helper || end > reached) reaching = &s;
    }
    return clashes;
}

} // namespace

std::vector<ShiftClash> find_overlaps(std::vector<ShiftSpan>& spans) { return overlaps_of<ShiftSpan>(spans); }

std::vector<PackedClash> find_overlaps(std::deque<PackedShift>& shifts) { return overlaps_of<PackedShift>(shifts); }

} // namespace hjt
