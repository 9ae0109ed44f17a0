#include "reports/payout_labels.h"

#include <cstdio>

namespace hjt::reports {

std::string danish_label(LineKind kind) { return rules_of(kind).label; }

std::string danish_label(FlagCode code) {
    switch (code) {
    case FlagCode::missing_bank_account: return "Mangler bankkonto";
    case FlagCode::cap_reached: return "Årsloft nået";
    case FlagCode::turns_18: return "Fylder 18";
    case FlagCode::negative_total: return "Negativ måned";
    case FlagCode::missing_parent_account: return "Forælder mangler bankkonto";
    case FlagCode::missing_normal_hours: return "Forælderens normale arbejdstid mangler";
    case FlagCode::missing_pension_scheme: return "Mangler pensionsordning";
    case FlagCode::account_changed: return "Ny bankkonto";
    case FlagCode::held_back_released: return "Tilbageholdt udbetales";
    case FlagCode::catch_up: return "Efterbetaling";
    case FlagCode::expense_over_budget: return "Udlæg ud over budget";
    }
    return to_string(code);
}

std::string danish_label(Payee payee) {
    switch (payee) {
    case Payee::family: return "Familie";
    case Payee::parent: return "Forælder";
    case Payee::pension: return "Pensionsordning";
    }
    return to_string(payee);
}

std::string plain_amount(Money m) {
    long long ore = m.ore();
    unsigned long long magnitude = ore < 0 ? 0ULL - static_cast<unsigned long long>(ore) : static_cast<unsigned long long>(ore);
    char text[32];
    std::snprintf(text, sizeof text, "%s%llu.%02llu", ore < 0 ? "-" : "", magnitude / 100, magnitude % 100);
    return text;
}

} // namespace hjt::reports
