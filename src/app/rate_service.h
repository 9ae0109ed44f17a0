// Audited changes to the stored rates and policy: seeding them from config/
// (hjt init) and replacing an estimated figure with the published one
// (hjt rates set). Each writes its audit entry in the caller's transaction.
#pragma once

#include <Poco/JSON/Object.h>
#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/auth.h"
#include "domain/policy.h"
#include "domain/rate_figures.h"
#include "domain/rates.h"

namespace hjt::app {

struct SeedResult {
    std::vector<int> years;  // the years copied from config (those not yet stored)
    std::vector<std::string> figures;  // "2024:aub.2": figures added to stored years that lacked them
    bool policy = false;     // whether the policy was copied (it was absent)
};

// Copies config_dir's rate years that the database lacks, the figures a stored
// year lacks (a figure the config gained later, such as the employer
// contributions), and the policy if the database has none. Stored figures are
// never overwritten: once in the database, they change only through publish_figure. A malformed config
// throws ValidationError naming "file:key" before anything is written.
// Part of installing (hjt init, a documented bootstrap exception): no session
// is needed, as it only adds what config/ has and the database lacks;
// `installed_by` names who ran it in the audit entries ("hjt init (OS-bruger anna)").
SeedResult seed_rates_and_policy(soci::session& sql, const std::string& installed_by, const std::string& config_dir);

// Opens a year without rates (preparing its first run would be refused): a
// copy of the year before, every figure marked estimated with that as its
// source, for finance to replace one by one with publish_figure as the
// figures are published (rates_publish; audited). Conflict when the year has
// rates; NotFound when the year before has none.
std::vector<NamedFigure> open_rate_year(soci::session& sql, const User& actor, int year);

// The stored rate book (what `hjt init` and `hjt rates set` keep), for a
// front end that formats with it.
RateBook stored_rates(soci::session& sql);

// A year's stored figures in the table's own order (caps, percentages, ATP
// bracket by bracket), each with its stored value, source and estimated flag.
// NotFound when the database has no rates for the year.
std::vector<NamedFigure> stored_figures_in_order(soci::session& sql, int year);

struct FigureChange {
    NamedFigure before;
    NamedFigure after;
};

// {year, name, value, unit, estimated, source}: value is an integer in the
// figure's unit ("ore", "basis_points" or "hundredths_of_hours"). The form of
// the audit entries and of `hjt rates show --json`.
Poco::JSON::Object::Ptr figure_json(int year, const NamedFigure& figure);

// Replaces a stored figure with its published value (estimated = false).
// `value_text` is Danish text in the figure's unit ("720.732,00", "12,5").
// ValidationError naming "name", "value" or "source"; NotFound for a year or
// figure the database lacks.
FigureChange publish_figure(soci::session& sql, const User& actor, int year, const std::string& name,
                            const std::string& value_text, const std::string& source);
// The same with the value already an integer in the figure's unit (the API's form).
FigureChange publish_figure(soci::session& sql, const User& actor, int year, const std::string& name,
                            std::int64_t value, const std::string& source);

} // namespace hjt::app
