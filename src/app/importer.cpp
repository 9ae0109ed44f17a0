#include "app/importer.h"
#include "app/permissions.h"

#include <algorithm>
#include <functional>
#include <map>

#include "app/auth.h"
#include "app/entity_json.h"
#include "app/import_links.h"
#include "app/import_rows.h"
#include "app/register_service.h"
#include "domain/errors.h"
#include "domain/plausibility.h"
#include "store/audit_log.h"
#include "store/import_keys.h"
#include "store/register_repository.h"

namespace hjt::app {

namespace {

// Enough to fix a folder by; a file with an error on every row would otherwise
// produce a message of megabytes.
constexpr std::size_t max_listed_problems = 1000;

[[noreturn]] void refuse(const std::string& dir, const ImportErrors& errors) {
    // The lines are Danish whatever the reader's language: each is one
    // catalogue entry rendered with its [code] where it was found.
    const auto& all = errors.messages();
    std::string lines;
    for (std::size_t i = 0; i < std::min(all.size(), max_listed_problems); ++i) lines += "\n  " + all[i];
    if (all.size() > max_listed_problems)
        lines += "\n  … og " + std::to_string(all.size() - max_listed_problems) + " flere";
    throw ValidationError(errors.first_location(),
                          Message{MessageCode::import_problems, {std::to_string(all.size()), dir, lines}});
}

// A folder whose every family key was imported before is the same folder again
// (issue 19): one sentence saying so, not a problem for every row.
void refuse_if_imported_before(soci::session& sql, const std::string& dir, const ImportRows& rows) {
    if (rows.families.empty()) return;
    for (const auto& r : rows.families)
        if (r.key.empty() || !store::find_import_key(sql, "family", r.key)) return;
    throw ValidationError("families.csv", Message{MessageCode::already_imported,
                                                  {dir, std::to_string(rows.families.size()), rows.families.front().key,
                                                   rows.families.back().key}});
}

// Runs one register call for a row. The service checks again what the reader
// checked and more (e.g. the lost-earnings purpose); what it refuses is told
// at the row, and the exception rolls the whole folder back.
template <class Call>
auto at_row(const Source& at, Call&& call) -> decltype(call()) {
    auto refused = [&](const std::string& what) {
        return ValidationError(at.where(), Message{MessageCode::import_row_refused, {at.where(), what}});
    };
    try {
        return call();
    } catch (const ValidationError& e) {
        const std::string code = e.code() == "invalid" ? "" : " [" + e.code() + "]";
        throw refused(e.field() + ": " + e.what() + code);
    } catch (const NotFound& e) {
        throw refused(e.what());
    } catch (const Conflict& e) {
        throw refused(e.what());
    }
}

long long row_count(const ImportRows& r) {
    return static_cast<long long>(r.families.size() + r.children.size() + r.helpers.size() + r.grants.size() +
                                  r.versions.size() + r.expenses.size() + r.awards.size() + r.users.size());
}

// Stores checked rows in dependency order, turning external keys into ids.
// Each row goes through its register service (create_family, create_child, ...),
// a few queries a row: the service checks the row against what is stored and
// audits it exactly as a change made by hand, so an import can never store what
// the services refuse. Each query is by an index or a primary key, and each
// is sent once (store::prepare_once), so the cost is linear in the rows.
class FolderWriter {
public:
    FolderWriter(soci::session& sql, const User& actor, ProgressTicker& ticker, ScryptCost password_cost)
        : sql_(sql), actor_(actor), ticker_(ticker), password_cost_(password_cost) {}

    void write(const ImportRows& rows, ImportReport& report) {
        for (const auto& r : rows.families) {
            Family f = at_row(r.at, [&] { return create_imported_family(sql_, actor_, r.family); });
            remember("family", r.key, f.id, family_ids_);
        }
        for (const auto& r : rows.children) {
            Child c = r.child;
            c.family_id = id_of("family", r.family_key, family_ids_);
            c = asking_at_row(r.at, [&](Confirmation given) { return create_child(sql_, actor_, c, given); });
            remember("child", r.key, c.id, child_ids_);
            child_family_[c.id] = c.family_id;
        }
        for (const auto& r : rows.helpers) {
            Helper h = r.helper;
            h.family_id = id_of("family", r.family_key, family_ids_);
            h = asking_at_row(r.at, [&](Confirmation given) { return create_helper(sql_, actor_, h, given); });
            remember("helper", r.key, h.id, helper_ids_);
        }
        write_grants(rows);
        for (const auto& r : rows.expenses) write_expense(r);
        for (const auto& r : rows.awards) {
            LostEarningsAward a = r.award;
            a.child_id = id_of("child", r.child_key, child_ids_);
            at_row(r.at, [&] { return create_imported_award(sql_, actor_, a); });
            ticker_.tick();
        }
        for (const auto& r : rows.users) {
            std::optional<Id> family;
            if (!r.family_key.empty()) family = id_of("family", r.family_key, family_ids_);
            at_row(r.at, [&] { return create_user(sql_, actor_, r.username, r.password, r.role, family, password_cost_); });
            ticker_.tick();
        }
        report.families = static_cast<long long>(rows.families.size());
        report.children = static_cast<long long>(rows.children.size());
        report.helpers = static_cast<long long>(rows.helpers.size());
        report.grants = static_cast<long long>(rows.grants.size());
        report.grant_versions = static_cast<long long>(rows.versions.size());
        report.fixed_lines = static_cast<long long>(rows.fixed_lines.size());
        report.expense_budgets = static_cast<long long>(rows.budgets.size());
        report.expenses = static_cast<long long>(rows.expenses.size());
        report.lost_earnings = static_cast<long long>(rows.awards.size());
        report.users = static_cast<long long>(rows.users.size());
    }

