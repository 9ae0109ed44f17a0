#include "domain/payout_payroll_service.h"

#include "domain/danish_format.h"
#include "domain/invariant.h"

namespace hjt {

namespace {

// What the family's business account is paid by this run: its a-conto lines not held back.
Money paid_a_conto(const std::vector<PayoutLine>& lines, Id family_id) {
    Money paid;
    for (const auto& line : lines)
        if (line.family_id == family_id && rules_of(line.kind).payee == Payee::family && line.held_back.empty())
            paid += line.amount;
    return paid;
}

// The run's month is the lines' month (the payroll month may be last year's,
// a year the reconciliation may have closed); the description names the payroll month.
void add_due(std::vector<PayoutLine>& lines, Id family_id, LineKind kind, Month run, Month payroll, Money amount) {
    if (amount == Money{}) return;
    lines.push_back(uncapped_line(family_id, 0, kind, run, amount, title_of(kind) + " for lønnen i " + iso(payroll)));
}

} // namespace

void add_payroll_service(std::vector<PayoutLine>& lines, std::vector<PayoutFlag>& flags,
                         const FamilyPayoutBasis& family, const PayoutBasis& basis) {
    if (!basis.payroll_service || !family.payroll_dues) return;
    const FamilyPayrollDues& dues = *family.payroll_dues;
    const Money total = dues.total();
    if (total == Money{}) return;
    const Id family_id = family.family.id;
    const Money paid = paid_a_conto(lines, family_id);
    if (paid < total) {
        flags.push_back({family_id, std::nullopt, FlagCode::payroll_not_covered,
                         "Lønservice: månedens a-conto til familien " + format_kroner(paid) +
                             " dækker ikke lønnens skat, ATP og feriepenge for " + iso(dues.month) + " (" +
                             format_kroner(total) + "); familien betaler dem selv denne måned"});
        return;
    }
    lines.push_back(uncapped_line(family_id, 0, LineKind::payroll_withheld, basis.month, -total,
                                  title_of(LineKind::payroll_withheld) + ": A-skat og AM-bidrag, ATP og feriepenge for " +
                                      "lønnen i " + iso(dues.month)));
    add_due(lines, family_id, LineKind::payroll_tax, basis.month, dues.month, dues.tax);
    add_due(lines, family_id, LineKind::payroll_atp, basis.month, dues.month, dues.atp);
    add_due(lines, family_id, LineKind::payroll_holiday_pay, basis.month, dues.month, dues.holiday_pay);
    check_invariant(paid_a_conto(lines, family_id) == paid - total, "the payroll service takes its dues from the a-conto");
}

std::map<Id, FamilyPayrollDues> dues_paid_by_run(const std::vector<PayoutLine>& lines, Month run) {
    std::map<Id, FamilyPayrollDues> paid;
    auto dues = [&](Id family_id) -> FamilyPayrollDues& {
        return paid.try_emplace(family_id, FamilyPayrollDues{run - date::months{1}, {}, {}, {}}).first->second;
    };
    for (const auto& line : lines) {
        if (line.kind == LineKind::payroll_tax) dues(line.family_id).tax += line.amount;
        if (line.kind == LineKind::payroll_atp) dues(line.family_id).atp += line.amount;
        if (line.kind == LineKind::payroll_holiday_pay) dues(line.family_id).holiday_pay += line.amount;
    }
    return paid;
}

} // namespace hjt
