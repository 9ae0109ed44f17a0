// Validated, audited changes to helpers' shifts (domain.md §5). Every function
// runs in the caller's transaction and starts by taking the write lock for the
// family (store::lock_family_shifts; all families for a file without one)
// before it reads any shift (after the actor's permission, app/permissions.h
// family_edit: a family user only its own family's shifts), so two imports for one family at the same time
// cannot both miss each other's overlaps.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "app/auth.h"
#include "app/progress.h"
#include "app/shift_file.h"
#include "domain/calendar.h"
#include "domain/policy.h"
#include "domain/shift_record.h"

namespace hjt::app {

// One shift through the API: worked hours, or sick hours (paid at the wage;
// shift_record.h). ValidationError naming the field: "helper_id" (not this
// family's), "date", "start", "end" (see ShiftClassifier), and "start" for an
// overlap with another shift of the helper. NotFound for an unknown helper.
ShiftRecord add_shift(soci::session& sql, const User& actor, Id helper_id, const ShiftTimes& times,
                      const Policy& policy, ShiftKind kind = ShiftKind::work);

// The shift as add_shift (or update_shift of `replacing`) would store it,
// classified and checked for overlaps, but not stored: the web week view
// shows the excluded minutes and their reasons while the family types. The
// same errors as add_shift.
ShiftRecord preview_shift(soci::session& sql, Id helper_id, const ShiftTimes& times, const Policy& policy,
                          std::optional<Id> replacing = std::nullopt, ShiftKind kind = ShiftKind::work);

// A stored shift with new times (the same helper), classified and checked
// again; an overlap with the shift's own old times is no overlap. `kind`
// changes the shift's kind; nullopt keeps it. Audited with before and after.
// NotFound for an unknown shift.
ShiftRecord update_shift(soci::session& sql, const User& actor, Id shift_id, const ShiftTimes& times,
                         const Policy& policy, std::optional<ShiftKind> kind = std::nullopt);
// Removes a shift entered by mistake; audited with what it was.
void delete_shift(soci::session& sql, const User& actor, Id shift_id, const Policy& policy);

struct ShiftImportReport {
    std::string source;
    long long shifts = 0;
    long long minutes = 0;
    long long subsidisable_minutes = 0;
};

// All or nothing: every row is checked (helper of `family_id`, or of any
// family when none is given; kind "work"/"sick" or empty; times, employment, overlaps within the file and
// with stored shifts); any problem throws ShiftFileRejected listing every bad
// line, and nothing is stored. Otherwise all rows are stored with one audit
// entry for the import. NotFound for an unknown family. The file is read as
// it is checked (a row at a time), so it is taken, not shared.
ShiftImportReport import_shifts(soci::session& sql, const User& actor, std::optional<Id> family_id,
                                ShiftFile file, const Policy& policy, const Progress& progress = {});

// The policy a shift on `day` is classified under: the one in force on 1
// January of its year (the window and holidays are year-long settings).
Policy shift_policy(soci::session& sql, Date day);

// The same with the stored policy: what the front ends call. import_shifts
// reads the policy after it has taken the lock (the lock is the transaction's
// first write, so two imports queue on it).
ShiftRecord add_shift(soci::session& sql, const User& actor, Id helper_id, const ShiftTimes& times,
                      ShiftKind kind = ShiftKind::work);
ShiftRecord preview_shift(soci::session& sql, Id helper_id, const ShiftTimes& times,
                          std::optional<Id> replacing = std::nullopt, ShiftKind kind = ShiftKind::work);
ShiftRecord update_shift(soci::session& sql, const User& actor, Id shift_id, const ShiftTimes& times,
                         std::optional<ShiftKind> kind = std::nullopt);
void delete_shift(soci::session& sql, const User& actor, Id shift_id);
ShiftImportReport import_shifts(soci::session& sql, const User& actor, std::optional<Id> family_id,
                                ShiftFile file, const Progress& progress = {});

// A helper's shifts of a month with their totals, and the policy that
// describes their excluded parts. NotFound for an unknown helper; Forbidden
// for a family user of another family (read_own_family).
struct HelperShifts {
    Helper helper;
    Month month;
    Policy policy;
    std::vector<ShiftRecord> shifts;
    long long minutes = 0;
    long long subsidisable_minutes = 0;
};
HelperShifts helper_shifts(soci::session& sql, const User& actor, Id helper_id, Month month);

} // namespace hjt::app
