// Validated, audited changes to helpers' shifts (domain.md §5). Every function
// runs in the caller's transaction and starts by taking the write lock for the
// family (store::lock_family_shifts; all families for a file without one)
// before it reads any shift, so two imports for one family at the same time
// cannot both miss each other's overlaps.
#pragma once

#include <soci/soci.h>

#include "app/progress.h"
#include "app/shift_file.h"
#include "domain/policy.h"
#include "domain/shift_record.h"

namespace hjt::app {

// One shift through the API. ValidationError naming the field: "helper_id"
// (not this family's), "date", "start", "end" (see ShiftClassifier), and
// "start" for an overlap with another shift of the helper. NotFound for an unknown helper.
ShiftRecord add_shift(soci::session& sql, const std::string& actor, Id helper_id, const ShiftTimes& times,
                      const Policy& policy);

struct ShiftImportReport {
    std::string source;
    long long shifts = 0;
    long long minutes = 0;
    long long subsidisable_minutes = 0;
};

// All or nothing: every row is checked (helper of `family_id`, or of any
// family when none is given; times, employment, overlaps within the file and
// with stored shifts); any problem throws ShiftFileRejected listing every bad
// line, and nothing is stored. Otherwise all rows are stored with one audit
// entry for the import. NotFound for an unknown family.
ShiftImportReport import_shifts(soci::session& sql, const std::string& actor, std::optional<Id> family_id,
                                const ShiftFile& file, const Policy& policy, const Progress& progress = {});

} // namespace hjt::app
