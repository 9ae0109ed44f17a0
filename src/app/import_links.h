// The checks of an import folder that look across rows, files and the
// database: unique keys and CVR numbers, references to keys that exist, grant
// versions inside their grant, fixed lines and budgets with a version to
// belong to. Each problem is recorded; nothing is written.
#pragma once

#include <soci/soci.h>

#include "app/import_rows.h"

namespace hjt::app {

void check_import_links(soci::session& sql, const ImportRows& rows, ImportErrors& errors);

} // namespace hjt::app
