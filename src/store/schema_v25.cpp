#include "store/schema.h"

namespace hjt::store {

// Version 25: shifts without the index by family and date (issue 18). A
// month's import landed on one page of it a family besides one of the
// (helper_id, start_min) index a helper: at 10,000 families 22,649 pages were
// written for 96,013 shifts, 13,539 without it. A family's shifts are read
// through its helpers by the helper index instead (store/shift_store.cpp).
std::vector<std::string> schema_v25() { return {"DROP INDEX shifts_family"}; }

} // namespace hjt::store
