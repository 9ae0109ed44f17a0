// Personal data over the API (issue 17): every display of a full CPR number is
// logged (who, whose, when) and readable by admin and auditor; a family's own
// data is exported on request, permission-checked and audited.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

long long cpr_views(ApiServer& server, const std::string& viewer) {
    long long n = 0;
    server.db().session() << "SELECT COUNT(*) FROM cpr_views WHERE viewer = :v", soci::into(n), soci::use(viewer);
    return n;
}

} // namespace

TEST_CASE("a full CPR number shown in a record view is logged: who, whose, when, masked views and lists are not",
          "[api][cpr-log]") {
    ApiServer server("cpr_log");
    const auto& api = server.client();
    const auto& w = server.world();
    const std::string child = "/api/v1/children/" + std::to_string(w.child_a);

    auto shown = api.get(child, server.login(Users::caseworker));
    REQUIRE(shown.status == 200);
    CHECK(shown.text("cpr") == "010115-4001");
    CHECK(cpr_views(server, Users::caseworker) == 1);
    std::string entity, role, channel, at;
    long long entity_id = 0, family = 0;
    const std::string viewer = Users::caseworker;
    server.db().session() << "SELECT entity, entity_id, family_id, viewer_role, channel, viewed_at FROM cpr_views"
                             " WHERE viewer = :v",
        soci::into(entity), soci::into(entity_id), soci::into(family), soci::into(role), soci::into(channel),
        soci::into(at), soci::use(viewer);
    CHECK(entity == "child");
    CHECK(entity_id == w.child_a);
    CHECK(family == w.family_a);
    CHECK(role == "caseworker");
    CHECK(channel == "api");
    CHECK(at.size() == 20);  // 2026-12-04T20:50:00Z

    // The family's own helper, in full to the family user: logged too.
    auto helper = api.get("/api/v1/helpers/" + std::to_string(w.helper_a), server.login(Users::family_a));
    CHECK(helper.text("cpr") == "050590-1001");
    CHECK(cpr_views(server, Users::family_a) == 1);

    // Masked: finance's record view, everyone's lists. Nothing logged.
    CHECK(api.get(child, server.login(Users::finance)).text("cpr") == "010115-XXXX");
    CHECK(api.get("/api/v1/families/" + std::to_string(w.family_a) + "/children", server.login(Users::caseworker))
              .status == 200);
    CHECK(cpr_views(server, Users::finance) == 0);
    CHECK(cpr_views(server, Users::caseworker) == 1);

    // The log: admin and auditor read it (newest first, one family's on request); nobody else.
    auto log = api.get("/api/v1/cpr-log", server.login(Users::auditor));
    REQUIRE(log.status == 200);
    CHECK(log.item_count() == 2);
    CHECK(log.json->getArray("items")->getObject(0)->getValue<std::string>("viewer") == Users::family_a);
    CHECK(api.get("/api/v1/cpr-log?family=" + std::to_string(w.family_b), server.login(Users::admin)).item_count() == 0);
    CHECK(api.get("/api/v1/cpr-log?family=x", server.login(Users::admin)).status == 400);
    for (const char* refused : {Users::caseworker, Users::finance, Users::family_a})
        CHECK(api.get("/api/v1/cpr-log", server.login(refused)).status == 403);
}

TEST_CASE("a family's own data is exported on request: admin or the family itself, every full CPR logged, audited",
          "[api][subject-access]") {
    ApiServer server("subject_access");
    const auto& api = server.client();
    const auto& w = server.world();
    const std::string path = "/api/v1/families/" + std::to_string(w.family_a) + "/subject-access";

    auto own = api.get(path, server.login(Users::family_a));
    REQUIRE(own.status == 200);
    CHECK(own.json->getObject("family")->getValue<std::string>("name") == "Familie A");
    auto children = own.json->getArray("children");
    REQUIRE(children->size() == 1);
    CHECK(children->getObject(0)->getValue<std::string>("cpr") == "010115-4001");
    CHECK(children->getObject(0)->getArray("grants")->size() == 1);
    CHECK(children->getObject(0)->getArray("lost_earnings")->getObject(0)->getValue<std::string>("parent_cpr") ==
          "101080-1234");
    CHECK(own.json->getArray("helpers")->size() == 1);
    CHECK(own.json->getArray("expenses")->size() == 1);
    CHECK(own.json->getObject("ledger")->has("postings"));
    // The child, the award's parent and the helper: three people's numbers shown.
    CHECK(cpr_views(server, Users::family_a) == 3);
    long long audited = 0;
    const std::string family_entity = std::to_string(w.family_a);
    server.db().session() << "SELECT COUNT(*) FROM audit_log WHERE action = 'subject-access' AND entity_id = :f",
        soci::into(audited), soci::use(family_entity);
    CHECK(audited == 1);

    CHECK(api.get(path, server.login(Users::admin)).status == 200);
    // Another family's data is not confirmed to exist; staff other than admin are refused.
    CHECK(api.get(path, server.login(Users::family_b)).status == 404);
    std::vector<std::string> refused;
    for (const char* user : {Users::caseworker, Users::finance, Users::auditor}) refused.push_back(server.login(user));
    const auto before = server.row_counts();
    for (const auto& token : refused) CHECK(api.get(path, token).status == 403);
    CHECK(server.row_counts() == before);
}
