#include "reports/audit_export_claims.h"

#include <xlsxwriter.h>

#include "reports/report_workbook.h"

namespace hjt::reports {
namespace {

Money posted_of(const AuditPostingTotals& postings, const std::string& kind) {
    auto found = postings.by_kind.find(kind);
    return found == postings.by_kind.end() ? Money{} : found->second;
}

std::string column_range(lxw_col_t col, std::size_t rows) {
    return cell_name(1, col) + ":" + cell_name(static_cast<lxw_row_t>(rows), col);
}

Cell sum_of(lxw_col_t col, std::size_t rows, Money cached) {
    return rows == 0 ? Cell::amount(Money{}) : Cell::amount_formula("=SUM(" + column_range(col, rows) + ")", cached);
}

// "I alt" under the amounts, then the ledger's figure and the difference.
void tie_rows(Sheet& s, lxw_col_t col, std::size_t rows, Money total, const std::string& ledger_label,
              const std::string& ledger_formula, Money ledger) {
    SheetRow sum{std::vector<Cell>(col), true};
    sum.cells[0] = Cell::of("I alt");
    sum.cells.push_back(sum_of(col, rows, total));
    SheetRow posted{std::vector<Cell>(col), true};
    posted.cells[0] = Cell::of(ledger_label);
    posted.cells.push_back(Cell::amount_formula(ledger_formula, ledger));
    SheetRow difference{std::vector<Cell>(col), true};
    difference.cells[0] = Cell::of("Difference (skal være 0)");
    const lxw_row_t at = static_cast<lxw_row_t>(rows + 1);
    difference.cells.push_back(
        Cell::amount_formula("=" + cell_name(at, col) + "-" + cell_name(at + 1, col), total - ledger));
    s.rows.push_back(std::move(sum));
    s.rows.push_back(std::move(posted));
    s.rows.push_back(std::move(difference));
}

Sheet claims_sheet(const AuditExportData& data, const AuditPostingTotals& postings, const std::string& kinds,
                   const std::string& amounts) {
    Sheet s{"Krav", "krav",
            {"Krav-id", "Familie-id", "Barn-id", "År", "Post-id", "Krævet", "Indbetalt", "Modregnet", "Afskrevet",
             "Restgæld", "Overskud", "Tilstand", "Udstedt", "Forfald", "Betalings-id"},
            {8, 10, 8, 6, 8, 14, 14, 14, 14, 14, 12, 22, 11, 11, 17},
            {}};
    Money claimed;
    for (const auto& c : data.claims) {
        claimed += c.claim.claimed;
        s.rows.push_back({{Cell::integer(c.claim.id), Cell::integer(c.claim.family_id), Cell::integer(c.claim.child_id),
                           Cell::integer(c.claim.year),
                           c.claim.ledger_posting_id ? Cell::integer(*c.claim.ledger_posting_id) : Cell{},
                           Cell::amount(c.claim.claimed), Cell::amount(c.status.paid), Cell::amount(c.status.set_off),
                           Cell::amount(c.status.written_off), Cell::amount(c.status.balance),
                           Cell::amount(c.status.surplus), Cell::of(danish_label(c.status.state)),
                           Cell::date(c.claim.issued), Cell::date(c.claim.due), Cell::of(c.claim.payment_id)}});
    }
    tie_rows(s, 5, data.claims.size(), claimed, "Posteringer: tilbagebetalingskrav (med modsat fortegn)",
             "=-SUMIF(" + kinds + ",\"repayment_claim\"," + amounts + ")", -posted_of(postings, "repayment_claim"));
    return s;
}

Sheet receipts_sheet(const AuditExportData& data) {
    Sheet s{"Indbetalinger", "indbetalinger",
            {"Indbetaling-id", "Fil-id", "Bankreference", "Bogført", "Beløb", "Fordelt", "Ufordelt", "Betaler",
             "Reference"},
            {12, 8, 18, 11, 14, 14, 14, 28, 40},
            {}};
    Money total, assigned, left;
    for (const auto& r : data.receipts) {
        total += r.payment.amount;
        assigned += r.assigned;
        left += r.left();
        s.rows.push_back({{Cell::integer(r.id), Cell::integer(r.camt_file_id), Cell::of(r.payment.entry_ref),
                           Cell::date(r.payment.booked), Cell::amount(r.payment.amount), Cell::amount(r.assigned),
                           Cell::amount(r.left()), Cell::of(r.payment.payer_name), Cell::of(r.payment.reference)}});
    }
    const std::size_t n = data.receipts.size();
    SheetRow sum{std::vector<Cell>(4), true};
    sum.cells[0] = Cell::of("I alt");
    for (auto [col, value] : {std::pair{4, total}, std::pair{5, assigned}, std::pair{6, left}})
        sum.cells.push_back(sum_of(static_cast<lxw_col_t>(col), n, value));
    s.rows.push_back(std::move(sum));
    return s;
}

Sheet set_offs_sheet(const AuditExportData& data, const AuditPostingTotals& postings, const std::string& kinds,
                     const std::string& amounts) {
    Sheet s{"Modregninger", "modregninger", {"Krav-id", "Kørsellinje-id", "Dato", "Beløb"}, {8, 14, 11, 14}, {}};
    Money total;
    for (const auto& o : data.set_offs) {
        total += o.amount;
        s.rows.push_back({{Cell::integer(o.claim_id), Cell::integer(o.line_id), Cell::date(o.date),
                           Cell::amount(o.amount)}});
    }
    tie_rows(s, 3, data.set_offs.size(), total, "Posteringer: krav udlignet ved modregning",
             "=SUMIF(" + kinds + ",\"claim_set_off\"," + amounts + ")", posted_of(postings, "claim_set_off"));
    return s;
}

} // namespace

std::vector<Sheet> audit_claims_sheets(const AuditExportData& data, const AuditPostingTotals& postings,
                                       const std::string& postings_kinds, const std::string& postings_amounts) {
    return {claims_sheet(data, postings, postings_kinds, postings_amounts), receipts_sheet(data),
            set_offs_sheet(data, postings, postings_kinds, postings_amounts)};
}

} // namespace hjt::reports
