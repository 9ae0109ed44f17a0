#include "app/audit_baseline.h"

#include <Poco/JSON/Object.h>

#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/books_check.h"
#include "store/row_seals.h"

namespace hjt::app {
namespace {

constexpr const char* kAction = "baseline";

std::optional<Id> existing_baseline(soci::session& sql) {
    long long id = 0;
    soci::indicator ind = soci::i_null;
    // A named value: SOCI runs the statement after the expression's temporaries are gone.
    const std::string action = kAction;
    sql << "SELECT MIN(id) FROM audit_log WHERE action = :a", soci::into(id, ind), soci::use(action);
    return ind == soci::i_ok ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

BaselineReport seal_baseline(soci::session& sql, const User& actor) {
    require_permission(actor, Operation::audit_baseline);
    if (auto entry = existing_baseline(sql))
        throw Conflict(Message{MessageCode::baseline_exists, {std::to_string(*entry)}});
    store::RowSeals seals = store::unlisted_rows(sql);
    if (seals.empty())
        throw Conflict(Message{MessageCode::baseline_nothing, {}});
    BaselineReport report;
    for (const auto& seal : seals.rows()) ++report.tables[seal.table];
    report.rows = static_cast<long long>(seals.rows().size());
    Poco::JSON::Object::Ptr counts = new Poco::JSON::Object;
    for (const auto& [table, n] : report.tables) counts->set(table, n);
    report.entry =
        store::append_audit(sql, {actor.username, kAction, "books", "rows without seals", "", stringify(counts)}, seals);
    return report;
}

} // namespace hjt::app
