#include "app/claims_receipts.h"

#include <Poco/JSON/Object.h>

#include "app/camt054.h"
#include "app/claims_json.h"
#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/claims_store.h"
#include "store/rates_store.h"
#include "support/clock.h"
#include "support/sha256.h"

namespace hjt::app {
namespace {

// The claims a receipt may settle by itself: something to pay, not handed over
// (a payment for a handed-over claim is Gældsstyrelsen's, assigned by hand).
std::vector<OpenClaim> open_claims(soci::session& sql, Date today) {
    std::vector<OpenClaim> open;
    const auto claims = store::load_claims(sql);
    if (claims.empty()) return open;
    const ClaimTerms terms = store::load_policy(sql, today).claims;
    auto names = store::payer_names(sql);
    for (const auto& c : claims) {
        ClaimStatus s = claim_status(c, terms, today);
        if (s.balance > Money() && s.state != ClaimState::handed_over)
            open.push_back({c.id, c.payment_id, s.balance, names[c.family_id]});
    }
    return open;
}

void refuse_seen(soci::session& sql, const CamtFile& file, const std::string& sha256) {
    if (store::camt_file_seen(sql, file.message_id, sha256))
        throw Conflict(Message{MessageCode::camt_file_seen, {file.message_id}});
    std::vector<std::string> refs;
    for (const auto& p : file.payments) refs.push_back(p.entry_ref);
    auto known = store::known_entry_refs(sql, refs);
    if (!known.empty())
        throw Conflict(Message{MessageCode::camt_entry_seen, {known.front()}});
}

// `settled_on`: the bank's booking day when matched at import; the day finance
// assigns it by hand otherwise, so assigning never changes a past month's
// postings journal (the receipt itself is booked on its booking day).
ClaimEvent payment_event(const User& actor, Date settled_on, Id receipt_id, Money amount, const std::string& note) {
    return new_event(actor, ClaimEventKind::payment, settled_on, amount, receipt_id, note);
}

} // namespace

CamtImport import_camt(soci::session& sql, const User& actor, const std::string& xml, const std::string& source,
                       Date today) {
    require_permission(actor, Operation::claims_manage);
    CamtFile file = parse_camt054(xml, source);
    const std::string sha256 = support::sha256_hex(xml);
    refuse_seen(sql, file, sha256);

    CamtImport report;
    report.message_id = file.message_id;
    report.left_out = file.left_out;
    for (const auto& p : file.payments) report.total += p.amount;
    store::RowSeals written;
    const std::string at = support::utc_now();
    report.camt_file_id = store::insert_camt_file(sql, file.message_id, sha256,
                                                  static_cast<long long>(file.payments.size()), report.total, at,
                                                  actor.username, written);
    auto settlements = match_payments(file.payments, open_claims(sql, today));
    for (std::size_t i = 0; i < file.payments.size(); ++i) {
        const IncomingPayment& p = file.payments[i];
        Id receipt = store::insert_receipt(sql, report.camt_file_id, p, written);
        ++report.receipts;
        if (!settlements[i]) continue;
        const ReceiptSettlement& s = *settlements[i];
        store::append_claim_event(
            sql, s.claim_id,
            payment_event(actor, p.booked, receipt, s.amount,
                          s.by == MatchedBy::reference ? "betalings-ID" : "beløb og betaler"),
            written);
        ++report.matched;
        report.settled += s.amount;
    }
    report.unassigned = report.total - report.settled;
    store::append_audit(sql, {actor.username, "import-camt", "camt_file", std::to_string(report.camt_file_id), "",
                              stringify(to_json(report))},
                        written);
    return report;
}

std::vector<Receipt> list_receipts(soci::session& sql, const User& actor, bool only_unassigned) {
    require_permission(actor, Operation::claims_manage);
    return store::load_receipts(sql, only_unassigned);
}

ClaimView assign_receipt(soci::session& sql, const User& actor, Id receipt_id, Id claim_id,
                         std::optional<Money> amount, Date today) {
    require_permission(actor, Operation::claims_manage);
    auto receipt = store::load_receipt(sql, receipt_id);
    if (!receipt) throw NotFound(Message{MessageCode::receipt_not_found, {std::to_string(receipt_id)}});
    ClaimView before = claim_view(sql, claim_id, today);
    if (receipt->left() <= Money())
        throw Conflict(Message{MessageCode::receipt_fully_allocated, {std::to_string(receipt_id)}});
    for (const auto& e : before.claim.events)
        if (e.kind == ClaimEventKind::payment && e.source_id == receipt_id)
            throw Conflict(Message{MessageCode::receipt_paid_claim, {std::to_string(receipt_id), std::to_string(claim_id)}});
    Money most = std::min(receipt->left(), before.status.balance);
    Money take = amount.value_or(most);
    if (take <= Money() || take > most)
        throw ValidationError("amount", Message{MessageCode::allocation_out_of_range, {format_kroner(most)}});
    store::RowSeals written;
    store::append_claim_event(sql, claim_id, payment_event(actor, today, receipt_id, take, "fordelt manuelt"),
                              written);
    ClaimView after = claim_view(sql, claim_id, today);
    audit_claim(sql, actor, "assign-receipt", before, after, written);
    return after;
}

} // namespace hjt::app
