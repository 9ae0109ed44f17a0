#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app/auth.h"
#include "app/entity_json.h"
#include "cli/commands.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

// A password never comes from the command line, where `ps` and the shell's
// history would show it: it comes from $HJT_PASSWORD or a file.
std::string password_from(const Args& args) {
    if (args.has("password"))
        throw UsageError("never give a password on the command line; use $HJT_PASSWORD or --password-file FILE");
    if (auto file = args.optional("password-file")) {
        std::ifstream in(*file);
        if (!in) throw UsageError("cannot read --password-file " + *file);
        std::string password;
        std::getline(in, password);
        if (!password.empty() && password.back() == '\r') password.pop_back();
        return password;
    }
    const char* env = std::getenv("HJT_PASSWORD");
    if (env && *env) return env;
    throw UsageError("no password: set $HJT_PASSWORD or give --password-file FILE");
}

int run_user_add(Context& ctx, const Args& args) {
    const std::string& username = args.required("username");
    const std::string& role_text = args.required("role");
    auto role = app::parse_role(role_text);
    if (!role) throw UsageError("--role must be finance, caseworker, family, auditor or admin, got '" + role_text + "'");
    std::optional<Id> family;
    if (auto id = args.number("family")) family = *id;
    std::string password = password_from(args);

    app::User user;
    ctx.database().in_transaction([&](soci::session& sql) {
        user = app::create_user(sql, ctx.actor(), username, password, *role, family);
    });
    ctx.print("created user " + user.username + " (" + app::to_string(user.role) + ", id " + std::to_string(user.id) +
                  ")",
              app::to_json(user));
    return 0;
}

} // namespace

Command user_add_command() {
    return {"user add", "--username U --role R [--family ID] [--password-file FILE]",
            "Create a login (roles: finance, caseworker, family, auditor, admin)",
            "  --username U           login name (letters, digits, . _ - @)\n"
            "  --role R               finance, caseworker, family, auditor or admin\n"
            "  --family ID            the family a family user belongs to (family role only)\n"
            "  --password-file FILE   first line is the password; else $HJT_PASSWORD\n"
            "The password (at least 10 characters) is never taken from the command line.",
            {"username", "role", "family", "password-file"},
            run_user_add};
}

} // namespace hjt::cli
