#include "app/auth.h"
#include "app/entity_json.h"
#include "app/user_admin.h"
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

// The user a command is about: `hjt user disable NAME` or `--username NAME`.
std::string username_of(const Args& args) {
    if (args.positional.size() == 1 && !args.has("username")) return args.positional[0];
    if (args.positional.empty()) return args.required("username");
    throw UsageError("give the user once: NAME or --username NAME");
}

using UserChange = app::UserAccess (*)(soci::session&, const app::User&, const std::string&);

// Runs one admin change (app/user_admin.h) in a transaction and reports the user's state.
int run_user_change(Context& ctx, const Args& args, UserChange change, const std::string& done) {
    const std::string username = username_of(args);
    const app::User& actor = ctx.actor();
    app::UserAccess access;
    ctx.database().in_transaction([&](soci::session& sql) { access = change(sql, actor, username); });
    auto data = app::to_json(access.user);
    data->set("disabled", access.disabled);
    data->set("sessions", access.sessions);
    data->set("ended_sessions", access.ended_sessions);
    data->set("was_locked", access.was_locked);
    const bool nothing_to_lift = change == app::unlock_user && !access.was_locked;
    ctx.print(username + ": " + (nothing_to_lift ? std::string("var ikke spærret") : done) + " (afsluttede sessioner: " + std::to_string(access.ended_sessions) +
                  ", åbne sessioner: " + std::to_string(access.sessions) + ")",
              data);
    return 0;
}

Command user_change_command(const std::string& verb, const std::string& summary, const std::string& more,
                            UserChange change, const std::string& done) {
    return {"user " + verb, "NAME", summary,
            "  NAME (or --username NAME)   the user\n" + more +
                "Needs an admin's session (hjt login); audited (entity user). The API has the same:\n"
                "README \"Hardening against hostile clients\".",
            {"username"},
            [change, done](Context& ctx, const Args& args) { return run_user_change(ctx, args, change, done); }};
}

} // namespace

Command user_disable_command() {
    return user_change_command("disable", "Disable a user: no sign-in, every session ended",
                               "The user's sessions end at once; `hjt user enable NAME` lets them sign in again.\n",
                               app::disable_user, "spærret, alle sessioner afsluttet");
}

Command user_enable_command() {
    return user_change_command("enable", "Let a disabled user sign in again", "", app::enable_user, "kan logge ind igen");
}

Command user_end_sessions_command() {
    return user_change_command("end-sessions", "End every session of a user (who may sign in again)", "",
                               app::end_user_sessions, "alle sessioner afsluttet");
}

Command user_unlock_command() {
    return user_change_command("unlock", "Lift a user's login lockout (forget the failed logins)",
                               "Failed logins per address are not lifted: they end by themselves.\n",
                               app::unlock_user, "spærringen af login er ophævet");
}

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
