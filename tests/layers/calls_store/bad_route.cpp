// The check's own test (CMakeLists.txt: "layers: the check finds a store
// call"): a front-end file that reads the store directly, which
// front_ends_call_app.cmake must refuse. Never compiled.
Response list_runs(RequestContext& ctx) {
    // store::list_payout_runs(ctx.sql) in a comment is not a call
    return Response::ok(items_json(store::list_payout_runs(ctx.sql)));
}
