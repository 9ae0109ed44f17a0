#include "app/import_links.h"

#include <map>
#include <set>
#include <utility>

#include "domain/danish_format.h"
#include "store/import_keys.h"
#include "store/register_repository.h"

namespace hjt::app {

namespace {

// The keys one file defines, checked for blanks and repeats as they are
// collected; a reference resolves to the folder or an earlier import.
class KeySet {
public:
    KeySet(soci::session& sql, std::string entity, std::string file)
        : sql_(sql), entity_(std::move(entity)), file_(std::move(file)) {}

    void define(const Source& at, const std::string& key, ImportErrors& errors) {
        if (key.empty()) return;  // already reported as empty
        auto [it, fresh] = first_line_.emplace(key, at.line);
        if (!fresh)
            errors.add(at, "key", Message{MessageCode::import_key_repeated, {key, std::to_string(it->second)}});
        else if (store::find_import_key(sql_, entity_, key))
            errors.add(at, "key", Message{MessageCode::import_key_exists, {key}});
    }

    bool in_folder(const std::string& key) const { return first_line_.count(key) > 0; }

    void require(const Source& at, const std::string& column, const std::string& key, ImportErrors& errors) const {
        if (key.empty() || in_folder(key) || store::find_import_key(sql_, entity_, key)) return;
        errors.add(at, column, Message{MessageCode::import_key_unknown, {key, file_}});
    }

private:
    soci::session& sql_;
    std::string entity_;
    std::string file_;
    std::map<std::string, std::size_t> first_line_;
};

void check_families(soci::session& sql, const ImportRows& rows, KeySet& families, ImportErrors& errors) {
    std::map<std::string, std::size_t> cvr_line;
    for (const auto& r : rows.families) {
        families.define(r.at, r.key, errors);
        const std::string& cvr = r.family.cvr;
        if (cvr.empty()) continue;
        auto [it, fresh] = cvr_line.emplace(cvr, r.at.line);
        if (!fresh)
            errors.add(r.at, "cvr", Message{MessageCode::import_key_repeated, {cvr, std::to_string(it->second)}});
        else if (auto existing = store::find_family_by_cvr(sql, cvr))
            errors.add(r.at, "cvr", Message{MessageCode::cvr_taken, {cvr, "\"" + existing->name + "\""}});
    }
}

// Versions per grant by date: each version within its grant's validity, one per date.
void check_versions(const ImportRows& rows, const KeySet& grants, ImportErrors& errors) {
    std::map<std::string, const GrantRow*> grant_by_key;
    for (const auto& g : rows.grants) grant_by_key.emplace(g.key, &g);
    std::set<std::pair<std::string, Date>> dated;
    std::set<std::string> with_version;
    for (const auto& v : rows.versions) {
        grants.require(v.at, "grant", v.grant_key, errors);
        const Date from = v.version.effective_from;
        if (!from.ok()) continue;
        with_version.insert(v.grant_key);
        if (!dated.emplace(v.grant_key, from).second)
            errors.add(v.at, "effective_from", Message{MessageCode::version_date_taken, {format_danish_date(from)}});
        auto g = grant_by_key.find(v.grant_key);
        if (g == grant_by_key.end() || !g->second->grant.valid.from.ok()) continue;
        const Period& valid = g->second->grant.valid;
        if (!valid.contains(from))
            errors.add(v.at, "effective_from", Message{MessageCode::version_outside_grant,
                                                       {format_danish_date(from), g->second->at.where()}});
    }
    for (const auto& g : rows.grants)
        if (!g.key.empty() && !with_version.count(g.key))
            errors.add(g.at, "key", Message{MessageCode::grant_without_version, {g.key}});
    auto check_version_exists = [&](const Source& at, const std::string& grant_key, Date from) {
        if (grant_key.empty() || !from.ok() || dated.count({grant_key, from})) return;
        errors.add(at, "effective_from", Message{MessageCode::version_missing_on_date, {grant_key, format_danish_date(from)}});
    };
    for (const auto& f : rows.fixed_lines) check_version_exists(f.at, f.grant_key, f.effective_from);
    for (const auto& b : rows.budgets) check_version_exists(b.at, b.grant_key, b.effective_from);
}

void check_users(const ImportRows& rows, const KeySet& families, ImportErrors& errors) {
    std::map<std::string, std::size_t> user_line;
    for (const auto& u : rows.users) {
        if (!u.username.empty()) {
            auto [it, fresh] = user_line.emplace(u.username, u.at.line);
            if (!fresh)
                errors.add(u.at, "username", Message{MessageCode::import_key_repeated, {u.username, std::to_string(it->second)}});
        }
        families.require(u.at, "family", u.family_key, errors);
    }
}

} // namespace

void check_import_links(soci::session& sql, const ImportRows& rows, ImportErrors& errors) {
    KeySet families(sql, "family", "families.csv");
    KeySet children(sql, "child", "children.csv");
    KeySet helpers(sql, "helper", "helpers.csv");
    KeySet grants(sql, "grant", "grants.csv");

    check_families(sql, rows, families, errors);
    for (const auto& r : rows.children) {
        children.define(r.at, r.key, errors);
        families.require(r.at, "family", r.family_key, errors);
    }
    for (const auto& r : rows.helpers) {
        helpers.define(r.at, r.key, errors);
        families.require(r.at, "family", r.family_key, errors);
    }
    for (const auto& r : rows.grants) {
        grants.define(r.at, r.key, errors);
        children.require(r.at, "child", r.child_key, errors);
    }
    check_versions(rows, grants, errors);
    for (const auto& r : rows.expenses) children.require(r.at, "child", r.child_key, errors);
    for (const auto& r : rows.awards) children.require(r.at, "child", r.child_key, errors);
    check_users(rows, families, errors);
}

} // namespace hjt::app
