#include "app/backup_service.h"

#include <Poco/JSON/Object.h>

#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/errors.h"
#include "store/backup_copy.h"

namespace hjt::app {
namespace {

std::optional<store::AuditHead> head_of_copy(const std::string& connection) {
    soci::session copy;
    store::open_copy(copy, connection);
    return store::audit_head(copy);
}

} // namespace

BackupResult back_up(store::Database& db, const User& actor, const std::string& out) {
    require_permission(actor, Operation::backup);
    if (out.empty()) throw ValidationError("--out", Message{MessageCode::field_required, {}});
    if (db.backend() == store::Backend::postgresql)
        throw ValidationError("--out",
                              "hjt kopierer ikke selv en PostgreSQL-database: tag kopien med pg_dump (README "
                              "\"Sikkerhedskopier\") og kontrollér den gendannede database med 'hjt backup verify "
                              "FORBINDELSE'",
                              "postgresql");
    store::copy_sqlite_database(db.session(), out);
    BackupResult result{out, head_of_copy(out), 0};
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("file", out);
    after->set("copy_head", result.copy_head ? Poco::Dynamic::Var(result.copy_head->sequence) : Poco::Dynamic::Var());
    after->set("copy_hash", result.copy_head ? result.copy_head->hash : std::string());
    db.in_transaction([&](soci::session& sql) {
        result.audit_entry = store::append_audit(sql, {actor.username, "backup", "database", out, "", stringify(after)});
    });
    return result;
}

BackupCheck verify_backup(soci::session& live, const User& actor, const std::string& copy) {
    require_permission(actor, Operation::backup_verify);
    BackupCheck check;
    {
        soci::session copy_sql;
        store::open_copy(copy_sql, copy);
        soci::transaction read(copy_sql);  // one snapshot of the copy
        check.copy = store::verify_audit_chain(copy_sql);
        check.copy_head = store::audit_head(copy_sql);
    }
    check.live_head = store::audit_head(live);
    if (!check.copy_head) {
        check.behind_by = check.live_head ? store::audit_entries_after(live, 0) : 0;
        check.standing = check.behind_by ? CopyStanding::behind : CopyStanding::same;
        return check;
    }
    auto live_hash = store::audit_entry_hash(live, check.copy_head->sequence);
    if (!live_hash || *live_hash != check.copy_head->hash) {
        check.standing = CopyStanding::different;
        return check;
    }
    check.behind_by = store::audit_entries_after(live, check.copy_head->sequence);
    check.standing = check.behind_by ? CopyStanding::behind : CopyStanding::same;
    return check;
}

std::string standing_text(const BackupCheck& check) {
    switch (check.standing) {
    case CopyStanding::same: return "kopien svarer til den levende database (samme seneste post i revisionssporet)";
    case CopyStanding::behind:
        return "kopien er " + std::to_string(check.behind_by) +
               " poster bagud: dens revisionsspor er en begyndelse af den levende databases";
    case CopyStanding::different:
        return "kopien passer ikke til den levende database: dens seneste post (" +
               std::to_string(check.copy_head->sequence) + ") findes ikke med samme hash i det levende revisionsspor";
    }
    return {};
}

} // namespace hjt::app
