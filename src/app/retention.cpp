#include "app/retention.h"

#include <Poco/JSON/Object.h>

#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/retention_store.h"
#include "support/clock.h"

namespace hjt::app {

std::vector<AnonymisedFamily> anonymise_closed_cases(soci::session& sql, const User& actor, int before_year,
                                                     int retention_years, Date today) {
    require_permission(actor, Operation::retention);
    const int latest_allowed = static_cast<int>(date::year_month_day(today).year()) - retention_years;
    if (before_year < 2000 || before_year > latest_allowed)
        throw ValidationError("--before",
                              Message{MessageCode::retention_year_out_of_range,
                                      {std::to_string(latest_allowed), std::to_string(retention_years),
                                       std::to_string(before_year)}});
    const std::string at = support::utc_now();
    std::vector<AnonymisedFamily> done;
    // A family at a time, each its own audit entry over the rows it changed
    // (anonymise_family: a few statements a family and one a child, helper
    // and award, since each new name carries its row's id). Retention runs
    // once a year over the cases closed since, not over the municipality.
    for (const store::ClosedCase& c : store::closed_cases(sql, before_year)) {
        store::RowSeals seals;
        const store::Anonymised counts = store::anonymise_family(sql, c.family_id, seals);
        // The entry says what was done, never what was there.
        Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
        after->set("closed_year", c.closed_year);
        after->set("before_year", before_year);
        after->set("children", counts.children);
        after->set("helpers", counts.helpers);
        after->set("awards", counts.awards);
        after->set("payees", counts.payees);
        const Id entry = store::append_audit(
            sql, {actor.username, "anonymise", "family", std::to_string(c.family_id), "", stringify(after)}, seals);
        store::record_anonymised(sql, c, at, actor.username, entry);
        done.push_back({c.family_id, c.closed_year, entry, counts.children, counts.helpers, counts.awards, counts.payees});
    }
    return done;
}

} // namespace hjt::app
