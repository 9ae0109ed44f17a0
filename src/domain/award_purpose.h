// What a lost-earnings award is for (Barnets Lov § 87, domain.md §8): chosen
// from a fixed list, never free text, so no wording can slip home schooling
// (which § 87 does not cover) past a keyword check. The list has no
// home-schooling entry; a code not on it is refused.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/enum_texts.h"

namespace hjt {

enum class AwardPurpose {
    home_training,      // "hjemmetraening": the parent trains the child at home (§ 85)
    care_at_home,       // "pasning": the parent cares for the child at home
    treatment_escort,   // "ledsagelse": the parent takes the child to treatment and examinations
};

// The stable codes stored and used in the API, the CLI and import files:
// "hjemmetraening", "pasning", "ledsagelse" (to_string, code_list).
std::span<const EnumText<AwardPurpose>> codes(AwardPurpose);
// The Danish label shown on pages and statements.
std::string danish_label(AwardPurpose p);
// nullopt for any text that is not one of the codes.
inline std::optional<AwardPurpose> parse_award_purpose(const std::string& code) {
    return parse_code<AwardPurpose>(code);
}
// The purpose a code names, for the API, the CLI and imports alike; any other
// text is a ValidationError naming `field` that lists the allowed codes and
// says that home schooling is not among them.
AwardPurpose award_purpose_from_text(const std::string& code, const std::string& field);

} // namespace hjt
