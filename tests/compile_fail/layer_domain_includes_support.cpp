// The domain does no IO, so not even support (the clock, SHA-256) is in its
// reach. Built with -DHJT_BREAK a domain source includes support/clock.h and
// the build fails; the control includes a domain header.
// layer: hjt_domain
#ifdef HJT_BREAK
#include "support/clock.h"
#else
#include "domain/calendar.h"
#endif

int layer_domain_includes_support() { return 0; }
