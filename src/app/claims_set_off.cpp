#include "app/claims_set_off.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <map>

#include "app/claims_service.h"
#include "app/entity_json.h"
#include "domain/claims.h"
#include "domain/danish_format.h"
#include "store/audit_log.h"
#include "store/claims_store.h"
#include "store/rates_store.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

// A claim set off from: something to pay, not handed over, no instalment plan kept.
bool may_set_off(const ClaimStatus& s) {
    return s.balance > Money() && s.state != ClaimState::handed_over && !s.plan_kept;
}

ClaimEvent set_off_event(const User& actor, Date date, Money amount, Id line_id, Month month) {
    return new_event(actor, ClaimEventKind::set_off, date, amount, line_id, "modregnet i udbetalingen for " + iso(month));
}

} // namespace

void add_set_off_claims(soci::session& sql, PayoutBasis& basis) {
    const auto claims = store::load_claims(sql);
    if (claims.empty()) return;  // nothing to set off (and no policy needed for it)
    const ClaimTerms terms = store::load_policy(sql, first_day(basis.month)).claims;
    basis.setoff_share = Rate::basis_points(terms.setoff_max_share_bp);
    if (terms.setoff_max_share_bp == 0) return;
    auto pending = store::pending_set_offs(sql);
    std::map<Id, std::vector<SetOffClaim>> by_family;
    for (const auto& c : claims) {
        ClaimStatus s = claim_status(c, terms, first_day(basis.month));
        if (!may_set_off(s)) continue;
        Money& approved = pending[c.child_id];  // already withheld for the child's claims, oldest first
        Money taken = std::min(approved, s.balance);
        approved -= taken;
        if (s.balance > taken) by_family[c.family_id].push_back({c.id, c.child_id, s.balance - taken});
    }
    for (auto& f : basis.families) f.claims = std::move(by_family[f.family.id]);
}

void settle_set_offs(soci::session& sql, const User& actor, Id run_id, Month month, Date execution_date) {
    auto lines = store::unsettled_set_off_lines(sql, run_id);
    if (lines.empty()) return;
    const ClaimTerms terms = store::load_policy(sql, execution_date).claims;
    const std::string at = support::utc_now();
    auto claims = store::load_claims(sql);
    store::RowSeals written;
    Poco::JSON::Array::Ptr settled = new Poco::JSON::Array;
    for (const auto& line : lines) {
        Money left = line.withheld;
        const Claim* last = nullptr;
        auto settle = [&](const Claim& c, Money amount) {
            store::append_claim_event(sql, c.id, set_off_event(actor, execution_date, amount, line.line_id, month),
                                      written);
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("claim_id", c.id);
            o->set("line_id", line.line_id);
            o->set("amount_ore", amount.ore());
            settled->add(o);
            left -= amount;
        };
        for (const auto& c : claims) {
            if (c.child_id != line.child_id) continue;
            last = &c;
            Money take = std::min(left, claim_status(c, terms, execution_date).balance);
            if (take > Money()) settle(c, take);
        }
        const Money repaid = line.withheld - left;
        // Withheld beyond what the claims owe (paid meanwhile): the last claim
        // shows it as its surplus, to be paid back, never absorbed.
        if (left > Money() && last) settle(*last, left);
        store::post_claim_set_off(sql, line, month, repaid,
                                  "Tilbagebetalingskrav udlignet ved modregning " + format_kroner(line.withheld), at,
                                  actor.username, written);
    }
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("month", iso(month));
    after->set("set_offs", settled);
    store::append_audit(sql, {actor.username, "settle-set-off", "claim", iso(month), "", stringify(after)}, written);
}

} // namespace hjt::app
