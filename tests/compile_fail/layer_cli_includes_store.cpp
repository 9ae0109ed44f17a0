// Like the API, the CLI reaches the store only through the app layer. Built
// with -DHJT_BREAK a CLI source includes the register repository and the
// build fails; the control includes the service and the server it may use.
// layer: hjt_cli
#ifdef HJT_BREAK
#include "store/register_repository.h"
#else
#include "app/register_reads.h"
#include "http/server.h"
#endif

int layer_cli_includes_store() { return 0; }
