// A code table lists its enum's enumerators in order: with -DHJT_BREAK two
// are swapped and the table does not compile. The control keeps the order.
#include "domain/statuses.h"

namespace {
constexpr auto kCodes = hjt::enum_table<hjt::RunStatus>({
#ifdef HJT_BREAK
    {hjt::RunStatus::approved, "approved"},
    {hjt::RunStatus::draft, "draft"},
#else
    {hjt::RunStatus::draft, "draft"},
    {hjt::RunStatus::approved, "approved"},
#endif
    {hjt::RunStatus::paid, "paid"},
});
} // namespace

const char* first_code() { return kCodes[0].text; }
