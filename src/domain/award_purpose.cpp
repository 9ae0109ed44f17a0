#include "domain/award_purpose.h"

#include "domain/errors.h"

namespace hjt {
namespace {

constexpr auto kAwardPurposeCodes = enum_table<AwardPurpose>({{AwardPurpose::home_training, "hjemmetraening"},
                                                              {AwardPurpose::care_at_home, "pasning"},
                                                              {AwardPurpose::treatment_escort, "ledsagelse"}});
constexpr auto kAwardPurposeLabels = enum_table<AwardPurpose>(
    {{AwardPurpose::home_training, "Hjemmetræning af barnet"},
     {AwardPurpose::care_at_home, "Pasning af barnet i hjemmet"},
     {AwardPurpose::treatment_escort, "Ledsagelse af barnet til behandling og undersøgelser"}});

} // namespace

std::span<const EnumText<AwardPurpose>> codes(AwardPurpose) { return kAwardPurposeCodes; }

std::string danish_label(AwardPurpose p) { return text_of(kAwardPurposeLabels, p); }

AwardPurpose award_purpose_from_text(const std::string& code, const std::string& field) {
    if (auto purpose = parse_award_purpose(code)) return *purpose;
    std::string allowed;
    for (const auto& [p, text] : kAwardPurposeCodes)
        allowed += (allowed.empty() ? "" : ", ") + std::string(text) + " (" + danish_label(p) + ")";
    throw ValidationError(field, Message{MessageCode::not_allowed, {code, allowed}});
}

} // namespace hjt
