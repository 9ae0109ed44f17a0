#include "domain/payout_lost_earnings.h"

#include "domain/danish_format.h"
#include "domain/lost_earnings.h"

namespace hjt {
namespace {

// The child's awards for one month, summed over its awards (usually one parent).
struct MonthFigures {
    Money benefit, pension, net;
    bool cap_estimated = false;
    std::string parents;
};

MonthFigures month_figures(const FamilyPayoutBasis& family, const ChildPlan& plan, Month m, const YearRates& rates) {
    MonthFigures f;
    for (const auto& award : family.awards) {
        if (award.child_id != plan.child.id) continue;
        LostEarningsMonth month = compute_lost_earnings(award, plan.child.birth_date, m, rates);
        if (month.benefit == Money() && month.pension == Money()) continue;
        f.benefit += month.benefit;
        f.pension += month.pension;
        f.net += month.net;
        f.cap_estimated = f.cap_estimated || month.cap_estimated;
        f.parents += (f.parents.empty() ? "" : ", ") + award.parent_name;
    }
    return f;
}

PayoutLine line_of(const FamilyPayoutBasis& family, const ChildPlan& plan, LineKind kind, Month m, Money amount,
                   std::string description) {
    PayoutLine line;
    line.family_id = family.family.id;
    line.child_id = plan.child.id;
    line.kind = kind;
    line.month_concerned = m;
    line.amount = amount;
    line.computed = amount;
    line.description = std::move(description);
    return line;
}

Money paid_before(const FamilyPayoutBasis& family, const ChildPlan& plan, LineKind kind, Month m) {
    Money paid;
    for (const auto& s : family.settled)
        if (s.child_id == plan.child.id && s.kind == kind && s.month_concerned == m) paid += s.computed;
    return paid;
}

const char* label_of(LineKind kind) {
    return kind == LineKind::lost_earnings ? "Tabt arbejdsfortjeneste" : "Pension af tabt arbejdsfortjeneste";
}

void add_corrections(std::vector<PayoutLine>& out, const FamilyPayoutBasis& family, const ChildPlan& plan,
                     const PayoutBasis& basis) {
    for (Month m : basis.settled_months) {
        if (m.year() != basis.month.year() || m >= basis.month) continue;  // only the open year's past
        MonthFigures now = month_figures(family, plan, m, basis.rates.year);
        for (auto [kind, figure] : {std::pair{LineKind::lost_earnings, now.benefit},
                                    std::pair{LineKind::lost_earnings_pension, now.pension}}) {
            Money before = paid_before(family, plan, kind, m);
            if (figure == before) continue;
            out.push_back(line_of(family, plan, kind, m, figure - before,
                                  std::string("Efterregulering ") + label_of(kind) + " " + iso(m) + ": genberegnet " +
                                      format_kroner(figure) + ", tidligere " + format_kroner(before)));
        }
    }
}

} // namespace

void add_lost_earnings(std::vector<PayoutLine>& out, const FamilyPayoutBasis& family, const ChildPlan& plan,
                       const PayoutBasis& basis) {
    add_corrections(out, family, plan, basis);
    MonthFigures now = month_figures(family, plan, basis.month, basis.rates.year);
    std::string month_text = " " + iso(basis.month) + " (" + now.parents + ")";
    if (now.benefit != Money())
        out.push_back(line_of(family, plan, LineKind::lost_earnings, basis.month, now.benefit,
                              label_of(LineKind::lost_earnings) + month_text + ": brutto; ATP, AM-bidrag og A-skat" +
                                  " indeholdes, udbetales netto " + format_kroner(now.net) +
                                  (now.cap_estimated ? "; loftet er anslået" : "")));
    if (now.pension != Money())
        out.push_back(line_of(family, plan, LineKind::lost_earnings_pension, basis.month, now.pension,
                              label_of(LineKind::lost_earnings_pension) + month_text));
}

} // namespace hjt
