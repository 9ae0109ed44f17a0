#include "app/subject_access.h"

#include <Poco/JSON/Array.h>

#include <map>
#include <set>

#include "app/cpr_display.h"
#include "app/entity_json.h"
#include "app/payout_json.h"
#include "app/payout_service.h"
#include "app/permissions.h"
#include "app/rate_service.h"
#include "app/reconciliation_json.h"
#include "app/reconciliation_reads.h"
#include "app/register_reads.h"
#include "app/shift_json.h"
#include "app/shift_service.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/eindkomst_store.h"
#include "store/shift_store.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr const char* kChannel = "subject-access";

template <class Items, class ToJson>
Array::Ptr array_of(const Items& items, ToJson to) {
    Array::Ptr out = new Array;
    for (const auto& item : items) out->add(to(item));
    return out;
}

// The years the family has money or hours in: those a reconciliation can be stored for.
std::set<int> years_of(const FamilyLedger& ledger, const std::vector<ShiftRecord>& shifts,
                       const std::vector<Expense>& expenses) {
    std::set<int> years;
    for (const auto& p : ledger.postings) years.insert(static_cast<int>(p.month_concerned.year()));
    for (const auto& s : shifts) years.insert(static_cast<int>(date::year_month_day(s.times.date).year()));
    for (const auto& e : expenses) years.insert(static_cast<int>(date::year_month_day(e.date).year()));
    return years;
}

// What was reported to eIndkomst about the family and its people: amounts
// (øre) and counts (hundredths) by record 6000 group and eIndkomst field.
Object::Ptr to_json(const store::StoredReport& r) {
    Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("report_id", store::report_id_text(r.id));
    o->set("kind", r.kind);
    o->set("employer_se", r.employer_se);
    o->set("month", r.month);
    o->set("person_kind", r.person.first);
    o->set("person_id", r.person.second);
    if (r.corrects) o->set("corrects", store::report_id_text(*r.corrects));
    o->set("sent_at", r.created_at);
    Array::Ptr values = new Array;
    for (const auto& [key, value] : r.values) {
        Object::Ptr v = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        v->set("group", key.first);
        v->set("field", key.second);
        v->set("value", value);
        values->add(v);
    }
    o->set("values", values);
    return o;
}

} // namespace

Object::Ptr subject_access(soci::session& sql, const User& actor, Id family_id) {
    require_permission(actor, Operation::subject_access, family_id);
    auto family = find_family(sql, family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});

    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("exported_at", support::utc_now());
    out->set("family", to_json(*family));
    Array::Ptr children = new Array;
    // One family's few children: their grants and awards a query each child.
    for (const auto& child : list_children(sql, family_id)) {
        auto c = record_json(sql, actor, child, kChannel);
        c->set("grants", array_of(list_grants(sql, child.id), [](const Grant& g) { return to_json(g); }));
        c->set("lost_earnings", array_of(list_awards(sql, child.id), [&](const LostEarningsAward& a) {
                   return record_json(sql, actor, a, kChannel);
               }));
        children->add(c);
    }
    out->set("children", children);
    out->set("helpers", array_of(list_helpers(sql, family_id),
                                 [&](const Helper& h) { return record_json(sql, actor, h, kChannel); }));
    const auto expenses = list_expenses(sql, family_id);
    out->set("expenses", array_of(expenses, [](const Expense& e) { return to_json(e); }));
    const auto shifts = store::list_all_family_shifts(sql, family_id);
    if (shifts.empty()) {
        out->set("shifts", Array::Ptr(new Array));
    } else {
        std::map<int, Policy> of_year;  // the shifts span years: each described under its year's policy
        out->set("shifts", array_of(shifts, [&](const ShiftRecord& s) {
            const int year = static_cast<int>(s.times.date.year());
            if (!of_year.count(year)) of_year.emplace(year, shift_policy(sql, s.times.date));
            return to_json(s, of_year.at(year));
        }));
    }
    const FamilyLedger ledger = family_ledger(sql, family_id);
    out->set("ledger", ledger_json(family_id, ledger.postings, ledger.owed));
    Array::Ptr reconciliations = new Array;
    for (int year : years_of(ledger, shifts, expenses))
        for (const auto& r : stored_reconciliations(sql, year, family_id)) reconciliations->add(to_json(r));
    out->set("reconciliations", reconciliations);
    out->set("eindkomst", array_of(store::family_reports(sql, family_id),
                                   [](const store::StoredReport& r) { return to_json(r); }));

    Object::Ptr counts = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const char* part : {"children", "helpers", "expenses", "shifts", "reconciliations", "eindkomst"})
        counts->set(part, out->getArray(part)->size());
    store::append_audit(sql, {actor.username, "subject-access", "family", std::to_string(family_id), "",
                              stringify(counts)});
    return out;
}

} // namespace hjt::app
