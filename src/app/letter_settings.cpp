#include "app/letter_settings.h"

#include <filesystem>

#include "app/config_loader.h"
#include "domain/errors.h"
#include "domain/validation.h"

namespace hjt::app {

namespace {

namespace fs = std::filesystem;

std::string value_of(const std::map<std::string, std::string>& props, const std::string& key) {
    auto found = props.find(key);
    return found == props.end() ? std::string() : found->second;
}

std::string required(const std::map<std::string, std::string>& props, const std::string& key) {
    std::string value = value_of(props, key);
    if (value.empty()) throw ValidationError("letters.properties:" + key, Message{MessageCode::field_required, {}});
    return value;
}

// A relative logo path is relative to the project folder (the config folder's parent).
std::string logo_path(const std::string& config_dir, const std::string& logo) {
    if (logo.empty()) return "";
    fs::path path(logo);
    if (path.is_relative()) path = fs::absolute(config_dir).parent_path() / path;
    if (!fs::is_regular_file(path))
        throw ValidationError("letters.properties:letters.municipality.logo", Message{MessageCode::path_not_found, {path.string()}});
    return path.string();
}

// The municipality's appeal deadline in weeks: 1–52, the default when not set.
int appeal_weeks(const std::string& text) {
    if (text.empty()) return reports::kDefaultAppealWeeks;
    const bool digits = text.size() <= 2 && text.find_first_not_of("0123456789") == std::string::npos;
    const int weeks = digits ? std::stoi(text) : 0;
    if (weeks < 1 || weeks > 52)
        throw ValidationError("letters.properties:letters.appeal_weeks", Message{MessageCode::out_of_range, {"1", "52", text}});
    return weeks;
}

} // namespace

std::string municipality_name(const std::string& config_dir) {
    const fs::path file = fs::path(config_dir) / "letters.properties";
    if (!fs::exists(file)) return "";
    return value_of(read_properties(file.string()), "letters.municipality.name");
}

LetterSettings load_letter_settings(const std::string& config_dir) {
    const auto props = read_properties((fs::path(config_dir) / "letters.properties").string());
    reports::Letterhead h;
    h.name = required(props, "letters.municipality.name");
    h.department = value_of(props, "letters.municipality.department");
    for (int i = 1; !value_of(props, "letters.municipality.address." + std::to_string(i)).empty(); ++i)
        h.address.push_back(value_of(props, "letters.municipality.address." + std::to_string(i)));
    h.cvr = value_of(props, "letters.municipality.cvr");
    if (auto error = h.cvr.empty() ? std::nullopt : cvr_error(h.cvr))
        throw ValidationError("letters.properties:letters.municipality.cvr", *error);
    h.phone = value_of(props, "letters.municipality.phone");
    h.email = value_of(props, "letters.municipality.email");
    h.logo_png = logo_path(config_dir, value_of(props, "letters.municipality.logo"));
    h.signature = value_of(props, "letters.signature");
    return {h, required(props, "letters.appeal_guidance"),
            appeal_weeks(value_of(props, "letters.appeal_weeks"))};
}

} // namespace hjt::app
