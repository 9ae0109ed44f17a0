#include "app/claims_json.h"

#include <Poco/JSON/Array.h>

namespace hjt::app {
namespace {

Poco::Dynamic::Var optional_date(const std::optional<Date>& d) {
    return d ? Poco::Dynamic::Var(iso(*d)) : Poco::Dynamic::Var();
}

Poco::JSON::Object::Ptr event_json(const ClaimEvent& e) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", e.id);
    o->set("kind", to_string(e.kind));
    o->set("date", iso(e.date));
    o->set("amount_ore", e.amount.ore());
    o->set("source_id", e.source_id ? Poco::Dynamic::Var(*e.source_id) : Poco::Dynamic::Var());
    o->set("note", e.note);
    o->set("recorded_by", e.recorded_by);
    o->set("recorded_at", e.recorded_at);
    return o;
}

} // namespace

Poco::JSON::Object::Ptr to_json(const ClaimView& view) {
    const Claim& c = view.claim;
    const ClaimStatus& s = view.status;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", c.id);
    o->set("family_id", c.family_id);
    o->set("child_id", c.child_id);
    o->set("year", c.year);
    o->set("ledger_posting_id", c.ledger_posting_id ? Poco::Dynamic::Var(*c.ledger_posting_id) : Poco::Dynamic::Var());
    o->set("claimed_ore", c.claimed.ore());
    o->set("issued", iso(c.issued));
    o->set("due", iso(c.due));
    o->set("payment_id", c.payment_id);
    o->set("state", to_string(s.state));
    o->set("state_label", danish_label(s.state));
    o->set("paid_ore", s.paid.ore());
    o->set("set_off_ore", s.set_off.ore());
    o->set("written_off_ore", s.written_off.ore());
    o->set("pending_write_off_ore", s.pending_write_off.ore());
    o->set("balance_ore", s.balance.ore());
    o->set("surplus_ore", s.surplus.ore());
    o->set("reminders_sent", s.reminders_sent);
    o->set("next_reminder", optional_date(s.next_reminder));
    o->set("handover_from", optional_date(s.handover_from));
    Poco::JSON::Array::Ptr events = new Poco::JSON::Array;
    for (const auto& e : c.events) events->add(event_json(e));
    o->set("events", events);
    Poco::JSON::Array::Ptr plan = new Poco::JSON::Array;
    for (const auto& i : plan_schedule(c)) {
        Poco::JSON::Object::Ptr instalment = new Poco::JSON::Object;
        instalment->set("due", iso(i.due));
        instalment->set("amount_ore", i.amount.ore());
        plan->add(instalment);
    }
    o->set("plan", plan);
    return o;
}

Poco::JSON::Object::Ptr to_json(const Receipt& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", r.id);
    o->set("camt_file_id", r.camt_file_id);
    o->set("entry_ref", r.payment.entry_ref);
    o->set("booked", iso(r.payment.booked));
    o->set("amount_ore", r.payment.amount.ore());
    o->set("reference", r.payment.reference);
    o->set("payer_name", r.payment.payer_name);
    o->set("assigned_ore", r.assigned.ore());
    o->set("unassigned_ore", r.left().ore());
    return o;
}

Poco::JSON::Object::Ptr to_json(const CamtImport& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("camt_file_id", r.camt_file_id);
    o->set("message_id", r.message_id);
    o->set("receipts", r.receipts);
    o->set("matched", r.matched);
    o->set("left_out", r.left_out);
    o->set("total_ore", r.total.ore());
    o->set("settled_ore", r.settled.ore());
    o->set("unassigned_ore", r.unassigned.ore());
    return o;
}

Poco::JSON::Object::Ptr to_json(const ReminderSent& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("claim_id", r.claim_id);
    o->set("family_id", r.family_id);
    o->set("number", r.number);
    o->set("balance_ore", r.balance.ore());
    return o;
}

} // namespace hjt::app
