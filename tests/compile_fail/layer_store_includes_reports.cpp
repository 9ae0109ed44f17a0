// The store and the report writers are side by side over the domain: neither
// includes the other. Built with -DHJT_BREAK a store source includes a report
// writer and the build fails.
// layer: hjt_store
#ifdef HJT_BREAK
#include "reports/bank_csv.h"
#else
#include "store/payout_store.h"
#endif

int layer_store_includes_reports() { return 0; }
