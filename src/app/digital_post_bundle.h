// The year's letters bundled for the municipality's Digital Post sender
// (README "Digital Post"): one MeMo message (app/memo_message.h) per family
// with its annual statement, addressed to the family's CVR (the employer
// registration the register holds: it has no parent CPR), and one per
// lost-earnings award in force in the year with its decision, addressed to the
// parent's CPR. Plus a manifest (CSV) of what was written, for finance to check
// before handing the folder to the sender: CPR numbers only masked there, and
// never in a file name. Nothing is sent. Finance only: the messages carry full
// CPR numbers.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/auth.h"
#include "app/letter_settings.h"

namespace hjt::app {

struct BundledMessage {
    std::string file;            // "memo-familie-7-2026.xml"
    Id family_id = 0;
    std::string title;
    std::string recipient_type;  // "CVR" or "CPR"
    std::string recipient_shown; // the CVR, or the CPR masked
    std::string uuid;
};

struct DigitalPostBundle {
    int year = 0;
    std::vector<BundledMessage> messages;
    std::string manifest_file;  // "digital-post-2026.csv"
};

// ValidationError "letters.properties:letters.municipality.cvr" when the
// municipality's CVR (the sender) is not configured.
DigitalPostBundle write_digital_post_bundle(soci::session& sql, const User& actor, int year,
                                            const LetterSettings& settings, Date today, const std::string& dir);

} // namespace hjt::app
