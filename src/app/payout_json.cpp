#include "app/payout_json.h"

#include <Poco/JSON/Array.h>

#include "domain/iban.h"

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

Poco::JSON::Array::Ptr months_json(const std::vector<Month>& months) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (Month m : months) array->add(iso(m));
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
    o->set("held_back", run.held_back.ore());
    o->set("content_hash", run.content_hash);
    o->set("catch_up_months", months_json(run.catch_up_months));
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
    o->set("held_back", line.held_back);
    o->set("released_line_id", or_null(line.released_line_id));
    o->set("released_from", line.released_from ? Poco::Dynamic::Var(iso(*line.released_from)) : Poco::Dynamic::Var());
    return o;
}

Poco::JSON::Object::Ptr to_json(const RunPayee& p) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("payee", to_string(p.payee));
    o->set("family_id", p.family_id);
    o->set("award_id", or_null(p.award_id));
    o->set("name", p.name);
    o->set("cvr", p.cvr);
    o->set("reg_no", p.account ? Poco::Dynamic::Var(p.account->reg_no) : Poco::Dynamic::Var());
    o->set("account_no", p.account ? Poco::Dynamic::Var(p.account->account_no) : Poco::Dynamic::Var());
    o->set("iban", p.account ? Poco::Dynamic::Var(danish_iban(*p.account)) : Poco::Dynamic::Var());
    o->set("parent_name", p.parent_name);
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
    o->set("payees", array_of(run.payees));
    CatchUpTotal late = catch_up_total(run.lines, run.header.catch_up_months);
    Poco::JSON::Object::Ptr catch_up = new Poco::JSON::Object;
    catch_up->set("months", months_json(run.header.catch_up_months));
    catch_up->set("lines", late.lines);
    catch_up->set("total", late.total.ore());
    o->set("catch_up", catch_up);
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

Poco::JSON::Object::Ptr ledger_json(Id family_id, const std::vector<LedgerPosting>& postings,
                                    const std::vector<OwedLine>& owed) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("family_id", family_id);
    o->set("postings", array_of(postings));
    o->set("balance", balance(postings).ore());
    Poco::JSON::Array::Ptr owed_items = new Poco::JSON::Array;
    Money owed_total;
    for (const auto& item : owed) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("line_id", item.line_id);
        entry->set("run_month", iso(item.run_month));
        entry->set("line", to_json(item.line));
        owed_items->add(entry);
        owed_total += item.line.amount;
    }
    o->set("owed", owed_items);
    o->set("owed_total", owed_total.ore());
    return o;
}

} // namespace hjt::app