    // The rows' plausibility questions, each as "file:line: field: question".
    const std::vector<std::string>& questions() const { return questions_; }

private:
    // A row whose values raise plausibility questions is noted and stored as
    // confirmed, so every row is checked; the import then stores the folder
    // only if --confirm was given (import_as), else rolls it all back.
    template <class Call>
    auto asking_at_row(const Source& at, Call&& call) -> decltype(call(Confirmation::ask)) {
        return at_row(at, [&] {
            try {
                return call(Confirmation::ask);
            } catch (const NeedsConfirmation& e) {
                for (const auto& q : e.questions())
                    questions_.push_back(at.where() + ": " + field_label(q.field, Language::da) + ": " +
                                         render(q.message, Language::da));
                return call(Confirmation::given);
            }
        });
    }

    void remember(const std::string& entity, const std::string& key, Id id, std::map<std::string, Id>& ids) {
        ids[key] = id;
        store::insert_import_key(sql_, entity, key, id);
        ticker_.tick();
    }

    // A key of this folder, else of an earlier import (the links were checked).
    Id id_of(const std::string& entity, const std::string& key, const std::map<std::string, Id>& ids) {
        auto it = ids.find(key);
        if (it != ids.end()) return it->second;
        return store::find_import_key(sql_, entity, key).value();
    }

    Id family_of_child(Id child_id) {
        auto it = child_family_.find(child_id);
        if (it != child_family_.end()) return it->second;
        return store::find_child(sql_, child_id).value().family_id;
    }

    // Versions gather their fixed lines and budgets; the first version of a
    // new grant is stored with it, later ones are added as versions.
    void write_grants(const ImportRows& rows) {
        std::map<std::string, std::map<Date, const VersionRow*>> versions_by_grant;
        std::map<std::pair<std::string, Date>, GrantVersion> versions;
        for (const auto& v : rows.versions) {
            versions_by_grant[v.grant_key][v.version.effective_from] = &v;
            versions[{v.grant_key, v.version.effective_from}] = v.version;
        }
        for (const auto& f : rows.fixed_lines) versions[{f.grant_key, f.effective_from}].fixed_lines.push_back(f.line);
        for (const auto& b : rows.budgets)
            versions[{b.grant_key, b.effective_from}].expense_budgets.push_back(b.budget);

        for (const auto& r : rows.grants) {
            Grant g = r.grant;
            g.child_id = id_of("child", r.child_key, child_ids_);
            const auto& dated = versions_by_grant[r.key];
            g.versions = {versions.at({r.key, dated.begin()->first})};
            g = asking_at_row(r.at, [&](Confirmation given) { return create_grant(sql_, actor_, g, given); });
            remember("grant", r.key, g.id, grant_ids_);
            ticker_.tick();  // its first version
        }
        for (const auto& [grant_key, dated] : versions_by_grant) {
            Id grant_id = id_of("grant", grant_key, grant_ids_);
            bool first_stored_with_grant = grant_ids_.count(grant_key) > 0;
            for (auto it = dated.begin(); it != dated.end(); ++it) {
                if (it == dated.begin() && first_stored_with_grant) continue;
                GrantVersion v = versions.at({grant_key, it->first});
                v.grant_id = grant_id;
                asking_at_row(it->second->at, [&](Confirmation given) { return add_grant_version(sql_, actor_, v, given); });
                ticker_.tick();
            }
        }
    }

