#include "app/auth.h"
#include "app/entity_json.h"
#include "cli/commands.h"
#include "cli/password_input.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_user_add(Context& ctx, const Args& args) {
    const std::string& username = args.required("username");
    const std::string& role_text = args.required("role");
    auto role = app::parse_role(role_text);
    if (!role) throw UsageError("--role must be finance, caseworker, family, auditor or admin, got '" + role_text + "'");
    std::optional<Id> family;
    if (auto id = args.number("family")) family = *id;
    std::string password = read_password(args, "Adgangskode til " + username + ": ");

    // A database without users has nobody to sign in as: its first user (an
    // admin) is the bootstrap (app/auth.h); every other needs an admin's session.
    const bool first = !app::has_users(ctx.database().session());
    std::optional<app::User> actor;
    if (!first) actor = ctx.actor();
    app::User user;
    ctx.database().in_transaction([&](soci::session& sql) {
        user = first ? app::create_first_user(sql, Context::os_user(), username, password, *role, family)
                     : app::create_user(sql, *actor, username, password, *role, family);
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
            "  --password-file FILE   first line is the password; else $HJT_PASSWORD, else a prompt\n"
            "The password (at least 10 characters) is never taken from the command line.\n"
            "Needs an admin's session (hjt login), except the first user of a database without\n"
            "users, which must be an admin (the bootstrap).",
            {"username", "role", "family", "password-file"},
            run_user_add};
}

} // namespace hjt::cli
