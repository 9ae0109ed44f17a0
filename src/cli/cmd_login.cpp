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
    return {"login", "--username U [--password-file FIL] [--print-token]",
            "Log ind som hjt-bruger; alle kommandoer, der læser eller ændrer data, handler som den bruger",
            "--username U           hjt-brugeren (ikke OS-brugeren)\n"
            "--password-file FIL    første linje er adgangskoden; ellers $HJT_PASSWORD, ellers et spørgsmål,\n"
            "                       der ikke viser det indtastede\n"
            "--print-token          udskriv sessionens token i stedet for at gemme det, til scripts:\n"
            "                       export HJT_TOKEN=$(hjt login --username U --password-file F --print-token)\n"
            "Tokenet gemmes i ~/.config/hjt/session-<database> (eller $XDG_CONFIG_HOME/hjt), rettigheder 0600,\n"
            "én fil pr. database; det udløber efter hjt.http.session_minutes, eller før, når det ikke bruges i\n"
            "hjt.http.session_idle_minutes. $HJT_TOKEN bruges, når den er sat, i stedet for filen.\n"
            "Efter hjt.login.free_failures forkerte adgangskoder i træk må hvert forsøg vente (1, 2, 4, ... s);\n"
            "efter hjt.login.lockout_failures spærres brugernavnet i hjt.login.lockout_minutes, medmindre\n"
            "en administrator ophæver det (hjt user unlock NAVN).",
            {"username", "password-file"},
            run_login};
}

Command logout_command() {
    return {"logout", "", "Afslut sessionen (også i databasen) og slet sessionsfilen",
            "Afslutter sessionen i $HJT_TOKEN eller i denne databases sessionsfil.", {}, run_logout};
}

} // namespace hjt::cli
