// `hjt backup --out FILE` and `hjt backup verify FILE` (app/backup_service.h).
#include <Poco/JSON/Object.h>

#include "app/backup_service.h"
#include "cli/commands.h"
#include "domain/errors.h"

namespace hjt::cli {
namespace {

Poco::Dynamic::Var sequence_of(const std::optional<store::AuditHead>& head) {
    return head ? Poco::Dynamic::Var(head->sequence) : Poco::Dynamic::Var();
}

int run_backup(Context& ctx, const Args& args) {
    const std::string& out = args.required("out");
    const app::User& actor = ctx.actor();
    const app::BackupResult result = app::back_up(ctx.database(), actor, out);
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("file", result.file);
    data->set("copy_head", sequence_of(result.copy_head));
    data->set("copy_hash", result.copy_head ? result.copy_head->hash : std::string());
    data->set("audit_entry", result.audit_entry);
    ctx.print("sikkerhedskopi skrevet: " + result.file + " (revisionsspor til og med post " +
                  (result.copy_head ? std::to_string(result.copy_head->sequence) : std::string("-")) +
                  "; kopien er registreret som post " + std::to_string(result.audit_entry) + ")",
              data);
    return 0;
}

int run_backup_verify(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("angiv præcis én kopi at kontrollere (en fil eller en forbindelsesstreng)");
    const app::User& actor = ctx.actor();
    app::BackupCheck check;
    ctx.database().in_transaction(
        [&](soci::session& sql) { check = app::verify_backup(sql, actor, args.positional[0]); },
        store::Database::Mode::read);
    std::string text = check.copy.ok ? "kopiens revisionsspor er i orden: " + std::to_string(check.copy.entries) +
                                           " poster, " + std::to_string(check.copy.rows_checked) +
                                           " rækker af regnskabet kontrolleret"
                       : check.copy.first_broken ? "KOPIENS REVISIONSSPOR ER BRUDT ved post " +
                                                       std::to_string(*check.copy.first_broken) + ": " +
                                                       check.copy.reason
                                                 : std::string("KOPIENS REGNSKAB PASSER IKKE MED DENS REVISIONSSPOR");
    for (const auto& f : check.copy.findings) text += "\n  " + f;
    text += "\n" + app::standing_text(check);
    static const char* kStandings[] = {"same", "behind", "different"};
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("ok", check.ok());
    data->set("copy_chain_ok", check.copy.ok);
    data->set("copy_entries", check.copy.entries);
    data->set("first_broken", check.copy.first_broken ? Poco::Dynamic::Var(*check.copy.first_broken)
                                                      : Poco::Dynamic::Var());
    data->set("copy_head", sequence_of(check.copy_head));
    data->set("live_head", sequence_of(check.live_head));
    data->set("standing", std::string(kStandings[static_cast<int>(check.standing)]));
    data->set("behind_by", check.behind_by);
    ctx.print(text, data);
    // Like audit verify: a copy that fails is a finding about the data, exit 1.
    return check.ok() ? 0 : 1;
}

} // namespace

Command backup_command() {
    return {"backup", "--out FIL",
            "Kopiér SQLite-databasen, mens den er i brug (admin), som én commit efterlod den; revisionsspor",
            "--out FIL    kopien (må ikke findes)\n"
            "Kopien laves med SQLites VACUUM INTO i én læsetransaktion: skrivende (hjt serve) fortsætter,\n"
            "og kopien er databasen, som én commit efterlod den. En post 'backup' i revisionssporet gemmer\n"
            "filen og kopiens sporhoved. Genskab ved at stoppe hjt og lægge filen i databasens sted.\n"
            "Afvises på PostgreSQL: brug pg_dump (README \"Sikkerhedskopier\") og kontrollér den genskabte\n"
            "database med 'hjt backup verify'.",
            {"out"},
            run_backup};
}

Command backup_verify_command() {
    return {"backup verify", "FIL|FORBINDELSE",
            "Kontrollér en kopi (admin, revisor): dens revisionsspor og regnskab som 'audit verify', og dens "
            "sporhoved mod den levende databases",
            "FIL           en kopi skrevet af 'hjt backup' (åbnes skrivebeskyttet), eller\n"
            "FORBINDELSE   en PostgreSQL-forbindelsesstreng til en database genskabt fra pg_dump\n"
            "Siger, om kopiens nyeste post er den levende databases, en tidligere (kopien er N poster\n"
            "bagud) eller slet ikke i det levende spor (en anden historik). Slutkode 1, når kopiens spor\n"
            "eller regnskab fejler, eller dens historik afviger.",
            {},
            run_backup_verify};
}

} // namespace hjt::cli
