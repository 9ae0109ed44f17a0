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
    if (!role) throw UsageError("--role skal være finance, caseworker, family, auditor eller admin, ikke '" + role_text + "'");
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
    ctx.print("oprettede brugeren " + user.username + " (" + app::danish_role(user.role) + ", id " +
                  std::to_string(user.id) + ")",
              app::to_json(user));
    return 0;
}

// The user a command is about: `hjt user disable NAME` or `--username NAME`.
std::string username_of(const Args& args) {
    if (args.positional.size() == 1 && !args.has("username")) return args.positional[0];
    if (args.positional.empty()) return args.required("username");
    throw UsageError("angiv brugeren én gang: NAVN eller --username NAVN");
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
    return {"user " + verb, "NAVN", summary,
            "  NAVN (eller --username NAVN)   brugeren\n" + more +
                "Kræver en administrators session (hjt login); revisionsspor (entity user). API'et har det\n"
                "samme: README \"Hardening against hostile clients\".",
            {"username"},
            [change, done](Context& ctx, const Args& args) { return run_user_change(ctx, args, change, done); }};
}

} // namespace

Command user_disable_command() {
    return user_change_command("disable", "Spær en bruger: intet login, alle sessioner afsluttes",
                               "Brugerens sessioner afsluttes straks; `hjt user enable NAVN` lader brugeren logge ind igen.\n",
                               app::disable_user, "spærret, alle sessioner afsluttet");
}

Command user_enable_command() {
    return user_change_command("enable", "Lad en spærret bruger logge ind igen", "", app::enable_user, "kan logge ind igen");
}

Command user_end_sessions_command() {
    return user_change_command("end-sessions", "Afslut alle en brugers sessioner (brugeren kan logge ind igen)", "",
                               app::end_user_sessions, "alle sessioner afsluttet");
}

Command user_unlock_command() {
    return user_change_command("unlock", "Ophæv en brugers loginspærring (glem de fejlede logins)",
                               "Fejlede logins pr. adresse ophæves ikke: de udløber af sig selv.\n",
                               app::unlock_user, "spærringen af login er ophævet");
}

Command user_add_command() {
    return {"user add", "--username U --role R [--family ID] [--password-file FIL]",
            "Opret et login (roller: finance = økonomi, caseworker = sagsbehandler, family = familie, "
            "auditor = revisor, admin = administrator)",
            "  --username U           loginnavn (bogstaver, cifre, . _ - @)\n"
            "  --role R               finance, caseworker, family, auditor eller admin\n"
            "  --family ID            familien en familiebruger hører til (kun rollen family)\n"
            "  --password-file FIL    første linje er adgangskoden; ellers $HJT_PASSWORD, ellers et spørgsmål\n"
            "Adgangskoden (mindst 10 tegn) tages aldrig fra kommandolinjen.\n"
            "Kræver en administrators session (hjt login), undtagen den første bruger i en database uden\n"
            "brugere, som skal være administrator (opstarten).",
            {"username", "role", "family", "password-file"},
            run_user_add};
}

} // namespace hjt::cli
