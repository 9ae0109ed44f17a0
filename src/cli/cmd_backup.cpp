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
    if (args.positional.size() != 1) throw UsageError("give exactly one copy to verify (a file or a connection string)");
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
    return {"backup", "--out FILE",
            "Copy the SQLite database while it is in use (admin), consistent as of one commit; audited",
            "--out FILE   the copy (must not exist)\n"
            "The copy is made with SQLite's VACUUM INTO in one read transaction: writers (hjt serve) go on,\n"
            "and the copy is the database as one commit left it. An audit entry 'backup' records the file\n"
            "and the copy's chain head. Restore by stopping hjt and putting the file in the database's place.\n"
            "On PostgreSQL refused: use pg_dump (README \"Sikkerhedskopier\") and check the restored\n"
            "database with 'hjt backup verify'.",
            {"out"},
            run_backup};
}

Command backup_verify_command() {
    return {"backup verify", "FILE|CONNECTION",
            "Check a copy (admin, auditor): its audit chain and books as 'audit verify', and its chain head "
            "against the live one",
            "FILE         a copy written by 'hjt backup' (opened read-only), or\n"
            "CONNECTION   a PostgreSQL connection string of a database restored from pg_dump\n"
            "Says whether the copy's newest audit entry is the live one's, an earlier one (the copy is N\n"
            "entries behind) or not in the live chain at all (another history). Exit code 1 when the copy's\n"
            "chain or books fail or its history differs.",
            {},
            run_backup_verify};
}

} // namespace hjt::cli
