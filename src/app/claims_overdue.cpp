#include "app/claims_overdue.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "app/entity_json.h"
#include "app/permissions.h"
#include "reports/claims_handover_csv.h"
#include "store/audit_log.h"
#include "store/claims_store.h"

namespace hjt::app {
namespace {

bool on_or_before(const std::optional<Date>& d, Date date) {
    return d && date::sys_days{*d} <= date::sys_days{date};
}

std::optional<Date> last_reminder(const Claim& c) {
    std::optional<Date> last;
    for (const auto& e : c.events)
        if (e.kind == ClaimEventKind::reminder) last = e.date;
    return last;
}

// One entry for the whole batch: what was recorded, and the rows sealed.
void audit_batch(soci::session& sql, const User& actor, const std::string& action, Date date,
                 const std::vector<Id>& claims, const store::RowSeals& written) {
    if (claims.empty()) return;
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr ids = new Poco::JSON::Array;
    for (Id id : claims) ids->add(id);
    after->set("date", iso(date));
    after->set("claims", ids);
    store::append_audit(sql, {actor.username, action, "claim", iso(date), "", stringify(after)}, written);
}

} // namespace

std::vector<ReminderSent> record_reminders(soci::session& sql, const User& actor, Date date) {
    require_permission(actor, Operation::claims_manage);
    std::vector<ReminderSent> sent;
    std::vector<Id> ids;
    store::RowSeals written;
    for (const auto& view : list_claims(sql, actor, std::nullopt, date)) {
        if (!on_or_before(view.status.next_reminder, date)) continue;
        int number = view.status.reminders_sent + 1;
        store::append_claim_event(sql, view.claim.id,
                                  new_event(actor, ClaimEventKind::reminder, date, view.status.balance, std::nullopt,
                                            "rykker " + std::to_string(number)),
                                  written);
        sent.push_back({view.claim.id, view.claim.family_id, number, view.status.balance});
        ids.push_back(view.claim.id);
    }
    audit_batch(sql, actor, "remind", date, ids, written);
    return sent;
}

Handover hand_over(soci::session& sql, const User& actor, Date date) {
    require_permission(actor, Operation::claims_handover);
    Handover out;
    std::vector<reports::HandoverRow> rows;
    std::vector<Id> ids;
    store::RowSeals written;
    auto debtors = store::claim_debtors(sql);
    for (const auto& view : list_claims(sql, actor, std::nullopt, date)) {
        if (!on_or_before(view.status.handover_from, date) || view.status.balance == Money()) continue;
        const store::Debtor& d = debtors[view.claim.id];
        rows.push_back({view.claim, view.status, d.name, d.cvr, d.child_name, last_reminder(view.claim)});
        store::append_claim_event(sql, view.claim.id,
                                  new_event(actor, ClaimEventKind::handover, date, view.status.balance, std::nullopt,
                                            "oversendt til Gældsstyrelsen"),
                                  written);
        ids.push_back(view.claim.id);
        out.claims.push_back(claim_view(sql, view.claim.id, date));
    }
    out.csv = reports::claims_handover_csv(rows);
    audit_batch(sql, actor, "handover", date, ids, written);
    return out;
}

} // namespace hjt::app
