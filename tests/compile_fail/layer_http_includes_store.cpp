// The front ends reach the store only through the app layer: an http source
// sees the store headers the app layer's own headers name (the database
// handle for transactions, the stored types services return), no other.
// Built with -DHJT_BREAK it includes the payout store and the build fails.
// layer: hjt_http
#include "app/payout_service.h"
#include "store/database.h"
#ifdef HJT_BREAK
#include "store/payout_store.h"
#endif

int layer_http_includes_store() { return 0; }
