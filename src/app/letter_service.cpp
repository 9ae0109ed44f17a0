#include "app/letter_service.h"

#include "app/claims_service.h"
#include "app/lost_earnings_service.h"
#include "app/payslip_service.h"
#include "app/permissions.h"
#include "app/rate_service.h"
#include "app/register_reads.h"
#include "app/statement_service.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/payment_reference.h"
#include "store/rates_store.h"
#include "reports/claim_letter.h"
#include "reports/lost_earnings_letter.h"
#include "reports/payslip_letter.h"
#include "reports/reminder_letter.h"
#include "reports/statement_letter.h"

namespace hjt::app {

namespace {

reports::LetterContext context(const LetterSettings& settings, Date today) {
    return {settings.letterhead, today, settings.appeal_guidance, settings.appeal_weeks};
}

Family claim_family(soci::session& sql, const Claim& claim) {
    auto family = find_family(sql, claim.family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(claim.family_id)}});
    return std::move(*family);
}

// The reminders sent on a claim, in the order sent.
std::vector<ClaimEvent> reminders_of(const Claim& claim) {
    std::vector<ClaimEvent> sent;
    for (const auto& e : claim.events)
        if (e.kind == ClaimEventKind::reminder) sent.push_back(e);
    return sent;
}

} // namespace

LetterFile statement_letter(soci::session& sql, const User& actor, Id family_id, int year,
                            const LetterSettings& settings, Date today) {
    require_permission(actor, Operation::read_own_family, family_id);
    const auto statement = annual_statement(sql, family_id, year, today);
    return {"aarsopgoerelse-" + std::to_string(family_id) + "-" + std::to_string(year) + ".pdf",
            reports::render_letter(reports::statement_letter(statement, context(settings, today)))};
}

LetterFile payslip_letter(soci::session& sql, const User& actor, Id helper_id, Month month,
                          const LetterSettings& settings, Date today) {
    const auto helper = find_helper(sql, helper_id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper_id)}});
    require_permission(actor, Operation::read_own_family, helper->family_id);
    const auto slip = payslip_document(helper_payslip(sql, helper_id, month));
    return {"lonseddel-" + std::to_string(helper_id) + "-" + iso(month) + ".pdf",
            reports::render_letter(reports::payslip_letter(slip, context(settings, today)))};
}

LetterFile lost_earnings_letter(soci::session& sql, const User& actor, Id award_id, int year,
                                const LetterSettings& settings, Date today) {
    limits::checked_year(year, "year");
    const auto statement = award_statement(sql, award_id);
    require_permission(actor, Operation::read_own_family, statement.child.family_id);
    const RateBook rates = stored_rates(sql);
    const auto months = award_year(statement, year, rates, lost_earnings_terms(sql, rates, year));
    return {"tabt-arbejdsfortjeneste-" + std::to_string(award_id) + "-" + std::to_string(year) + ".pdf",
            reports::render_letter(reports::lost_earnings_letter(statement.who, year, months, context(settings, today)))};
}

LetterFile claim_letter(soci::session& sql, const User& actor, Id claim_id, const LetterSettings& settings,
                        const std::string& fi_creditor, Date today) {
    const Claim claim = show_claim(sql, actor, claim_id, today).claim;  // NotFound: another family's
    const Family family = claim_family(sql, claim);
    const reports::ClaimLetterData data{family.name, family.cvr, claim.year, claim.claimed, claim.due,
                                        fi_payment_line(claim.payment_id, fi_creditor), claim.payment_id};
    return {"tilbagebetalingskrav-" + std::to_string(claim.id) + ".pdf",
            reports::render_letter(reports::claim_letter(data, context(settings, claim.issued)))};
}

LetterFile reminder_letter(soci::session& sql, const User& actor, Id claim_id, std::optional<int> number,
                           const LetterSettings& settings, const std::string& fi_creditor, Date today) {
    const Claim claim = show_claim(sql, actor, claim_id, today).claim;  // NotFound: another family's
    const auto sent = reminders_of(claim);
    if (sent.empty()) throw NotFound(Message{MessageCode::claim_no_reminders, {std::to_string(claim_id)}});
    const int n = number.value_or(static_cast<int>(sent.size()));
    if (n < 1 || n > static_cast<int>(sent.size()))
        throw NotFound(Message{MessageCode::reminder_not_found,
                               {std::to_string(n), std::to_string(claim_id), std::to_string(sent.size())}});
    const ClaimEvent& reminder = sent[static_cast<std::size_t>(n - 1)];
    const ClaimTerms terms = store::load_policy(sql, reminder.date).claims;
    const Family family = claim_family(sql, claim);
    const reports::ReminderLetterData data{family.name,
                                           family.cvr,
                                           claim.year,
                                           n,
                                           n >= terms.reminder_count,
                                           claim.claimed,
                                           reminder.amount,
                                           claim.due,
                                           add_days(reminder.date, terms.reminder_spacing_days),
                                           fi_payment_line(claim.payment_id, fi_creditor),
                                           claim.payment_id};
    return {"rykker-" + std::to_string(claim.id) + "-" + std::to_string(n) + ".pdf",
            reports::render_letter(reports::reminder_letter(data, context(settings, reminder.date)))};
}

} // namespace hjt::app
