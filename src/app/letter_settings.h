// The letters' letterhead and standing texts: config/letters.properties
//   letters.municipality.name / department / address.N / cvr / phone / email / logo
//   letters.signature        (may hold "\n" line breaks)
//   letters.appeal_guidance  (klagevejledning, on every decision letter)
//   letters.appeal_weeks     (the appeal deadline in weeks after the letter's
//                             date; reports::kDefaultAppealWeeks when not set)
#pragma once

#include <string>

#include "reports/letter_layout.h"

namespace hjt::app {

struct LetterSettings {
    reports::Letterhead letterhead;
    std::string appeal_guidance;
    int appeal_weeks = reports::kDefaultAppealWeeks;
};

// ValidationError naming "letters.properties:<key>": the name or the appeal
// guidance missing, a CVR that fails modulus 11, a logo file that is not there.
LetterSettings load_letter_settings(const std::string& config_dir);
// The municipality's name alone (letters.municipality.name), for the pages'
// header; "" when the config has no letters.properties.
std::string municipality_name(const std::string& config_dir);

} // namespace hjt::app
