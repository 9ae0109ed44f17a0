// The register as lists a person can pick from (issue 19): families, helpers
// and lost-earnings awards with their import keys and ids, so the command line
// can name them ("--family F004" or "--family 4"). A family user sees only its
// own family; staff who may read across families see all, or one with `family`.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "app/permissions.h"
#include "domain/entities.h"
#include "domain/lost_earnings.h"

namespace hjt::app {

struct FamilyListing {
    Family family;
    std::string key;  // families.csv's key; "" for a family made in the pages or over the API
};

struct HelperListing {
    Helper helper;
    std::string key;
    std::string family_name;
};

struct AwardListing {
    LostEarningsAward award;
    Child child;
    std::string family_name;
    // The parent's lost income a full month as awarded (domain/lost_earnings.h
    // awarded_monthly_reduction); nullopt while the normal weekly hours are missing.
    std::optional<Money> monthly_reduction;
    AwardState state = AwardState::running;  // today, Europe/Copenhagen
};

std::vector<FamilyListing> list_family_keys(soci::session& sql, const User& actor);
std::vector<HelperListing> list_helper_keys(soci::session& sql, const User& actor, std::optional<Id> family);
std::vector<AwardListing> list_award_ids(soci::session& sql, const User& actor, std::optional<Id> family);

} // namespace hjt::app
