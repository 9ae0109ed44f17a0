#include "app/health.h"

#include "store/writability.h"

namespace hjt::app {

Readiness readiness(soci::session& sql, const Settings& settings) {
    int one = 0;
    sql << "SELECT 1", soci::into(one);  // the database answers (an exception otherwise: 500/503)
    const store::Writability w = store::check_writable(sql, settings.database);
    return {w.writable, w.writable ? "" : "databasen kan ikke skrive: " + w.reason};
}

} // namespace hjt::app
