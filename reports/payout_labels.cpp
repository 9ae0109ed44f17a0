#include "reports/payout_labels.h"

#include <cstdio>

#include "reports/statement_labels.h"

namespace hjt::reports {

namespace {

constexpr auto kFlagLabels = enum_table<FlagCode>({{FlagCode::missing_bank_account, "Mangler bankkonto"},
                                                   {FlagCode::cap_reached, "Årsloft nået"},
                                                   {FlagCode::turns_18, "Fylder 18"},
                                                   {FlagCode::negative_total, "Negativ måned"},
                                                   {FlagCode::missing_parent_account, "Forælder mangler bankkonto"},
                                                   {FlagCode::missing_normal_hours, "Forælderens normale arbejdstid mangler"},
                                                   {FlagCode::missing_pension_scheme, "Mangler pensionsordning"},
                                                   {FlagCode::account_changed, "Ny bankkonto"},
                                                   {FlagCode::held_back_released, "Tilbageholdt udbetales"},
                                                   {FlagCode::catch_up, "Efterbetaling"},
                                                   {FlagCode::expense_over_budget, "Udlæg ud over budget"},
                                                   {FlagCode::account_unconfirmed, "Bankkonto til kontrol"},
                                                   {FlagCode::payroll_not_covered, "Lønservice ikke dækket"},
                                                   {FlagCode::grant_without_hours, "Bevilling uden timer"}});
constexpr auto kPayeeLabels = enum_table<Payee>({{Payee::family, "Familie"},
                                                 {Payee::parent, "Forælder"},
                                                 {Payee::pension, "Pensionsordning"},
                                                 {Payee::tax_authority, "Skattestyrelsen"},
                                                 {Payee::atp, "ATP"},
                                                 {Payee::holiday_fund, "FerieKonto"}});
constexpr auto kRunStatusLabels =
    enum_table<RunStatus>({{RunStatus::draft, "Kladde"}, {RunStatus::approved, "Godkendt"}, {RunStatus::paid, "Udbetalt"}});

} // namespace

std::string danish_label(LineKind kind) { return rules_of(kind).label; }
std::string danish_label(FlagCode code) { return text_of(kFlagLabels, code); }
std::string danish_label(Payee payee) { return text_of(kPayeeLabels, payee); }
std::string danish_label(RunStatus status) { return text_of(kRunStatusLabels, status); }

std::string posting_kind_label(const std::string& kind) {
    if (auto line = parse_line_kind(kind)) return danish_label(*line);
    if (auto outcome = parse_code<ReconciliationOutcome>(kind)) return "Årsopgørelse: " + danish_label(*outcome);
    if (kind == "claim_set_off") return "Modregning i krav";
    if (kind == "top_up_paid") return "Efterbetaling udbetalt";
    return kind;
}

std::string plain_amount(Money m) {
    long long ore = m.ore();
    unsigned long long magnitude = ore < 0 ? 0ULL - static_cast<unsigned long long>(ore) : static_cast<unsigned long long>(ore);
    char text[32];
    std::snprintf(text, sizeof text, "%s%llu.%02llu", ore < 0 ? "-" : "", magnitude / 100, magnitude % 100);
    return text;
}

} // namespace hjt::reports
