// The claims settings of the policy (claims.*): optional, in range, round trip.
#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "domain/policy.h"

using namespace hjt;

TEST_CASE("the claims settings are optional, checked for range and written back", "[claims][policy]") {
    Policy base;
    base.employer_oncost_per_hour[2024] = Money::kroner(6);
    auto settings = policy_settings(base);
    CHECK(settings.at("claims.due_days") == "30");
    for (const char* key : {"claims.due_days", "claims.reminder_count", "claims.reminder_spacing_days",
                            "claims.setoff_max_share_bp"})
        settings.erase(key);
    CHECK(policy_from_settings(settings, "t").claims == ClaimTerms{});
    settings["claims.setoff_max_share_bp"] = "2500";
    settings["claims.due_days"] = "14";
    auto policy = policy_from_settings(settings, "t");
    CHECK(policy.claims.setoff_max_share_bp == 2500);
    CHECK(policy.claims.due_days == 14);
    CHECK(policy_settings(policy).at("claims.setoff_max_share_bp") == "2500");
    settings["claims.setoff_max_share_bp"] = "10001";
    CHECK_THROWS_AS(policy_from_settings(settings, "t"), ValidationError);
    settings["claims.setoff_max_share_bp"] = "-1";
    CHECK_THROWS_AS(policy_from_settings(settings, "t"), ValidationError);
    settings["claims.setoff_max_share_bp"] = "0";
    settings["claims.due_days"] = "0";
    CHECK_THROWS_AS(policy_from_settings(settings, "t"), ValidationError);
}
