#include "app/config_loader.h"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <filesystem>
#include <set>

#include "domain/digits.h"
#include "domain/errors.h"
#include "domain/rate_figures.h"

namespace hjt::app {
namespace {

namespace fs = std::filesystem;

void collect(const Poco::Util::AbstractConfiguration& config, const std::string& prefix,
             std::map<std::string, std::string>& out) {
    Poco::Util::AbstractConfiguration::Keys keys;
    config.keys(prefix, keys);
    for (const auto& key : keys) {
        std::string full = prefix.empty() ? key : prefix + "." + key;
        // Raw: a source text is taken as written, never ${...}-expanded.
        if (config.has(full)) out[full] = config.getRawString(full);
        collect(config, full, out);
    }
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The refusal for a figure's unreadable value, with an example of its unit.
Message not_a_figure_value(FigureUnit unit, const std::string& value) {
    switch (unit) {
    case FigureUnit::money: return Message{MessageCode::not_an_amount, {value}};
    case FigureUnit::rate: return Message{MessageCode::not_a_percentage, {value}};
    case FigureUnit::hours: break;
    }
    return Message{MessageCode::shift_hours_unreadable, {value}};
}

// A figure's source and estimated flag, from the keys "<provenance>.source"
// and "<provenance>.estimated".
NamedFigure with_provenance(const std::string& file, const std::map<std::string, std::string>& props,
                            NamedFigure figure) {
    std::string key = provenance_key(figure.name);
    auto source = props.find(key + ".source");
    if (source == props.end() || source->second.empty())
        throw ValidationError(file + ":" + key + ".source", Message{MessageCode::rate_needs_source, {}});
    auto estimated = props.find(key + ".estimated");
    if (estimated == props.end() || (estimated->second != "true" && estimated->second != "false"))
        throw ValidationError(file + ":" + key + ".estimated",
                              Message{MessageCode::value_not_allowed,
                                      {estimated == props.end() ? "" : estimated->second, "true / false"}});
    figure.source = source->second;
    figure.estimated = estimated->second == "true";
    return figure;
}

// "2024.properties" -> 2024.
int year_of_file(const std::string& file) {
    std::string stem = fs::path(file).stem().string();
    if (stem.size() != 4 || !all_digits(stem) || fs::path(file).extension() != ".properties")
        throw ValidationError(file, Message{MessageCode::rate_file_name, {}});
    return std::stoi(stem);
}

} // namespace

std::map<std::string, std::string> read_properties(const std::string& file) {
    if (!fs::is_regular_file(file)) throw ValidationError(file, Message{MessageCode::config_file_missing, {file}});
    std::map<std::string, std::string> props;
    try {
        Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> config(new Poco::Util::PropertyFileConfiguration(file));
        collect(*config, "", props);
    } catch (const Poco::Exception& e) {
        throw ValidationError(file, Message{MessageCode::config_file_unreadable, {e.displayText()}});
    }
    return props;
}

YearRates load_year_rates(const std::string& file) {
    int year = year_of_file(file);
    auto props = read_properties(file);
    std::vector<NamedFigure> figures;
    std::set<std::string> provenances;
    for (const auto& [key, value] : props) {
        if (ends_with(key, ".source") || ends_with(key, ".estimated")) continue;
        auto unit = figure_unit(key);
        if (!unit) throw ValidationError(file + ":" + key, Message{MessageCode::rate_not_a_figure, {key}});
        auto parsed = parse_figure(*unit, value);
        if (!parsed)
            throw ValidationError(file + ":" + key, not_a_figure_value(*unit, value));
        figures.push_back(with_provenance(file, props, NamedFigure{key, *parsed, false, ""}));
        provenances.insert(provenance_key(key));
    }
    // A source or flag of no figure is a typo ("home_trainig_cap.source") that would hide a missing figure.
    for (const auto& [key, value] : props) {
        bool provenance = ends_with(key, ".source") || ends_with(key, ".estimated");
        if (provenance && !provenances.count(key.substr(0, key.rfind('.'))))
            throw ValidationError(file + ":" + key, Message{MessageCode::rate_source_orphan, {}});
    }
    return year_rates_from(year, figures, file);
}

RateBook load_rate_book(const std::string& config_dir) {
    fs::path folder = fs::path(config_dir) / "rates";
    if (!fs::is_directory(folder)) throw ValidationError(folder.string(), Message{MessageCode::rate_folder_missing, {}});
    std::set<std::string> files;  // sorted, so errors come in year order
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".properties") files.insert(entry.path().string());
    if (files.empty()) throw ValidationError(folder.string(), Message{MessageCode::rate_files_none, {}});
    RateBook book;
    for (const auto& file : files) book.add(load_year_rates(file));
    return book;
}

Policy load_policy(const std::string& config_dir) {
    std::string file = (fs::path(config_dir) / "policy.properties").string();
    return policy_from_settings(read_properties(file), file);
}

} // namespace hjt::app
