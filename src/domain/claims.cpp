#include "domain/claims.h"

#include <algorithm>

#include "domain/errors.h"
#include "domain/instalment_plan.h"

namespace hjt {
namespace {

constexpr auto kEventCodes = enum_table<ClaimEventKind>({{ClaimEventKind::payment, "payment"},
                                                         {ClaimEventKind::set_off, "set_off"},
                                                         {ClaimEventKind::write_off_prepared, "write_off_prepared"},
                                                         {ClaimEventKind::write_off_approved, "write_off_approved"},
                                                         {ClaimEventKind::plan, "plan"},
                                                         {ClaimEventKind::reminder, "reminder"},
                                                         {ClaimEventKind::handover, "handover"}});
constexpr auto kStateCodes = enum_table<ClaimState>({{ClaimState::open, "open"},
                                                     {ClaimState::partly_paid, "partly_paid"},
                                                     {ClaimState::paid, "paid"},
                                                     {ClaimState::set_off, "set_off"},
                                                     {ClaimState::in_instalments, "in_instalments"},
                                                     {ClaimState::overdue, "overdue"},
                                                     {ClaimState::handed_over, "handed_over"},
                                                     {ClaimState::written_off, "written_off"}});
constexpr auto kStateLabels = enum_table<ClaimState>({{ClaimState::open, "åben"},
                                                      {ClaimState::partly_paid, "delvis betalt"},
                                                      {ClaimState::paid, "betalt"},
                                                      {ClaimState::set_off, "modregnet"},
                                                      {ClaimState::in_instalments, "afdragsordning"},
                                                      {ClaimState::overdue, "forfalden"},
                                                      {ClaimState::handed_over, "oversendt til inddrivelse"},
                                                      {ClaimState::written_off, "afskrevet"}});
// The pages' words (src/http/web/pages/claim.js) for the same events.
constexpr auto kEventLabels = enum_table<ClaimEventKind>({{ClaimEventKind::payment, "Indbetaling"},
                                                          {ClaimEventKind::set_off, "Modregning i udbetaling"},
                                                          {ClaimEventKind::write_off_prepared, "Afskrivning foreslået"},
                                                          {ClaimEventKind::write_off_approved, "Afskrivning godkendt"},
                                                          {ClaimEventKind::plan, "Afdragsordning aftalt"},
                                                          {ClaimEventKind::reminder, "Rykker sendt"},
                                                          {ClaimEventKind::handover, "Oversendt til inddrivelse"}});

bool approved(const Claim& claim, Id prepared_id) {
    return std::any_of(claim.events.begin(), claim.events.end(), [&](const ClaimEvent& e) {
        return e.kind == ClaimEventKind::write_off_approved && e.source_id == prepared_id;
    });
}

// What an event settles of the claim: payments, set-offs and approved write-offs
// (counted where the approval is, so a plan made before it does not count it).
Money settles(const Claim& claim, const ClaimEvent& event) {
    switch (event.kind) {
    case ClaimEventKind::payment:
    case ClaimEventKind::set_off: return event.amount;
    case ClaimEventKind::write_off_approved:
        for (const auto& e : claim.events)
            if (e.kind == ClaimEventKind::write_off_prepared && event.source_id == e.id) return e.amount;
        return Money();
    default: return Money();
    }
}

// The latest instalment plan, what was open when it was made and what was settled since.
struct PlanBasis {
    const ClaimEvent* plan = nullptr;
    Money total, since;
};

PlanBasis latest_plan(const Claim& claim) {
    PlanBasis b;
    auto plan = std::find_if(claim.events.rbegin(), claim.events.rend(),
                             [](const ClaimEvent& e) { return e.kind == ClaimEventKind::plan; });
    if (plan == claim.events.rend()) return b;
    b.plan = &*plan;
    Money before;
    bool after_plan = false;
    for (const auto& e : claim.events) {
        if (&e == b.plan) after_plan = true;
        (after_plan ? b.since : before) += settles(claim, e);
    }
    b.total = claim.claimed - before;
    return b;
}

// Whether the latest instalment plan's schedule is met on `today`.
bool plan_kept(const Claim& claim, Date today) {
    PlanBasis b = latest_plan(claim);
    if (!b.plan || b.total <= Money()) return false;
    return b.since >= due_by(instalment_schedule(b.total, b.plan->amount, b.plan->date), today);
}

ClaimState settled_state(const ClaimStatus& s) {
    if (s.written_off > Money()) return ClaimState::written_off;
    if (s.set_off > Money() && s.paid == Money()) return ClaimState::set_off;
    return ClaimState::paid;
}

// Reminders fall due `spacing` days after the due date, then after each
// reminder; after the last, hand-over is due as far after it.
void reminder_dates(const Claim& claim, const ClaimTerms& terms, ClaimStatus& s) {
    std::optional<Date> last;
    for (const auto& e : claim.events)
        if (e.kind == ClaimEventKind::reminder) last = e.date;
    Date next = add_days(last.value_or(claim.due), terms.reminder_spacing_days);
    if (s.reminders_sent < terms.reminder_count)
        s.next_reminder = next;
    else
        s.handover_from = next;
}

} // namespace

std::span<const EnumText<ClaimEventKind>> codes(ClaimEventKind) { return kEventCodes; }
std::span<const EnumText<ClaimState>> codes(ClaimState) { return kStateCodes; }
const char* danish_label(ClaimState s) { return text_of(kStateLabels, s); }
const char* danish_label(ClaimEventKind kind) { return text_of(kEventLabels, kind); }

Date add_days(Date d, int days) { return Date{date::sys_days{d} + date::days{days}}; }

ClaimStatus claim_status(const Claim& claim, const ClaimTerms& terms, Date today) {
    ClaimStatus s;
    bool handed = false, planned = false;
    for (const auto& e : claim.events) {
        switch (e.kind) {
        case ClaimEventKind::payment: s.paid += e.amount; break;
        case ClaimEventKind::set_off: s.set_off += e.amount; break;
        case ClaimEventKind::write_off_prepared:
            (approved(claim, e.id) ? s.written_off : s.pending_write_off) += e.amount;
            break;
        case ClaimEventKind::write_off_approved: break;
        case ClaimEventKind::plan: planned = true; break;
        case ClaimEventKind::reminder: ++s.reminders_sent; break;
        case ClaimEventKind::handover: handed = true; break;
        }
    }
    Money settled = s.paid + s.set_off + s.written_off;
    Money open = claim.claimed - settled;
    s.balance = std::max(open, Money());
    s.surplus = std::max(-open, Money());
    if (s.balance == Money()) {
        s.state = settled_state(s);
        return s;
    }
    s.plan_kept = planned && plan_kept(claim, today);
    if (handed)
        s.state = ClaimState::handed_over;
    else if (s.plan_kept)
        s.state = ClaimState::in_instalments;
    else if (planned || date::sys_days{today} > date::sys_days{claim.due})
        s.state = ClaimState::overdue;
    else
        s.state = settled > Money() ? ClaimState::partly_paid : ClaimState::open;
    if (!handed && !s.plan_kept && date::sys_days{today} > date::sys_days{claim.due}) reminder_dates(claim, terms, s);
    return s;
}

std::vector<Instalment> plan_schedule(const Claim& claim) {
    PlanBasis b = latest_plan(claim);
    if (!b.plan || b.total <= Money()) return {};
    return instalment_schedule(b.total, b.plan->amount, b.plan->date);
}

const ClaimEvent& pending_write_off(const Claim& claim, Id prepared_id) {
    for (const auto& e : claim.events)
        if (e.kind == ClaimEventKind::write_off_prepared && e.id == prepared_id && !approved(claim, e.id)) return e;
    throw NotFound(Message{MessageCode::write_off_not_pending, {std::to_string(prepared_id), std::to_string(claim.id)}});
}

} // namespace hjt
