#include "http/api_routes.h"

namespace hjt::http {

Router api_routes(const Settings& settings) {
    Router router;
    add_session_routes(router, settings);
    add_user_routes(router, settings);
    add_register_routes(router, settings);
    add_payout_routes(router, settings);
    add_shift_routes(router, settings);
    add_statement_routes(router, settings);
    add_letter_routes(router, settings);
    add_rate_routes(router, settings);
    add_policy_routes(router, settings);
    add_audit_routes(router, settings);
    add_reconciliation_routes(router, settings);
    add_claims_routes(router, settings);
    add_privacy_routes(router, settings);
    add_eindkomst_routes(router, settings);
    return router;
}

} // namespace hjt::http
