// Comparing names as people write them: surrounding spaces and case do not
// matter (an expense category, a payer's name on a bank entry).
#pragma once

#include <string>

namespace hjt {

// `text` without surrounding spaces and tabs.
std::string trimmed(const std::string& text);

// Trimmed and folded to lower case: ASCII and the Danish capitals Æ Ø Å.
std::string folded(const std::string& text);

} // namespace hjt
