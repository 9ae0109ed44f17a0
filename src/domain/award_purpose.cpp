#include "domain/award_purpose.h"

#include "domain/errors.h"

namespace hjt {

std::string to_string(AwardPurpose p) {
    switch (p) {
    case AwardPurpose::home_training: return "hjemmetraening";
    case AwardPurpose::care_at_home: return "pasning";
    case AwardPurpose::treatment_escort: return "ledsagelse";
    }
    return "hjemmetraening";
}

std::string danish_label(AwardPurpose p) {
    switch (p) {
    case AwardPurpose::home_training: return "Hjemmetræning af barnet";
    case AwardPurpose::care_at_home: return "Pasning af barnet i hjemmet";
    case AwardPurpose::treatment_escort: return "Ledsagelse af barnet til behandling og undersøgelser";
    }
    return "";
}

std::optional<AwardPurpose> parse_award_purpose(const std::string& code) {
    for (AwardPurpose p : kAllAwardPurposes)
        if (code == to_string(p)) return p;
    return std::nullopt;
}

std::string award_purpose_codes() {
    std::string codes;
    for (AwardPurpose p : kAllAwardPurposes) codes += (codes.empty() ? "" : ", ") + to_string(p);
    return codes;
}

AwardPurpose award_purpose_from_text(const std::string& code, const std::string& field) {
    if (auto purpose = parse_award_purpose(code)) return *purpose;
    std::string allowed;
    for (AwardPurpose p : kAllAwardPurposes)
        allowed += (allowed.empty() ? "" : ", ") + to_string(p) + " (" + danish_label(p) + ")";
    throw ValidationError(field, "'" + code + "' er ikke et tilladt formål; vælg et af: " + allowed +
                                     ". Hjemmeundervisning er ikke et formål efter Barnets Lov § 87",
                          "not_allowed");
}

} // namespace hjt
