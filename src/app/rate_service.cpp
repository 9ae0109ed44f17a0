#include "app/rate_service.h"
#include "app/permissions.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <set>

#include "app/config_loader.h"
#include "app/entity_json.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "store/audit_log.h"
#include "store/rates_store.h"

namespace hjt::app {
namespace {

Poco::JSON::Object::Ptr table_json(const YearRates& rates) {
    Poco::JSON::Array::Ptr figures(new Poco::JSON::Array);
    for (const auto& f : figures_of(rates)) figures->add(figure_json(rates.year, f));
    Poco::JSON::Object::Ptr o(new Poco::JSON::Object);
    o->set("year", rates.year);
    o->set("figures", figures);
    return o;
}

Poco::JSON::Object::Ptr policy_json(const Policy& policy) {
    Poco::JSON::Object::Ptr o(new Poco::JSON::Object);
    for (const auto& [key, value] : policy_settings(policy)) o->set(key, value);
    return o;
}

// The config's figures a stored year has no row for, added with one audit entry.
void add_missing_figures(soci::session& sql, const std::string& actor, const YearRates& config, SeedResult& result) {
    std::set<std::string> stored_names;
    for (const auto& f : store::load_year_figures(sql, config.year)) stored_names.insert(f.name);
    std::vector<NamedFigure> missing;
    for (const auto& f : figures_of(config))
        if (!stored_names.count(f.name)) missing.push_back(f);
    if (missing.empty()) return;
    store::add_figures(sql, config.year, missing);
    Poco::JSON::Array::Ptr added = new Poco::JSON::Array;
    for (const auto& f : missing) {
        added->add(figure_json(config.year, f));
        result.figures.push_back(std::to_string(config.year) + ":" + f.name);
    }
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("figures", added);
    store::append_audit(sql, {actor, "seed", "rate_figures", std::to_string(config.year), "", stringify(after)});
}

// A figure's value within the range of its unit (domain/limits.h).
void check_figure_range(FigureUnit unit, std::int64_t value) {
    switch (unit) {
    case FigureUnit::money: return limits::check(limits::kMoneyFigure, Money::ore(value), "value");
    case FigureUnit::rate: return limits::check(limits::kPercentage, Rate::basis_points(value), "value");
    case FigureUnit::hours: return limits::check(limits::kMonthlyHoursFigure, Hours::hundredths(value), "value");
    }
}

} // namespace

Poco::JSON::Object::Ptr figure_json(int year, const NamedFigure& f) {
    Poco::JSON::Object::Ptr o(new Poco::JSON::Object);
    o->set("year", year);
    o->set("name", f.name);
    o->set("label", figure_label(f.name));
    o->set("value", static_cast<Poco::Int64>(f.value));
    if (auto unit = figure_unit(f.name)) o->set("unit", to_string(*unit));
    o->set("estimated", f.estimated);
    o->set("source", f.source);
    return o;
}

SeedResult seed_rates_and_policy(soci::session& sql, const std::string& installed_by, const std::string& config_dir) {
    // Both files are read and checked first, so a bad config writes nothing.
    RateBook book = load_rate_book(config_dir);
    Policy policy = load_policy(config_dir);

    SeedResult result;
    auto stored = store::stored_rate_years(sql);
    for (const auto& [year, rates] : book.all()) {
        if (stored.count(year)) {
            add_missing_figures(sql, installed_by, rates, result);
            continue;
        }
        store::save_year_rates(sql, rates);
        store::append_audit(sql, {installed_by, "seed", "rate_table", std::to_string(year), "", stringify(table_json(rates))});
        result.years.push_back(year);
    }
    if (!store::has_policy(sql)) {
        store::save_policy(sql, policy);
        store::append_audit(sql, {installed_by, "seed", "policy", "municipality", "", stringify(policy_json(policy))});
        result.policy = true;
    }
    return result;
}

FigureChange publish_figure(soci::session& sql, const User& actor, int year, const std::string& name,
                            const std::string& value_text, const std::string& source) {
    require_permission(actor, Operation::rates_publish);
    auto unit = figure_unit(name);
    if (!unit) throw ValidationError("name", Message{MessageCode::rate_not_a_figure, {name}});
    auto value = parse_figure(*unit, value_text);
    if (!value) throw ValidationError("value", Message{MessageCode::rate_value_unreadable, {value_text, name}});
    return publish_figure(sql, actor, year, name, *value, source);
}

FigureChange publish_figure(soci::session& sql, const User& actor, int year, const std::string& name,
                            std::int64_t value, const std::string& source) {
    require_permission(actor, Operation::rates_publish);
    limits::checked_year(year, "year");
    auto unit = figure_unit(name);
    if (!unit) throw ValidationError("name", Message{MessageCode::rate_not_a_figure, {name}});
    check_figure_range(*unit, value);
    if (source.find_first_not_of(" \t") == std::string::npos)
        throw ValidationError("source", Message{MessageCode::rate_needs_source, {}});

    FigureChange change;
    change.after = NamedFigure{name, value, false, source};
    change.before = store::replace_figure(sql, year, change.after);
    store::append_audit(sql, {actor.username, "publish", "rate", std::to_string(year) + ":" + name,
                              stringify(figure_json(year, change.before)), stringify(figure_json(year, change.after))});
    return change;
}

std::vector<NamedFigure> open_rate_year(soci::session& sql, const User& actor, int year) {
    require_permission(actor, Operation::rates_publish);
    limits::checked_year(year, "year");
    const auto stored = store::stored_rate_years(sql);
    if (stored.count(year))
        throw Conflict(Message{MessageCode::rate_year_exists, {std::to_string(year)}});
    if (!stored.count(year - 1))
        throw NotFound(Message{MessageCode::rate_year_nothing_to_copy, {std::to_string(year - 1), std::to_string(year)}});
    auto figures = store::load_year_figures(sql, year - 1);
    for (auto& f : figures) {
        f.estimated = true;
        f.source = "Skøn: uændret fra " + std::to_string(year - 1) + "; erstat med den offentliggjorte sats";
    }
    store::add_figures(sql, year, figures);
    const auto opened = stored_figures_in_order(sql, year);
    Poco::JSON::Array::Ptr figures_json = new Poco::JSON::Array;
    for (const auto& f : opened) figures_json->add(figure_json(year, f));
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("figures", figures_json);
    store::append_audit(sql, {actor.username, "open", "rate_table", std::to_string(year), "", stringify(after)});
    return opened;
}

RateBook stored_rates(soci::session& sql) { return store::load_rates(sql); }


std::vector<NamedFigure> stored_figures_in_order(soci::session& sql, int year) {
    auto stored = store::load_year_figures(sql, year);
    if (stored.empty())
        throw NotFound(Message{MessageCode::rate_year_missing, {std::to_string(year)}});
    std::vector<NamedFigure> ordered;
    for (const auto& f : figures_of(year_rates_from(year, stored, "rate_values")))
        ordered.push_back(*std::find_if(stored.begin(), stored.end(), [&](const NamedFigure& s) { return s.name == f.name; }));
    return ordered;
}

} // namespace hjt::app
