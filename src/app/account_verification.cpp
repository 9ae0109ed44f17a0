#include "app/account_verification.h"

#include "app/entity_json.h"
#include "app/permissions.h"
#include "domain/errors.h"
#include "domain/payout_payees.h"
#include "store/audit_log.h"
#include "store/register_repository.h"

namespace hjt::app {
namespace {

// Who the account `after` is under verification by, `before` having been
// confirmed or under verification by `before_by`.
std::string unconfirmed_by(const std::optional<BankAccount>& before, const std::string& before_by,
                           const std::optional<BankAccount>& after, const User& actor) {
    if (!after) return "";
    return same_account(before, after) ? before_by : actor.username;
}

std::optional<BankAccount> pension_account(const std::optional<PensionPayee>& payee) {
    return payee ? std::optional(payee->account) : std::nullopt;
}

// One account to confirm: what it is (for messages and the audit) and who set it.
struct Pending {
    std::string what;     // "familiens bankkonto", "forælderens bankkonto", ...
    std::optional<BankAccount> account;
    std::string set_by;
};

// Four eyes: refuses when nothing is under verification or the actor set any of it.
void check_confirmable(const std::vector<Pending>& pending, const User& actor, const std::string& whose) {
    bool any = false;
    for (const auto& p : pending) {
        if (p.set_by.empty()) continue;
        any = true;
        if (p.set_by == actor.username)
            throw Conflict(Message{MessageCode::four_eyes_account, {p.what, whose, actor.username}});
    }
    if (!any) throw Conflict(Message{MessageCode::no_account_to_verify, {whose}});
}

// {"familiens bankkonto": {"account": "reg. 1234 konto ****5678", "set_by": "k1"}, ...}: never the full number.
std::string audit_text(const std::vector<Pending>& pending, const std::string& who_key, const std::string& who) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    for (const auto& p : pending) {
        if (p.set_by.empty()) continue;
        Poco::JSON::Object::Ptr one = new Poco::JSON::Object;
        one->set("account", masked_account_text(p.account));
        one->set(who_key, who.empty() ? p.set_by : who);
        o->set(p.what, one);
    }
    return stringify(o);
}

void audit_confirmation(soci::session& sql, const User& actor, const std::string& entity, Id id,
                        const std::vector<Pending>& pending) {
    store::append_audit(sql, {actor.username, "confirm-account", entity, std::to_string(id),
                              audit_text(pending, "set_by", ""), audit_text(pending, "confirmed_by", actor.username)});
}

} // namespace

void mark_changed_accounts(const std::optional<Family>& before, Family& after, const User& actor) {
    after.bank_unconfirmed_by = unconfirmed_by(before ? before->bank : std::nullopt,
                                               before ? before->bank_unconfirmed_by : "", after.bank, actor);
}

void mark_changed_accounts(const std::optional<LostEarningsAward>& before, LostEarningsAward& after,
                           const User& actor) {
    after.parent_bank_unconfirmed_by =
        unconfirmed_by(before ? before->parent_bank : std::nullopt, before ? before->parent_bank_unconfirmed_by : "",
                       after.parent_bank, actor);
    after.pension_unconfirmed_by =
        unconfirmed_by(before ? pension_account(before->pension_payee) : std::nullopt,
                       before ? before->pension_unconfirmed_by : "", pension_account(after.pension_payee), actor);
}

Family confirm_family_account(soci::session& sql, const User& actor, Id family_id) {
    require_permission(actor, Operation::account_confirm);
    auto family = store::find_family(sql, family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
    const std::vector<Pending> pending = {{"familiens bankkonto", family->bank, family->bank_unconfirmed_by}};
    check_confirmable(pending, actor, "familie " + std::to_string(family_id) + " (" + family->name + ")");
    family->bank_unconfirmed_by.clear();
    store::update_family(sql, *family);
    audit_confirmation(sql, actor, "family", family_id, pending);
    return *family;
}

LostEarningsAward confirm_award_accounts(soci::session& sql, const User& actor, Id award_id) {
    require_permission(actor, Operation::account_confirm);
    auto award = store::find_award(sql, award_id);
    if (!award) throw NotFound(Message{MessageCode::award_not_found, {std::to_string(award_id)}});
    const std::vector<Pending> pending = {
        {"forælderens bankkonto", award->parent_bank, award->parent_bank_unconfirmed_by},
        {"pensionsordningens konto", pension_account(award->pension_payee), award->pension_unconfirmed_by}};
    check_confirmable(pending, actor, "bevilling " + std::to_string(award_id) + " (" + award->parent_name + ")");
    award->parent_bank_unconfirmed_by.clear();
    award->pension_unconfirmed_by.clear();
    store::update_award_accounts(sql, *award);
    audit_confirmation(sql, actor, "lost_earnings_award", award_id, pending);
    return *award;
}

} // namespace hjt::app
