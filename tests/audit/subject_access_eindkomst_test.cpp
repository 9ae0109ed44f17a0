// Subject access (GDPR art. 15) includes what was reported to eIndkomst about
// the family (issue 23): its helpers' reports under its CVR/SE number and the
// municipality's report of a parent's lost earnings, with every amount.
#include <catch2/catch.hpp>

#include "app/eindkomst_service.h"
#include "app/subject_access.h"
#include "sample_books.h"

using namespace hjt;

namespace {

constexpr Id kPedersen = 4;  // F004 of sample-data: CVR/SE 89369991, helpers H007 and H008, C005's parent on lost earnings
const std::string kMunicipalitySe = "20000007";

} // namespace

TEST_CASE("subject access includes what was reported to eIndkomst about the family: its helpers and a parent, "
          "with the amounts",
          "[subject-access][eindkomst]") {
    test::SampleBooks books("subject_access_eindkomst");
    books.db().in_transaction([](soci::session& sql) {
        app::report_eindkomst(sql, test::finance_actor("finance1"), date::year{2026} / date::January,
                              app::EindkomstOptions{false, kMunicipalitySe});
    });
    const long long own = books.number("SELECT COUNT(*) FROM eindkomst_reports WHERE kind <> 'file'"
                                       " AND employer_se = '89369991'");
    REQUIRE(own > 0);

    Poco::JSON::Object::Ptr out;
    books.db().in_transaction([&](soci::session& sql) { out = app::subject_access(sql, test::admin_actor("admin1"), kPedersen); });
    REQUIRE(out->has("eindkomst"));
    const auto reports = out->getArray("eindkomst");
    long long under_own = 0, parents = 0, sum = 0;
    for (std::size_t i = 0; i < reports->size(); ++i) {
        const auto r = reports->getObject(static_cast<unsigned>(i));
        CHECK(r->getValue<std::string>("month") == "2026-01");
        CHECK(r->getValue<std::string>("report_id").rfind("HJT", 0) == 0);
        if (r->getValue<std::string>("employer_se") == "89369991") ++under_own;
        if (r->getValue<std::string>("person_kind") == "parent") {
            ++parents;
            CHECK(r->getValue<std::string>("employer_se") == kMunicipalitySe);
        }
        const auto values = r->getArray("values");
        for (std::size_t v = 0; v < values->size(); ++v)
            sum += values->getObject(static_cast<unsigned>(v))->getValue<long long>("value");
    }
    CHECK(under_own == own);
    CHECK(parents == 1);
    // Every value stored for those reports, and nothing of another family's.
    CHECK(sum == books.number("SELECT SUM(v.value) FROM eindkomst_report_values v JOIN eindkomst_reports r"
                              " ON r.id = v.report_id WHERE r.employer_se = '89369991' OR (r.person_kind = 'parent'"
                              " AND r.person_id IN (SELECT a.id FROM lost_earnings_awards a JOIN children c"
                              " ON c.id = a.child_id WHERE c.family_id = 4))"));
    CHECK(out->getArray("eindkomst")->size() == static_cast<std::size_t>(own + parents));
}
