// The store sits under the services: a store source cannot include an app
// header. Built with -DHJT_BREAK the build fails; the control includes what
// the store may: its own headers, the domain's and support's.
// layer: hjt_store
#ifdef HJT_BREAK
#include "app/auth.h"
#else
#include "domain/entities.h"
#include "store/database.h"
#include "support/sha256.h"
#endif

int layer_store_includes_app() { return 0; }
