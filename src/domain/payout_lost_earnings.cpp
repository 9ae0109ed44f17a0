#include "domain/payout_lost_earnings.h"

#include <iterator>

#include "domain/danish_format.h"
#include "domain/lost_earnings.h"

namespace hjt {
namespace {

// One kind of an award's month: the amount and, for the benefit, what is kept back from it.
struct Figure {
    Money amount;
    Withholding withheld;
};

// The parent statement's own figures (compute_lost_earnings), never recomputed here.
Figure figure_of(const LostEarningsMonth& m, LineKind kind) {
    if (kind == LineKind::lost_earnings_pension) return {m.pension, {}};
    return {m.benefit, {m.atp_employee, m.am_bidrag, m.a_skat, m.saved_costs}};
}

const std::vector<std::string>& rules_of(const LostEarningsMonth& m, LineKind kind) {
    return kind == LineKind::lost_earnings_pension ? m.pension_rules : m.benefit_rules;
}

// What the approved runs of the year paid for the award's month, of one kind.
Figure paid_before(const FamilyPayoutBasis& family, Id award_id, LineKind kind, Month m) {
    Figure paid;
    for (const auto& s : family.settled)
        if (s.award_id == award_id && s.kind == kind && s.month_concerned == m) {
            paid.amount += s.computed;
            paid.withheld += s.withheld;
        }
    return paid;
}

std::string withholding_text(const Figure& f) {
    std::string text = "indeholdt ATP " + format_kroner(f.withheld.atp) + ", AM-bidrag " +
                       format_kroner(f.withheld.am_bidrag) + ", A-skat " + format_kroner(f.withheld.a_skat);
    if (f.withheld.saved_costs != Money{}) text += "; besparelser " + format_kroner(f.withheld.saved_costs);
    return text + "; udbetales netto " + format_kroner(f.amount - f.withheld.total()) + " til forælderens konto";
}

// "regel: a; b", or what else changes an award's figures when no rule of §8 did.
std::string rules_text(const std::vector<std::string>& rules) {
    if (rules.empty()) return "ændrede oplysninger i bevillingen eller ændrede satser";
    std::string text;
    for (const auto& rule : rules) text += (text.empty() ? "" : "; ") + rule;
    return text;
}

PayoutLine award_line(const FamilyPayoutBasis& family, const LostEarningsAward& award, LineKind kind, Month m,
                      const Figure& f, std::string description) {
    if (kind == LineKind::lost_earnings) description += "; " + withholding_text(f);
    PayoutLine line = uncapped_line(family.family.id, award.child_id, kind, m, f.amount, std::move(description));
    line.award_id = award.id;
    line.withheld = f.withheld;
    return line;
}

constexpr LineKind kAwardKinds[] = {LineKind::lost_earnings, LineKind::lost_earnings_pension};

// A paid month is never rewritten: the difference between the award's figures
// now and what was paid (gross and each amount kept back) goes in a new line
// naming the rules of §8 behind the month's figures, so the month's totals end
// up exactly as a fresh computation gives them.
void add_corrections(std::vector<PayoutLine>& out, const FamilyPayoutBasis& family, const ChildPlan& plan,
                     const LostEarningsAward& award, const PayoutBasis& basis) {
    for (Month m : basis.settled_months) {
        if (m.year() != basis.month.year() || m >= basis.month) continue;  // only the open year's past
        LostEarningsMonth now =
            compute_lost_earnings(award, plan.child.birth_date, m, basis.rates.year, basis.rates.lost_earnings);
        for (LineKind kind : kAwardKinds) {
            Figure figure = figure_of(now, kind);
            Figure before = paid_before(family, award.id, kind, m);
            if (figure.amount == before.amount && figure.withheld == before.withheld) continue;
            Figure difference{figure.amount - before.amount, figure.withheld - before.withheld};
            out.push_back(award_line(family, award, kind, m, difference,
                                     "Efterregulering " + title_of(kind) + " " + iso(m) + " (" +
                                         award.parent_name + "): genberegnet " + format_kroner(figure.amount) +
                                         ", tidligere " + format_kroner(before.amount) +
                                         "; regel: " + rules_text(rules_of(now, kind))));
        }
    }
}

std::string estimate_text(const LostEarningsMonth& m) {
    std::string text;
    if (m.cap_estimated) text += ", loftet er anslået";
    if (m.regulation_estimated) text += ", satsreguleringen er anslået";
    if (m.atp_estimated) text += ", ATP-satsen er anslået";
    return text;
}

void add_month(std::vector<PayoutLine>& out, const FamilyPayoutBasis& family, const ChildPlan& plan,
               const LostEarningsAward& award, const PayoutBasis& basis) {
    LostEarningsMonth now =
        compute_lost_earnings(award, plan.child.birth_date, basis.month, basis.rates.year, basis.rates.lost_earnings);
    std::string month_text = " " + iso(basis.month) + " (" + award.parent_name + ")";
    if (now.benefit != Money())
        out.push_back(award_line(family, award, LineKind::lost_earnings, basis.month,
                                 figure_of(now, LineKind::lost_earnings),
                                 title_of(LineKind::lost_earnings) + month_text + ": brutto" + estimate_text(now)));
    if (now.pension != Money())
        out.push_back(award_line(family, award, LineKind::lost_earnings_pension, basis.month,
                                 figure_of(now, LineKind::lost_earnings_pension),
                                 title_of(LineKind::lost_earnings_pension) + month_text + " til pensionsordningen"));
}

// The award's lines, or none and a flag when it lacks the parent's normal
// hours: the hours fraction is unknown, and 37 is never assumed.
std::vector<PayoutLine> award_lines(std::vector<PayoutFlag>& flags, const FamilyPayoutBasis& family,
                                    const ChildPlan& plan, const LostEarningsAward& award, const PayoutBasis& basis) {
    std::vector<PayoutLine> mine;
    if (!award.normal_weekly_hours) {
        flags.push_back({family.family.id, plan.child.id, FlagCode::missing_normal_hours,
                         "Bevillingen af tabt arbejdsfortjeneste til " + award.parent_name + " (" + plan.child.name +
                             ") mangler forælderens normale ugentlige arbejdstid: sagsbehandleren skal angive den. "
                             "Intet udbetales, før den er angivet; måneder der mangler, efterreguleres derefter"});
        return mine;
    }
    add_corrections(mine, family, plan, award, basis);
    add_month(mine, family, plan, award, basis);
    return mine;
}

} // namespace

void add_lost_earnings(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags,
                       const FamilyPayoutBasis& family, const ChildPlan& plan, const PayoutBasis& basis) {
    for (const auto& award : family.awards) {
        if (award.child_id != plan.child.id) continue;
        std::vector<PayoutLine> mine = award_lines(flags, family, plan, award, basis);
        std::move(mine.begin(), mine.end(), std::back_inserter(lines));
    }
}

} // namespace hjt
