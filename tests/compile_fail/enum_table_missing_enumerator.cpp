// A code table must list every enumerator of its enum: with -DHJT_BREAK the
// table of RunStatus leaves out "paid" and does not compile, so a new
// enumerator cannot be stored as some fallback text. The control lists all.
#include "domain/statuses.h"

namespace {
constexpr auto kCodes = hjt::enum_table<hjt::RunStatus>({
    {hjt::RunStatus::draft, "draft"},
    {hjt::RunStatus::approved, "approved"},
#ifndef HJT_BREAK
    {hjt::RunStatus::paid, "paid"},
#endif
});
} // namespace

const char* first_code() { return kCodes[0].text; }
