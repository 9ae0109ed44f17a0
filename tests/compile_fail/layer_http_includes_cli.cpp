// The CLI starts the API (hjt serve), never the other way round. Built with
// -DHJT_BREAK an http source includes a CLI header and the build fails.
// layer: hjt_http
#ifdef HJT_BREAK
#include "cli/command.h"
#else
#include "http/router.h"
#endif

int layer_http_includes_cli() { return 0; }
