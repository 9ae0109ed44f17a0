// The kinds of payout line, as one table: for each kind its stable code, its
// Danish words, who is paid, and which money rules count it. Every consumer
// (payout, payees, bank files, run sheet, ledger, reconciliation, statement,
// audit export, JSON) asks rules_of(kind) or iterates kAllLineKinds, so a new
// kind is one new row here; the build fails until the row is written (see the
// static_assert below).
#pragma once

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>

namespace hjt {

// What a line pays for. Lost earnings (domain.md §8) give two lines per award:
// the gross benefit (the parent's ATP, AM-bidrag and A-skat are withheld from
// it, carried on the line; the net goes to the parent's own account) and the
// pension (to the pension scheme). They are outside the year cap and the grant
// adjustments; a changed award corrects a paid month with a line of the same
// kind whose month_concerned is that month. Only the other kinds (the a-conto
// kinds) go to the family's business account.
//
// Payroll service (policy payroll.service, issue 23): the municipality pays
// the family's payroll dues of the month before (domain/payroll_dues.h) on its
// behalf. The family's transfer is cut by a payroll_withheld line (negative),
// and each due is a line of its own to its payee: A-skat and AM-bidrag to
// Skattestyrelsen, ATP to ATP, the hourly paid's net holiday pay to FerieKonto.
// The four add up to zero for the family; none counts as received (the a-conto
// lines do, in full) or toward the year cap.
//
// A set-off (modregning, issue 21) withholds part of the family's a-conto for
// an open repayment claim of one of its children: a negative line, outside
// the cap and not received (the a-conto it comes off was received in full).
//
// A top-up (efterbetaling, issue 21) pays what a final reconciliation found
// the municipality owes the family for a child's year: one line in the first
// run after the year is made final, its month concerned December of that
// year, outside the cap and not received (it is the year's settlement, not
// a-conto). Its code is not the settlement posting's "top_up": the ledger
// holds both, the settlement when the year is made final and the payment.
enum class LineKind {
    helper, fixed, expense, adjustment, lost_earnings, lost_earnings_pension,
    payroll_withheld, payroll_tax, payroll_atp, payroll_holiday_pay, set_off, top_up
};

// Who a line's money goes to (domain/bank_transfer.h): the family's business
// account (the a-conto kinds), the parent (lost earnings), the pension scheme,
// or, for the payroll service, Skattestyrelsen, ATP and FerieKonto (for the family).
enum class Payee { family, parent, pension, tax_authority, atp, holiday_fund };

struct LineKindRules {
    const char* code = nullptr;        // stable: payout_lines.kind, ledger_postings.kind, JSON, CSV
    const char* label = "";            // Danish, short: a run-sheet column, the audit export
    const char* line_title = "";       // Danish: how the description of a line of the kind begins
    Payee payee = Payee::family;
    bool counts_toward_year_cap = false;  // §4: the child's year cap (and the grant adjustments)
    bool counts_as_received = false;      // §7: what the reconciliation counts as received
    const char* received_label = "";      // the statement's row of it ("" when not received)
};

// -Wswitch as an error here: a LineKind without its row does not compile.
#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wswitch"
constexpr LineKindRules rules_of(LineKind kind) {
    switch (kind) {
    case LineKind::helper:
        return {"helper", "Hjælpere", "Hjælpere", Payee::family, true, true, "Modtaget: hjælpere (a conto)"};
    case LineKind::fixed:
        return {"fixed", "Faste beløb", "Faste beløb", Payee::family, true, true, "Modtaget: faste beløb"};
    case LineKind::expense:
        return {"expense", "Udlæg", "Udlæg", Payee::family, true, true, "Modtaget: udlæg"};
    case LineKind::adjustment:
        return {"adjustment", "Efterregulering", "Efterregulering", Payee::family, true, true,
                "Modtaget: efterreguleringer"};
    case LineKind::lost_earnings:
        return {"lost_earnings", "Tabt arbejdsfortjeneste", "Tabt arbejdsfortjeneste", Payee::parent, false, false, ""};
    case LineKind::lost_earnings_pension:
        return {"lost_earnings_pension", "Pension (tabt arb.)", "Pension af tabt arbejdsfortjeneste", Payee::pension,
                false, false, ""};
    case LineKind::payroll_withheld:
        return {"payroll_withheld", "Lønservice, tilbageholdt", "Tilbageholdt til lønservice", Payee::family, false,
                false, ""};
    case LineKind::payroll_tax:
        return {"payroll_tax", "A-skat og AM-bidrag", "A-skat og AM-bidrag (lønservice)", Payee::tax_authority, false,
                false, ""};
    case LineKind::payroll_atp:
        return {"payroll_atp", "ATP", "ATP (lønservice)", Payee::atp, false, false, ""};
    case LineKind::payroll_holiday_pay:
        return {"payroll_holiday_pay", "Feriepenge", "Feriepenge til FerieKonto (lønservice)", Payee::holiday_fund, false,
                false, ""};
    case LineKind::set_off:
        return {"set_off", "Modregning", "Modregning i tilbagebetalingskrav", Payee::family, false, false, ""};
    case LineKind::top_up:
        return {"top_up_payment", "Efterbetaling (årsopgørelse)", "Efterbetaling efter årsopgørelsen", Payee::family,
                false, false, ""};
    }
    return {};  // no kind: what the check below expects one past the last kind
}
#pragma GCC diagnostic pop

// Every kind, in the enum's order: what lists of kinds iterate (run-sheet
// columns, the reconciliation's received kinds, the seals of received rows).
inline constexpr LineKind kAllLineKinds[] = {
    LineKind::helper,           LineKind::fixed,       LineKind::expense,     LineKind::adjustment,
    LineKind::lost_earnings,    LineKind::lost_earnings_pension,               LineKind::payroll_withheld,
    LineKind::payroll_tax,      LineKind::payroll_atp, LineKind::payroll_holiday_pay, LineKind::set_off,
    LineKind::top_up};
inline constexpr std::size_t kLineKindCount = std::size(kAllLineKinds);

constexpr std::size_t index_of(LineKind kind) { return static_cast<std::size_t>(kind); }

namespace line_kinds_detail {
// kAllLineKinds lists the enumerators in order, each with its row, and none
// follows the last listed one (rules_of, which must name every enumerator,
// has no row for the value after it).
constexpr bool table_covers_enum() {
    for (std::size_t i = 0; i < kLineKindCount; ++i)
        if (index_of(kAllLineKinds[i]) != i || rules_of(kAllLineKinds[i]).code == nullptr) return false;
    return rules_of(static_cast<LineKind>(kLineKindCount)).code == nullptr;
}
} // namespace line_kinds_detail
static_assert(line_kinds_detail::table_covers_enum(),
              "every LineKind needs its row in rules_of and its place in kAllLineKinds");

std::string to_string(LineKind k);  // the code
std::string title_of(LineKind k);   // the line_title
std::optional<LineKind> parse_line_kind(const std::string& code);

// A kind the reconciliation counts as received, from a stored code (ledger
// postings also hold kinds that are no line kind: settlements).
std::optional<LineKind> received_kind(const std::string& code);

} // namespace hjt
