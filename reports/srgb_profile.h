// The sRGB ICC profile (IEC 61966-2.1, ICC v2, device class "mntr") that a
// PDF/A letter names as its output intent: Debian's icc-profiles-free
// /usr/share/color/icc/sRGB.icc (Kai-Uwe Behrmann, Marti Maria et al., Zlib
// licence), compiled in by CMakeLists.txt so a letter needs no file at run time.
#pragma once

#include <string_view>

namespace hjt::reports {

std::string_view srgb_profile();

} // namespace hjt::reports