    // Stored as submitted, then decided, so an approval or rejection is
    // audited like one made in the service. The rows are past decisions of the
    // system the data come from: the submission is recorded as the import's
    // ("USER (import)"), the decision as the importing user's, so the four-eyes
    // rule (submitter ≠ decider) holds for the decisions made in hjt itself.
    void write_expense(const ExpenseRow& r) {
        Expense e = r.expense;
        e.child_id = id_of("child", r.child_key, child_ids_);
        e.family_id = family_of_child(e.child_id);
        e.status = ExpenseStatus::submitted;
        e.reject_reason.clear();
        e.over_budget_reason.clear();
        User submitter = actor_;
        submitter.username += " (import)";
        e = at_row(r.at, [&] { return create_expense(sql_, submitter, e); });
        if (r.expense.status != ExpenseStatus::submitted)
            at_row(r.at, [&] {
                return record_expense_decision(sql_, actor_, e.id, r.expense.status,
                                               r.expense.status == ExpenseStatus::rejected
                                                   ? r.expense.reject_reason
                                                   : r.expense.over_budget_reason);
            });
        ticker_.tick();
    }

    soci::session& sql_;
    const User& actor_;
    ProgressTicker& ticker_;
    ScryptCost password_cost_;
    std::map<std::string, Id> family_ids_, child_ids_, helper_ids_, grant_ids_;
    std::map<Id, Id> child_family_;
    std::vector<std::string> questions_;
};

std::string counts_json(const ImportReport& report) {
    Poco::JSON::Object::Ptr json(new Poco::JSON::Object);
    json->set("dir", report.dir);
    for (const auto& [name, count] : report.counts()) json->set(name, count);
    return stringify(json);
}

} // namespace

std::vector<std::pair<std::string, long long>> ImportReport::counts() const {
    return {{"families", families},       {"children", children},
            {"helpers", helpers},         {"grants", grants},
            {"grant_versions", grant_versions}, {"fixed_lines", fixed_lines},
            {"expense_budgets", expense_budgets}, {"expenses", expenses},
            {"lost_earnings", lost_earnings}, {"users", users}};
}

namespace {

// The actor of an import, known once the transaction has begun.
using ImportActor = std::function<User(soci::session&, const ImportRows&)>;

// Questions not confirmed: every one listed, the transaction rolled back.
[[noreturn]] void refuse_unconfirmed(const std::string& dir, const std::vector<std::string>& questions) {
    std::string message = std::to_string(questions.size()) + " spørgsmål" +
                          " i importmappen " + dir +
                          " skal bekræftes; intet er indlæst. Er værdierne rigtige, så kør igen med --confirm:";
    for (std::size_t i = 0; i < std::min(questions.size(), max_listed_problems); ++i) message += "\n  " + questions[i];
    if (questions.size() > max_listed_problems)
        message += "\n  ... og " + std::to_string(questions.size() - max_listed_problems) + " flere";
    throw ValidationError(questions.front().substr(0, questions.front().find(": ")), message, "needs_confirmation");
}

ImportReport import_as(store::Database& db, const std::string& dir, const ImportActor& actor_of,
                       const ImportOptions& options) {
    const Progress& progress = options.progress;
    if (progress) progress("læser " + dir, 0, 1);
    ImportErrors errors;
    ImportRows rows = read_import_rows(dir, errors);
    if (errors.empty()) refuse_if_imported_before(db.session(), dir, rows);
    check_import_links(db.session(), rows, errors);
    if (progress) progress("læser " + dir, 1, 1);
    if (!errors.empty()) refuse(dir, errors);

    ImportReport report;
    report.dir = dir;
    report.cpr_modulus_warnings = rows.cpr_modulus_warnings;
    ProgressTicker ticker(progress, "gemmer", row_count(rows));
    db.in_transaction([&](soci::session& sql) {
        const User actor = actor_of(sql, rows);
        FolderWriter writer(sql, actor, ticker, options.password_cost);
        writer.write(rows, report);
        if (!writer.questions().empty() && options.confirmation == Confirmation::ask) refuse_unconfirmed(dir, writer.questions());
        report.confirmed_questions = writer.questions();
        store::append_audit(sql, {actor.username, "import", "import_folder", dir, "", counts_json(report)});
    });
    return report;
}

} // namespace

ImportReport import_folder(store::Database& db, const std::string& dir, const User& actor,
                           const ImportOptions& options) {
    require_permission(actor, Operation::import_folder);
    return import_as(db, dir, [&](soci::session&, const ImportRows&) { return actor; }, options);
}

ImportReport import_first_folder(store::Database& db, const std::string& dir, const std::string& os_user,
                                 const ImportOptions& options) {
    auto bootstrap = [&](soci::session& sql, const ImportRows& rows) {
        User actor = bootstrap_actor(sql, os_user);
        bool has_admin = std::any_of(rows.users.begin(), rows.users.end(),
                                     [](const auto& u) { return u.role == Role::admin; });
        if (!has_admin)
            throw Forbidden(Message{MessageCode::first_import_needs_admin, {}});
        return actor;
    };
    return import_as(db, dir, bootstrap, options);
}

} // namespace hjt::app
