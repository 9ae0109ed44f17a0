// The services are shared by the API and the CLI and know neither. Built with
// -DHJT_BREAK an app source includes an http header and the build fails; the
// control includes what the app layer may: the store, reports, domain.
// layer: hjt_app
#ifdef HJT_BREAK
#include "http/router.h"
#else
#include "app/payout_service.h"
#include "reports/pain001.h"
#include "store/database.h"
#endif

int layer_app_includes_http() { return 0; }
