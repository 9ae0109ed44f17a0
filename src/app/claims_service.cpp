#include "app/claims_service.h"

#include "app/claims_json.h"
#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/instalment_plan.h"
#include "store/audit_log.h"
#include "store/claims_store.h"
#include "store/rates_store.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

// The claims terms in force on `day` (the policy may change from a month's first day).
ClaimTerms terms(soci::session& sql, Date day) { return store::load_policy(sql, day).claims; }

ClaimView view_of(Claim claim, const ClaimTerms& t, Date today) {
    ClaimStatus status = claim_status(claim, t, today);
    return {std::move(claim), status};
}

// The claim for a change: unknown -> NotFound; nothing left to pay or handed over -> Conflict.
ClaimView changeable(soci::session& sql, Id claim_id, Date today) {
    ClaimView v = claim_view(sql, claim_id, today);
    if (v.status.balance == Money())
        throw Conflict(Message{MessageCode::claim_settled, {std::to_string(claim_id), danish_label(v.status.state)}});
    if (v.status.state == ClaimState::handed_over)
        throw Conflict(Message{MessageCode::claim_handed_over, {std::to_string(claim_id)}});
    return v;
}

// Appends the event, audits the change and returns the claim after it.
ClaimView record(soci::session& sql, const User& actor, const std::string& action, const ClaimView& before,
                 const ClaimEvent& event, Date today, Id* event_id = nullptr) {
    store::RowSeals written;
    Id id = store::append_claim_event(sql, before.claim.id, event, written);
    if (event_id) *event_id = id;
    ClaimView after = claim_view(sql, before.claim.id, today);
    audit_claim(sql, actor, action, before, after, written);
    return after;
}

} // namespace

ClaimEvent new_event(const User& actor, ClaimEventKind kind, Date date, Money amount, std::optional<Id> source,
                     std::string note) {
    ClaimEvent e;
    e.kind = kind;
    e.date = date;
    e.amount = amount;
    e.source_id = source;
    e.note = std::move(note);
    e.recorded_by = actor.username;
    e.recorded_at = support::utc_now();
    return e;
}

ClaimView claim_view(soci::session& sql, Id claim_id, Date today) {
    auto claim = store::load_claim(sql, claim_id);
    if (!claim) throw NotFound(Message{MessageCode::claim_not_found, {std::to_string(claim_id)}});
    return view_of(std::move(*claim), terms(sql, today), today);
}

void audit_claim(soci::session& sql, const User& actor, const std::string& action, const ClaimView& before,
                 const ClaimView& after, const store::RowSeals& written) {
    store::append_audit(sql,
                        {actor.username, action, "claim", std::to_string(after.claim.id),
                         before.claim.id ? stringify(to_json(before)) : "", stringify(to_json(after))},
                        written);
}

void create_claims(soci::session& sql, const std::vector<store::StoredReconciliation>& finals, Date issued,
                   const std::string& at, const std::string& by, store::RowSeals& written) {
    const ClaimTerms t = terms(sql, issued);
    std::vector<store::NewClaim> claims;
    for (const auto& f : finals) {
        if (f.figures.outcome != ReconciliationOutcome::repayment_claim) continue;
        claims.push_back({f.figures.family_id, f.figures.child_id, f.figures.year, f.id, f.ledger_posting_id,
                          f.figures.balance, issued, add_days(issued, t.due_days)});
    }
    store::insert_claims(sql, claims, at, by, written);
}

std::vector<ClaimView> list_claims(soci::session& sql, const User& actor, std::optional<Id> family_id, Date today) {
    if (actor.family_id) family_id = actor.family_id;  // a family sees its own, whatever it asks for
    if (family_id)
        require_permission(actor, Operation::read_own_family, *family_id);
    else
        require_permission(actor, Operation::read_across_families);
    std::vector<ClaimView> out;
    auto claims = store::load_claims(sql, family_id);
    if (claims.empty()) return out;  // no policy needed to list nothing
    const ClaimTerms t = terms(sql, today);
    for (auto& c : claims) out.push_back(view_of(std::move(c), t, today));
    return out;
}

ClaimView show_claim(soci::session& sql, const User& actor, Id claim_id, Date today) {
    require_permission(actor, Operation::read_own_family);
    ClaimView v = claim_view(sql, claim_id, today);
    require_permission(actor, Operation::read_own_family, v.claim.family_id);
    return v;
}

ClaimView add_plan(soci::session& sql, const User& actor, Id claim_id, Money per_month, Date first, Date today) {
    require_permission(actor, Operation::claims_manage);
    ClaimView before = changeable(sql, claim_id, today);
    instalment_schedule(before.status.balance, per_month, first);  // refuses a plan that cannot be one
    return record(sql, actor, "plan", before, new_event(actor, ClaimEventKind::plan, first, per_month), today);
}

Id prepare_write_off(soci::session& sql, const User& actor, Id claim_id, Money amount, const std::string& reason,
                     Date today) {
    require_permission(actor, Operation::claims_manage);
    ClaimView before = changeable(sql, claim_id, today);
    if (reason.find_first_not_of(" \t") == std::string::npos)
        throw ValidationError("reason", Message{MessageCode::reason_required, {}});
    Money room = before.status.balance - before.status.pending_write_off;
    if (amount <= Money() || amount > room)
        throw ValidationError("amount", Message{MessageCode::write_off_out_of_range, {format_kroner(room)}});
    Id id = 0;
    record(sql, actor, "prepare-write-off", before,
           new_event(actor, ClaimEventKind::write_off_prepared, today, amount, std::nullopt, reason), today, &id);
    return id;
}

ClaimView approve_write_off(soci::session& sql, const User& actor, Id claim_id, Id prepared_id, Date today) {
    require_permission(actor, Operation::claims_manage);
    ClaimView before = claim_view(sql, claim_id, today);
    const ClaimEvent& prepared = pending_write_off(before.claim, prepared_id);
    if (prepared.recorded_by == actor.username)
        throw Conflict(Message{MessageCode::four_eyes_write_off, {actor.username}});
    if (prepared.amount > before.status.balance)
        throw Conflict(Message{MessageCode::write_off_above_balance,
                               {format_kroner(prepared.amount), format_kroner(before.status.balance)}});
    return record(sql, actor, "approve-write-off", before,
                  new_event(actor, ClaimEventKind::write_off_approved, today, Money(), prepared_id), today);
}

} // namespace hjt::app
