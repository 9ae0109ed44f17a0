// The yearly rate tables (config/rates/YYYY.properties) and the municipal
// policy (config/policy.properties), read into domain types. The key names are
// those of domain/rate_figures.h and domain/policy.h; amounts are written
// Danish style ("706.600,00") and parsed with parse_amount. Every error is a
// ValidationError whose field names "file:key" (or the file alone when the
// file itself is missing or unreadable).
#pragma once

#include <map>
#include <string>

#include "domain/policy.h"
#include "domain/rates.h"

namespace hjt::app {

// Every config_dir/rates/YYYY.properties, one year each.
RateBook load_rate_book(const std::string& config_dir);
// One year's file; the year comes from the file name.
YearRates load_year_rates(const std::string& file);
// config_dir/policy.properties.
Policy load_policy(const std::string& config_dir);

// Every key = value of a properties file, nested keys flattened ("atp.1.employee").
std::map<std::string, std::string> read_properties(const std::string& file);

} // namespace hjt::app
