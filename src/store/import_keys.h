// The external keys of imported rows (families.csv's "key" and so on) and the
// ids they were stored under. Later imports refer to rows of earlier ones by
// these keys (shifts.csv names its helper by key), and an import that reuses a
// key is refused instead of creating a second, ambiguous row.
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>

#include "domain/entities.h"

namespace hjt::store {

// `entity` is the file's kind: "family", "child", "helper" or "grant".
void insert_import_key(soci::session& sql, const std::string& entity, const std::string& key, Id id);
std::optional<Id> find_import_key(soci::session& sql, const std::string& entity, const std::string& key);
// Every key of `entity` with its id (one query: a municipality-wide import).
std::map<std::string, Id> import_keys_of(soci::session& sql, const std::string& entity);

} // namespace hjt::store
