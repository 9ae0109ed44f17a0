#include "app/payout_json.h"

#include <Poco/JSON/Array.h>

namespace hjt::app {
namespace {

template <class T>
Poco::Dynamic::Var or_null(const std::optional<T>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

template <class Item>
Poco::JSON::Array::Ptr array_of(const std::vector<Item>& items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& item : items) array->add(to_json(item));
    return array;
}

} // namespace

Poco::JSON::Object::Ptr to_json(const PayoutRunHeader& run) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", run.id);
    o->set("month", iso(run.month));
    o->set("status", to_string(run.status));
    o->set("prepared_by", run.prepared_by);
    o->set("prepared_at", run.prepared_at);
    o->set("approved_by", or_null(run.approved_by));
    o->set("approved_at", or_null(run.approved_at));
    o->set("paid_by", or_null(run.paid_by));
    o->set("paid_at", or_null(run.paid_at));
    o->set("total", run.total.ore());
    o->set("line_count", run.line_count);
    o->set("content_hash", run.content_hash);
    return o;
}

Poco::JSON::Object::Ptr to_json(const PayoutLine& line) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", line.family_id);
    o->set("child_id", line.child_id);
    o->set("kind", to_string(line.kind));
    o->set("month_concerned", iso(line.month_concerned));
    o->set("expense_id", or_null(line.expense_id));
    o->set("amount", line.amount.ore());
    o->set("computed", line.computed.ore());
    o->set("capped", line.capped);
    o->set("description", line.description);
    o->set("award_id", or_null(line.award_id));
    Poco::JSON::Object::Ptr withheld = new Poco::JSON::Object;
    withheld->set("atp", line.withheld.atp.ore());
    withheld->set("am_bidrag", line.withheld.am_bidrag.ore());
    withheld->set("a_skat", line.withheld.a_skat.ore());
    o->set("withheld", withheld);
    return o;
}

Poco::JSON::Object::Ptr to_json(const PayoutFlag& flag) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", flag.family_id);
    o->set("child_id", or_null(flag.child_id));
    o->set("code", to_string(flag.code));
    o->set("message", flag.message);
    return o;
}

Poco::JSON::Object::Ptr to_json(const PayoutRun& run) {
    Poco::JSON::Object::Ptr o = to_json(run.header);
    o->set("lines", array_of(run.lines));
    o->set("flags", array_of(run.flags));
    return o;
}

Poco::JSON::Object::Ptr to_json(const LedgerPosting& p) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", p.id);
    o->set("family_id", p.family_id);
    o->set("child_id", or_null(p.child_id));
    o->set("run_id", or_null(p.run_id));
    o->set("run_month", p.run_month ? Poco::Dynamic::Var(iso(*p.run_month)) : Poco::Dynamic::Var());
    o->set("kind", p.kind);
    o->set("month_concerned", iso(p.month_concerned));
    o->set("amount", p.amount.ore());
    o->set("description", p.description);
    o->set("posted_at", p.posted_at);
    o->set("posted_by", p.posted_by);
    return o;
}

Poco::JSON::Object::Ptr ledger_json(Id family_id, const std::vector<LedgerPosting>& postings) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", family_id);
    o->set("postings", array_of(postings));
    o->set("balance", balance(postings).ore());
    return o;
}

} // namespace hjt::app
