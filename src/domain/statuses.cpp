#include "domain/statuses.h"

namespace hjt {
namespace {

constexpr auto kRunStatusCodes =
    enum_table<RunStatus>({{RunStatus::draft, "draft"}, {RunStatus::approved, "approved"}, {RunStatus::paid, "paid"}});
constexpr auto kReconciliationStatusCodes = enum_table<ReconciliationStatus>(
    {{ReconciliationStatus::draft, "draft"}, {ReconciliationStatus::final, "final"}});

} // namespace

std::span<const EnumText<RunStatus>> codes(RunStatus) { return kRunStatusCodes; }
std::span<const EnumText<ReconciliationStatus>> codes(ReconciliationStatus) { return kReconciliationStatusCodes; }

} // namespace hjt
