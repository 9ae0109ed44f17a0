#include "app/cpr_display.h"

#include "app/permissions.h"
#include "app/register_reads.h"
#include "domain/errors.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

// Logs one display of a full number, when the view shows it.
CprView logged_view(soci::session& sql, const User& actor, const char* entity, Id entity_id, Id family_id,
                    const std::string& channel) {
    const CprView view = cpr_view_for(actor);
    if (view == CprView::record)
        store::insert_cpr_view(sql, {0, support::utc_now(), actor.username, to_string(actor.role), entity, entity_id,
                                     family_id, channel});
    return view;
}

} // namespace

CprView cpr_view_for(const User& actor) {
    const bool works_with_person =
        actor.role == Role::caseworker || actor.role == Role::admin || actor.role == Role::family;
    return works_with_person ? CprView::record : CprView::masked;
}

Poco::JSON::Object::Ptr record_json(soci::session& sql, const User& actor, const Child& c, const std::string& channel) {
    return to_json(c, logged_view(sql, actor, "child", c.id, c.family_id, channel));
}

Poco::JSON::Object::Ptr record_json(soci::session& sql, const User& actor, const Helper& h, const std::string& channel) {
    return to_json(h, logged_view(sql, actor, "helper", h.id, h.family_id, channel));
}

Poco::JSON::Object::Ptr record_json(soci::session& sql, const User& actor, const LostEarningsAward& a,
                                    const std::string& channel) {
    auto child = find_child(sql, a.child_id);
    if (!child) throw NotFound(Message{MessageCode::child_not_found, {std::to_string(a.child_id)}});
    return to_json(a, logged_view(sql, actor, "lost_earnings_award", a.id, child->family_id, channel));
}

std::vector<store::CprViewRow> cpr_log(soci::session& sql, const User& actor, std::optional<Id> family,
                                       long long limit) {
    require_permission(actor, Operation::cpr_log);
    return store::list_cpr_views(sql, family, limit);
}

Poco::JSON::Object::Ptr to_json(const store::CprViewRow& row) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", row.id);
    o->set("viewed_at", row.viewed_at);
    o->set("viewer", row.viewer);
    o->set("viewer_role", row.viewer_role);
    o->set("entity", row.entity);
    o->set("entity_id", row.entity_id);
    o->set("family_id", row.family_id);
    o->set("channel", row.channel);
    return o;
}

} // namespace hjt::app
