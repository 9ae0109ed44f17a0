// The domain is pure: it reaches no layer above it. Built with -DHJT_BREAK
// this domain source includes a store header, which its include roots do not
// hold, so the build fails; the control includes a domain header.
// layer: hjt_domain
#ifdef HJT_BREAK
#include "store/database.h"
#else
#include "domain/units.h"
#endif

int layer_domain_includes_store() { return 0; }
