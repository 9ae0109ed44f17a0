// The yearly rate tables and the municipal policy as stored: rate_values holds
// one row per figure (the names of domain/rate_figures.h), policy_values one
// row per setting (the keys and text of domain/policy.h's policy_settings).
// `hjt init` fills them from config/; after that the database is what is in
// force. Plain reads and writes in the caller's transaction; audited changes
// live in app/rate_service.
#pragma once

#include <soci/soci.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/policy.h"
#include "domain/policy_changes.h"
#include "domain/rate_figures.h"
#include "domain/rates.h"

namespace hjt::store {

// Writes every figure of the year, replacing what the year had.
void save_year_rates(soci::session& sql, const YearRates& rates);
void save_rates(soci::session& sql, const RateBook& book);
// Every stored year; ValidationError naming "rate_values:YYYY:<figure>" when a
// stored table is not whole.
RateBook load_rates(soci::session& sql);
std::set<int> stored_rate_years(soci::session& sql);
// The stored figures of a year in name order; empty when the year has none.
std::vector<NamedFigure> load_year_figures(soci::session& sql, int year);
// Replaces one stored figure (value, estimated, source) and returns it as it
// was. NotFound when the year has no figure of that name; ValidationError when
// the table would no longer be whole (e.g. ATP brackets out of order).
NamedFigure replace_figure(soci::session& sql, int year, const NamedFigure& figure);

// Adds to a stored year the figures it lacks (names introduced after the year
// was stored, such as the employer contributions); its own figures are left
// as they are. ValidationError when the table would not be whole.
void add_figures(soci::session& sql, int year, const std::vector<NamedFigure>& figures);

void save_policy(soci::session& sql, const Policy& policy);
bool has_policy(soci::session& sql);
// The settings `hjt init` stored, before any dated change.
std::map<std::string, std::string> load_base_policy_settings(soci::session& sql);
// The policy in force on `day`: the stored settings with every change dated
// on or before it (domain/policy_changes.h). NotFound when no policy is
// stored (the database was never initialised).
Policy load_policy(soci::session& sql, Date day);

// The dated changes, in the order they were made.
std::vector<PolicyChange> list_policy_changes(soci::session& sql);
Id insert_policy_change(soci::session& sql, const PolicyChange& change);

} // namespace hjt::store
