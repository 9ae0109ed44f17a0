// POST /api/v1/eindkomst/{month} (issue 23): the month's eIndkomst files
// through the service `hjt eindkomst` uses, finance only.
#include <catch2/catch.hpp>

#include "api_fixture.h"

using namespace hjt;
using namespace hjt::test;

namespace {

long long stored_reports(ApiServer& server) {
    long long n = 0;
    server.db().session() << "SELECT COUNT(*) FROM eindkomst_reports", soci::into(n);
    return n;
}

} // namespace

TEST_CASE("finance produces the month's eIndkomst files over the API: per employer the file, its counts and "
          "refusals, others are refused and nothing is stored",
          "[api][eindkomst]") {
    ApiServer server("eindkomst_api");
    server.seed_rates_and_policy();
    const auto& api = server.client();
    const std::string path = "/api/v1/eindkomst/2026-01";

    // Family, caseworker and auditor are refused before anything is reported; so is admin (finance's task).
    std::vector<std::string> refused;
    for (const char* user : {Users::family_a, Users::caseworker, Users::auditor, Users::admin})
        refused.push_back(server.login(user));
    const auto before = server.row_counts();
    for (const auto& token : refused) CHECK(api.post(path, "{}", token).status == 403);
    CHECK(server.row_counts() == before);

    const std::string finance = server.login(Users::finance);
    auto bad = api.post("/api/v1/eindkomst/2026-13", "{}", finance);
    CHECK(bad.status == 400);
    CHECK(bad.error_field() == "month");
    CHECK(stored_reports(server) == 0);

    auto sent = api.post(path, R"({"test": true})", finance);
    REQUIRE(sent.status == 200);
    CHECK(sent.json->getValue<std::string>("month") == "2026-01");
    const auto employers = sent.json->getArray("employers");
    REQUIRE(employers->size() > 0);
    long long files = 0, refusals = 0;
    for (std::size_t i = 0; i < employers->size(); ++i) {
        const auto e = employers->getObject(static_cast<unsigned>(i));
        INFO(e->getValue<std::string>("family_name"));
        if (e->has("refused")) {
            ++refusals;
            CHECK(e->getValue<std::string>("file_name").empty());
            CHECK_FALSE(e->getValue<std::string>("field").empty());
            continue;
        }
        const std::string name = e->getValue<std::string>("file_name");
        const std::string content = e->getValue<std::string>("content");
        if (name.empty()) {  // nothing to send (the municipality: no approved run paid lost earnings)
            CHECK(content.empty());
            continue;
        }
        ++files;
        CHECK(name.rfind("eindkomst-" + e->getValue<std::string>("employer_se") + "-2026-01-HJT", 0) == 0);
        // Record 1000 opens the file and record 9999 ends it (after the 7-digit line number); lines end in CR LF.
        REQUIRE(content.size() > 13);
        CHECK(content.compare(7, 4, "1000") == 0);
        const auto last = content.rfind("\r\n", content.size() - 3);
        REQUIRE(last != std::string::npos);
        CHECK(content.compare(last + 2 + 7, 4, "9999") == 0);
        CHECK(content.compare(content.size() - 2, 2, "\r\n") == 0);
        CHECK((e->getValue<int>("reports") + e->getValue<int>("corrections") > 0 || e->getValue<bool>("zero_report")));
    }
    CHECK(files > 0);
    CHECK(sent.json->getValue<long long>("refused") == refusals);
    const long long reported = stored_reports(server);
    CHECK(reported > 0);

    // Sent once: the same month again has nothing new to send.
    auto again = api.post(path, "{}", finance);
    REQUIRE(again.status == 200);
    const auto second = again.json->getArray("employers");
    for (std::size_t i = 0; i < second->size(); ++i)
        if (!second->getObject(static_cast<unsigned>(i))->has("refused"))
            CHECK(second->getObject(static_cast<unsigned>(i))->getValue<std::string>("file_name").empty());
    CHECK(stored_reports(server) == reported);
}
