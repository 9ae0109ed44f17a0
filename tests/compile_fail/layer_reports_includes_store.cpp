// A report writer formats what it is given and reads no database. Built with
// -DHJT_BREAK a reports source includes a store header and the build fails.
// layer: hjt_reports
#ifdef HJT_BREAK
#include "store/database.h"
#else
#include "reports/bank_csv.h"
#endif

int layer_reports_includes_store() { return 0; }
