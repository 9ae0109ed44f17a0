// hjt login | logout: the CLI acts as a real hjt user. `login` checks the
// password (app::login, throttled like the API's sign-in) and keeps the session token in the credentials file of
// the database (cli/credentials.h, mode 0600), or prints it for $HJT_TOKEN;
// `logout` ends the session in the database and deletes the file.
#include <chrono>
#include <iostream>

#include "app/entity_json.h"
#include "app/login.h"
#include "app/permissions.h"
#include "cli/commands.h"
#include "cli/credentials.h"
#include "cli/password_input.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_login(Context& ctx, const Args& args) {
    const std::string& username = args.required("username");
    const std::string password = read_password(args, "Adgangskode til " + username + ": ");
    store::Database& db = ctx.database();
    const app::Transactions transactions{
        [&](const app::Transactions::Work& work) { db.in_transaction(work, store::Database::Mode::read); },
        [&](const app::Transactions::Work& work) { db.in_transaction(work, store::Database::Mode::write); }};
    // One sign-in at a time in this process: a slot is always free.
    app::PasswordHashing hashing(1, std::chrono::milliseconds(0));
    const auto result = app::login(transactions, hashing, ctx.settings(), {username, password, ""});
    // One answer for an unknown user and a wrong password, as the API gives.
    if (result.outcome != app::LoginOutcome::signed_in) throw Unauthenticated(app::login_refusal_text(result));
    const std::string& token = result.session->token;
    const app::User& user = *result.user;
    const std::string& expires = result.session->expires_at;

    if (args.has("print-token")) {
        std::cout << token << '\n';
        return 0;
    }
    const auto file = credentials_file(ctx.settings().database);
    save_token(file, token);
    auto data = app::to_json(user);
    data->set("expires_at", expires);
    data->set("credentials_file", file.string());
    ctx.print("logget ind som " + user.username + " (" + app::danish_role(user.role) + ") til " +
                  ctx.settings().database + " indtil " + expires + "\nsessionen er gemt i " + file.string(),
              data);
    return 0;
}

int run_logout(Context& ctx, const Args&) {
    const auto file = credentials_file(ctx.settings().database);
    auto token = ctx.session_token();
    if (token) ctx.database().in_transaction([&](soci::session& sql) { app::logout(sql, *token); });
    forget_token(file);
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("ended_session", token.has_value());
    ctx.print(token ? "logget ud: sessionen er afsluttet" : "ikke logget ind", data);
    return 0;
}

} // namespace

Command login_command() {
    return {"login", "--username U [--password-file FILE] [--print-token]",
            "Sign in as an hjt user; every command that reads or changes data acts as that user",
            "--username U           the hjt user (not the OS user)\n"
            "--password-file FILE   first line is the password; else $HJT_PASSWORD, else a prompt that\n"
            "                       does not echo\n"
            "--print-token          print the session token instead of storing it, for scripts:\n"
            "                       export HJT_TOKEN=$(hjt login --username U --password-file F --print-token)\n"
            "The token is kept in ~/.config/hjt/session-<database> (or $XDG_CONFIG_HOME/hjt), mode 0600,\n"
            "one file per database; it expires after hjt.http.session_minutes, or sooner when unused for\n"
            "hjt.http.session_idle_minutes. $HJT_TOKEN, when set, is used instead of the file.\n"
            "After hjt.login.free_failures wrong passwords in a row each try must wait (1, 2, 4, ... s);\n"
            "after hjt.login.lockout_failures the username is locked for hjt.login.lockout_minutes\n"
            "unless an admin lifts it (hjt user unlock NAME).",
            {"username", "password-file"},
            run_login};
}

Command logout_command() {
    return {"logout", "", "End the session (in the database too) and delete the credentials file",
            "Ends the session of $HJT_TOKEN or of the credentials file of this database.", {}, run_logout};
}

} // namespace hjt::cli
