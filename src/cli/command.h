// The hjt command line: one executable, subcommands (some two words, such as
// "audit verify"), --help on each, --json for machine-readable output.
// Exit codes: 0 ok, 1 domain/validation error (and a broken audit chain), 2 usage error,
// 3 `audit export`, `payroll-year`: the books do not tie (the files are written), 4 not signed in (or the
// session expired), 5 the role may not do this.
#pragma once

#include <Poco/JSON/Object.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/permissions.h"
#include "app/settings.h"
#include "store/database.h"

namespace hjt::cli {

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // --name value (flags map to "")
    bool json = false;

    bool has(const std::string& name) const { return options.count(name) > 0; }
    // The option's value; UsageError naming it when missing.
    const std::string& required(const std::string& name) const;
    std::optional<std::string> optional(const std::string& name) const;
    // An option that must be a whole number; UsageError naming it otherwise.
    std::optional<long long> number(const std::string& name) const;
};

class Context {
public:
    Context(Settings settings, bool json) : settings_(std::move(settings)), json_(json) {}
    const Settings& settings() const { return settings_; }
    // Opened on first use, so --help and usage errors never touch the store.
    store::Database& database();
    bool json() const { return json_; }
    // Prints `text` for people, or `data` as JSON with --json.
    void print(const std::string& text, const Poco::JSON::Object::Ptr& data) const;
    // Progress for long jobs: on stderr, so --json output stays clean.
    void progress(const std::string& what, long long done, long long total) const;
    // Who is acting: the hjt user of the session ($HJT_TOKEN, else the
    // credentials file of `hjt login`, cli/credentials.h). Unauthenticated
    // (exit 4) when there is none or it has expired. The services check what
    // it may do.
    const app::User& actor();
    // The same, refused (Forbidden, exit 5) unless it may do `op` (for
    // `family`, when given): for commands that only read.
    const app::User& actor_who_may(app::Operation op, std::optional<Id> family = std::nullopt);
    // The session token: $HJT_TOKEN, else the credentials file; nullopt when none.
    std::optional<std::string> session_token() const;
    // The OS user running hjt, for the bootstrap's audit entries (app/auth.h).
    static std::string os_user();

private:
    Settings settings_;
    bool json_;
    std::unique_ptr<store::Database> database_;
    std::optional<app::User> actor_;
};

struct Command {
    std::string name;      // e.g. "payout prepare"
    std::string synopsis;  // e.g. "--month YYYY-MM"
    std::string summary;   // one line
    std::string help;      // options, one per line
    // Options that take a value; everything else starting with -- is a flag.
    std::vector<std::string> value_options;
    std::function<int(Context&, const Args&)> run;
};

// Every subcommand, in the order --help lists them.
const std::vector<Command>& all_commands();

// Entry point used by main(): parses, dispatches, maps errors to exit codes.
int run(int argc, char** argv);

} // namespace hjt::cli
