#include "reports/audit_export_sheets.h"

#include <numeric>

#include "reports/audit_export_claims.h"

#include "domain/danish_format.h"
#include "reports/payout_labels.h"
#include "reports/report_workbook.h"

namespace hjt::reports {
namespace {

// Sheet names: the tie-out formulas name them, so each is written once.
const std::string kHowTo = "Sådan kontrolleres";
const std::string kPostings = "Posteringer";
const std::string kRuns = "Kørsler";
const std::string kReconciliations = "Årsopgørelser";
const std::string kGrants = "Bevillinger";
const std::string kAwards = "Tabt arbejdsfortjeneste";
const std::string kRates = "Satser";
const std::string kAudit = "Revisionsspor";

// Columns the formulas refer to (0-based).
namespace posting_col {
constexpr lxw_col_t kind = 5, amount = 7, run_id = 8, received = 14;
}
namespace run_col {
constexpr lxw_col_t id = 0, status = 2, total = 4, posted = 5, difference = 6;
}
namespace reconciliation_col {
constexpr lxw_col_t received = 6;
}

// A run's status as the sheet shows it: its formulas leave drafts out by this text.
const std::string kDraft = danish_label(RunStatus::draft);

// Data rows are Excel rows 2..n+1 (0-based 1..n); totals follow.
lxw_row_t first_total_row(std::size_t data_rows) { return static_cast<lxw_row_t>(data_rows + 1); }

std::string quoted(const std::string& sheet) { return "'" + sheet + "'!"; }

// "H2:H31" over a column's data rows.
std::string data_range(lxw_col_t col, std::size_t data_rows) {
    return cell_name(1, col) + ":" + cell_name(static_cast<lxw_row_t>(data_rows), col);
}

// A total over a column's data rows: the formula when there are rows, else a plain 0
// (a range over no rows would not be a range).
Cell total_of(std::size_t data_rows, const std::string& formula, Money cached) {
    return data_rows == 0 ? Cell::amount(Money{}) : Cell::amount_formula(formula, cached);
}

std::string yes_no(bool b) { return b ? "Ja" : "Nej"; }

std::string kind_label(const std::string& kind) {
    auto parsed = parse_line_kind(kind);
    return parsed ? danish_label(*parsed) : kind;
}

Cell optional_id(const std::optional<Id>& id) { return id ? Cell::integer(*id) : Cell{}; }
Cell optional_date(const std::optional<Date>& d) { return d ? Cell::date(*d) : Cell{}; }

// A row with `label` in column `label_col` and `cells` from `first_col` on.
SheetRow total_row(lxw_col_t label_col, const std::string& label, lxw_col_t first_col, std::vector<Cell> cells) {
    SheetRow row{std::vector<Cell>(first_col), true};
    row.cells[label_col] = Cell::of(label);
    for (auto& c : cells) row.cells.push_back(std::move(c));
    return row;
}

// The data rows `next_row` makes (as Sheet::next_row): with `streamed`, made
// one at a time as the writer asks, so a large year's rows are never held as
// cells all at once (a row of cells is ten times its item); else all in `rows`.
// It and what it refers to must live until the sheet is written.
void add_rows(Sheet& s, bool streamed, std::function<bool(SheetRow&)> next_row) {
    if (streamed) {
        s.next_row = std::move(next_row);
        return;
    }
    for (SheetRow row; next_row(row);) s.rows.push_back(std::move(row));
}

// The data rows of the items `source` gives, a row each: make_row(item).
template <class Item, class MakeRow>
void add_rows_of(Sheet& s, bool streamed, std::function<bool(Item&)> source, MakeRow make_row) {
    add_rows(s, streamed, [source = std::move(source), make_row = std::move(make_row)](SheetRow& row) {
        Item item;
        if (!source(item)) return false;
        row = make_row(std::move(item));
        return true;
    });
}

SheetRow posting_row(const AuditPosting& p) {
    const auto& l = p.posting;
    return {{Cell::integer(l.id), Cell::integer(l.family_id), Cell::of(p.family_name), optional_id(l.child_id),
             Cell::of(p.child_name), Cell::of(kind_label(l.kind)), Cell::of(iso(l.month_concerned)),
             Cell::amount(l.amount), optional_id(l.run_id), Cell::of(l.run_month ? iso(*l.run_month) : ""),
             Cell::of(p.prepared_by), Cell::of(p.approved_by), Cell::of(l.posted_at), Cell::of(l.posted_by),
             Cell::of(yes_no(p.received)), Cell::of(l.description)}};
}

// The postings' rows from the stream's postings; their totals from its totals, of the same postings.
Sheet postings_sheet(const AuditExportData& data, const AuditExportStream& stream, bool streamed) {
    Sheet s{kPostings, "posteringer",
            {"Post-id", "Familie-id", "Familie", "Barn-id", "Barn", "Art", "Vedrører", "Beløb", "Kørsel-id", "Kørsel",
             "Forberedt af", "Godkendt af", "Bogført", "Bogført af", "Modtaget i årsopgørelse", "Tekst"},
            {9, 10, 28, 8, 22, 22, 10, 14, 9, 9, 14, 14, 21, 14, 12, 60},
            {}};
    add_rows_of(s, streamed, stream.postings, [](const AuditPosting& p) { return posting_row(p); });
    const std::size_t n = stream.posting_totals.count;
    const auto tie = audit_tie_out(data, stream);
    const std::string amounts = data_range(posting_col::amount, n);
    s.rows.push_back(total_row(6, "I alt", posting_col::amount, {total_of(n, "=SUM(" + amounts + ")", tie.postings)}));
    s.rows.push_back(total_row(
        6, "Heraf fra kørsler", posting_col::amount,
        {total_of(n, "=SUMIF(" + data_range(posting_col::run_id, n) + ",\"<>\"," + amounts + ")", tie.postings_from_runs)}));
    s.rows.push_back(total_row(
        6, "Heraf modtaget", posting_col::amount,
        {total_of(n, "=SUMIF(" + data_range(posting_col::received, n) + ",\"Ja\"," + amounts + ")", tie.postings_received)}));
    return s;
}

// Where the postings sheet's totals are (Excel references, for other sheets).
std::string postings_total_cell(std::size_t postings, int offset) {
    return quoted(kPostings) + cell_name(first_total_row(postings) + offset, posting_col::amount);
}

Money posted_for_run(const AuditPostingTotals& postings, Id run_id) {
    auto found = postings.by_run.find(run_id);
    return found == postings.by_run.end() ? Money{} : found->second;
}

Sheet runs_sheet(const AuditExportData& data, const AuditExportStream& stream) {
    Sheet s{kRuns, "koersler",
            {"Kørsel-id", "Måned", "Status", "Linjer", "I alt", "Posteringer", "Difference", "Forberedt af",
             "Forberedt", "Godkendt af", "Godkendt", "Betalt af", "Betalt", "Indholds-hash"},
            {9, 9, 10, 8, 15, 15, 12, 14, 21, 14, 21, 14, 21, 66},
            {}};
    const AuditPostingTotals& postings = stream.posting_totals;
    const std::size_t n = postings.count;
    const std::string posting_runs = quoted(kPostings) + data_range(posting_col::run_id, n);
    const std::string posting_amounts = quoted(kPostings) + data_range(posting_col::amount, n);
    Money posted, difference;
    for (std::size_t i = 0; i < data.runs.size(); ++i) {
        const auto& r = data.runs[i];
        const auto row = static_cast<lxw_row_t>(i + 1);
        const bool draft = r.status == RunStatus::draft;
        const Money run_posted = posted_for_run(postings, r.id);
        const Money run_difference = draft ? Money{} : r.total - run_posted;
        posted += run_posted;
        difference += run_difference;
        const std::string status = cell_name(row, run_col::status), total = cell_name(row, run_col::total),
                          posted_cell = cell_name(row, run_col::posted);
        s.rows.push_back(
            {{Cell::integer(r.id), Cell::of(iso(r.month)), Cell::of(danish_label(r.status)), Cell::integer(r.line_count),
              Cell::amount(r.total),
              total_of(n, "=SUMIF(" + posting_runs + "," + cell_name(row, run_col::id) + "," + posting_amounts + ")",
                       run_posted),
              // A draft has posted nothing yet: only approved and paid runs must tie.
              Cell::amount_formula("=IF(" + status + "=\"" + kDraft + "\",0," + total + "-" + posted_cell + ")",
                                   run_difference),
              Cell::of(r.prepared_by), Cell::of(r.prepared_at), Cell::of(r.approved_by.value_or("")),
              Cell::of(r.approved_at.value_or("")), Cell::of(r.paid_by.value_or("")), Cell::of(r.paid_at.value_or("")),
              Cell::of(r.content_hash)}});
    }
    const std::size_t m = data.runs.size();
    s.rows.push_back(total_row(
        1, "I alt godkendt og betalt", run_col::total,
        {total_of(m,
                  "=SUMIF(" + data_range(run_col::status, m) + ",\"<>" + kDraft + "\"," +
                      data_range(run_col::total, m) + ")",
                  audit_tie_out(data, stream).runs_booked),
         total_of(m, "=SUM(" + data_range(run_col::posted, m) + ")", posted),
         total_of(m, "=SUM(" + data_range(run_col::difference, m) + ")", difference)}));
    return s;
}

constexpr auto kOutcomeLabels =
    enum_table<ReconciliationOutcome>({{ReconciliationOutcome::zero, "Ingen difference"},
                                       {ReconciliationOutcome::repayment_claim, "Tilbagebetalingskrav"},
                                       {ReconciliationOutcome::top_up, "Efterbetaling"},
                                       {ReconciliationOutcome::top_up_not_paid, "Efterbetaling (udbetales ikke)"}});
std::string outcome_label(ReconciliationOutcome o) { return text_of(kOutcomeLabels, o); }

// Whether the figures are the stored ones, or computed now because the stored draft was stale.
std::string basis_note(const AuditReconciliation& r) {
    if (r.stale_draft_computed_at.empty()) return "Som gemt";
    return "Genberegnet ved dannelsen: kladden fra " + r.stale_draft_computed_at +
           " var beregnet før senere ændringer (gem den med hjt reconcile)";
}

SheetRow reconciliation_row(const AuditReconciliation& r) {
    return {{Cell::integer(r.id), Cell::integer(r.family_id), Cell::of(r.family_name), Cell::integer(r.child_id),
             Cell::of(r.child_name), Cell::of(r.status == "final" ? "Endelig" : "Kladde"), Cell::amount(r.received),
             Cell::amount(r.eligible), Cell::amount(r.balance), Cell::of(outcome_label(r.outcome)),
             Cell::amount(r.settlement), Cell::of(yes_no(r.uses_estimates)), Cell::of(r.computed_at),
             Cell::of(basis_note(r))}};
}

Sheet reconciliations_sheet(const AuditExportData& data, const AuditExportStream& stream, bool streamed) {
    Sheet s{kReconciliations, "aarsopgoerelser",
            {"Opgørelse-id", "Familie-id", "Familie", "Barn-id", "Barn", "Status", "Modtaget", "Støtteberettiget",
             "Saldo", "Udfald", "Afregning", "Skøn brugt", "Beregnet (UTC)", "Grundlag"},
            {11, 10, 28, 8, 22, 10, 15, 15, 15, 18, 15, 10, 21, 60},
            {}};
    if (!stream.reconciliation_totals) {
        s.rows.push_back({{Cell::of("Året har endnu ingen årsopgørelser (hjt reconcile --year " + std::to_string(data.year) + ").")}});
        return s;
    }
    const AuditReconciliationTotals& t = *stream.reconciliation_totals;
    add_rows_of(s, streamed, stream.reconciliations, [](const AuditReconciliation& r) { return reconciliation_row(r); });
    const std::size_t n = t.count;
    auto sum = [n](lxw_col_t col, Money cached) { return total_of(n, "=SUM(" + data_range(col, n) + ")", cached); };
    s.rows.push_back(total_row(5, "I alt", reconciliation_col::received,
                               {sum(6, t.received), sum(7, t.eligible), sum(8, t.balance), Cell{}, sum(10, t.settlement)}));
    return s;
}

// "Supervision 3.000,00; Kørsel 500,00"
template <class Item>
std::string listing(const std::vector<Item>& items, std::string Item::*name, Money Item::*amount) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : "; ") + item.*name + " " + format_amount(item.*amount);
    return text;
}

SheetRow grant_version_row(const AuditGrant& g, const GrantVersion& v) {
    Money fixed, budget;
    for (const auto& f : v.fixed_lines) fixed += f.monthly_amount;
    for (const auto& b : v.expense_budgets) budget += b.yearly_amount;
    return {{Cell::integer(g.grant.id), Cell::integer(g.family_id), Cell::of(g.family_name),
             Cell::integer(g.grant.child_id), Cell::of(g.child_name), Cell::of(g.child_cpr),
             Cell::of(g.grant.decision_ref), Cell::date(g.grant.decision_date), Cell::date(g.grant.valid.from),
             optional_date(g.grant.valid.to), Cell::integer(v.id), Cell::date(v.effective_from),
             Cell::hours(v.weekly_hours), Cell::amount(v.hourly_wage), Cell::amount(fixed), Cell::amount(budget),
             Cell::of(listing(v.fixed_lines, &FixedLine::purpose, &FixedLine::monthly_amount)),
             Cell::of(listing(v.expense_budgets, &ExpenseBudget::category, &ExpenseBudget::yearly_amount)),
             Cell::of(v.note), Cell::of(v.created_at)}};
}

Sheet grants_sheet(const AuditExportStream& stream, bool streamed) {
    Sheet s{kGrants, "bevillinger",
            {"Bevilling-id", "Familie-id", "Familie", "Barn-id", "Barn", "CPR", "Afgørelse", "Afgørelsesdato",
             "Gyldig fra", "Gyldig til", "Version-id", "Virkning fra", "Timer pr. uge", "Timeløn",
             "Faste beløb pr. md.", "Udgiftsbudget pr. år", "Faste beløb", "Budgetter", "Note", "Oprettet"},
            {11, 10, 28, 8, 22, 12, 14, 12, 11, 11, 10, 11, 12, 12, 14, 14, 40, 50, 30, 21},
            {}};
    // A row per version: the grant the stream gave last is held until its versions are written.
    add_rows(s, streamed, [grants = stream.grants, g = AuditGrant{}, v = std::size_t{0}](SheetRow& row) mutable {
        for (; v == g.grant.versions.size(); v = 0)
            if (!grants(g)) return false;
        row = grant_version_row(g, g.grant.versions[v++]);
        return true;
    });
    return s;
}

Sheet awards_sheet(const AuditExportData& data) {
    Sheet s{kAwards, "tabt_arbejdsfortjeneste",
            {"Bevilling-id", "Familie-id", "Familie", "Barn-id", "Barn", "Forælder", "CPR", "Fra", "Til",
             "Indkomst før pr. md.", "Timer fra pr. uge", "Normal arbejdstid pr. uge", "Pension hos arbejdsgiver %",
             "Sparede udgifter pr. md.", "Trækprocent", "Månedsfradrag", "Formål"},
            {11, 10, 28, 8, 22, 24, 12, 11, 11, 15, 12, 12, 12, 14, 11, 14, 40},
            {}};
    for (const auto& a : data.awards) {
        const auto& w = a.award;
        s.rows.push_back({{Cell::integer(w.id), Cell::integer(a.family_id), Cell::of(a.family_name),
                           Cell::integer(w.child_id), Cell::of(a.child_name), Cell::of(w.parent_name),
                           Cell::of(w.parent_cpr), Cell::date(w.period.from), optional_date(w.period.to),
                           Cell::amount(w.monthly_income_before), Cell::hours(w.hours_off_per_week),
                           w.normal_weekly_hours ? Cell::hours(*w.normal_weekly_hours) : Cell::of("ikke angivet"), Cell::percent(w.former_employer_pension),
                           Cell::amount(w.monthly_saved_costs), Cell::percent(w.tax_card.withholding),
                           Cell::amount(w.tax_card.monthly_deduction), Cell::of(danish_label(w.purpose))}});
    }
    return s;
}

constexpr auto kFigureUnitLabels =
    enum_table<FigureUnit>({{FigureUnit::money, "kr"}, {FigureUnit::rate, "%"}, {FigureUnit::hours, "timer"}});
std::string unit_label(const std::string& name) {
    auto unit = figure_unit(name);
    if (!unit) return "";
    return text_of(kFigureUnitLabels, *unit);
}

Sheet rates_sheet(const AuditExportData& data) {
    Sheet s{kRates, "satser", {"År", "Sats", "Værdi", "Tal", "Enhed", "Skønnet", "Kilde"}, {6, 22, 16, 14, 7, 9, 80}, {}};
    for (const auto& r : data.rates) {
        // Every figure is an integer in hundredths of its unit (øre, basis points, hundredths of hours).
        s.rows.push_back({{Cell::integer(data.year), Cell::of(r.figure.name), Cell::of(r.shown),
                           Cell{Cell::Type::hundredths, "", r.figure.value, "", {}}, Cell::of(unit_label(r.figure.name)),
                           Cell::of(yes_no(r.figure.estimated)), Cell::of(r.figure.source)}});
    }
    return s;
}

// The receipts uploaded with the year's expenses: name, size and SHA-256, so
// the auditor can check a file handed over against the one hjt holds.
Sheet expense_receipts_sheet(const AuditExportData& data) {
    Sheet s{"Bilag", "bilag", {"Udlæg", "Fil", "Størrelse (byte)", "SHA-256", "Uploadet af", "Uploadet (UTC)"},
            {8, 30, 16, 66, 16, 22}, {}};
    for (const auto& r : data.expense_receipts)
        s.rows.push_back({{Cell::integer(r.expense_id), Cell::of(r.file_name), Cell::integer(r.size_bytes),
                           Cell::of(r.sha256), Cell::of(r.uploaded_by), Cell::of(r.uploaded_at)}});
    return s;
}

std::string chain_summary(const AuditChainResult& chain) {
    if (chain.ok)
        return "OK: alle " + std::to_string(chain.entries) + " poster i kæden stemmer (" + chain.mode + "), og " +
               std::to_string(chain.rows_checked) + " rækker i bøgerne stemmer med dem";
    if (chain.first_broken) return "BRUDT ved post " + std::to_string(*chain.first_broken) + ": " + chain.reason;
    return "Kæden er hel, men " + std::to_string(chain.findings.size()) +
           " rækker i bøgerne afviger fra den (se nedenfor)";
}

std::string entry_check(const AuditChainResult& chain, Id id) {
    if (!chain.first_broken || id < *chain.first_broken) return "OK";
    if (id == *chain.first_broken) return "BRUDT: " + chain.reason;
    return "Ikke bekræftet: kæden er brudt ved post " + std::to_string(*chain.first_broken);
}

SheetRow entry_row(AuditEntryRow e, const AuditChainResult& chain) {
    const std::string check = entry_check(chain, e.id);
    return {{Cell::integer(e.id), Cell::of(std::move(e.at)), Cell::of(std::move(e.actor)), Cell::of(std::move(e.action)),
             Cell::of(std::move(e.entity)), Cell::of(std::move(e.entity_id)), Cell::of(std::move(e.before_json)),
             Cell::of(std::move(e.after_json)), Cell::of(std::move(e.prev_hash)), Cell::of(std::move(e.hash)),
             Cell::of(check), Cell::of(std::move(e.included_because))}};
}

Sheet audit_sheet(const AuditExportData& data, const AuditExportStream& stream, bool streamed) {
    Sheet s{kAudit, "revisionsspor",
            {"Post-id", "Tidspunkt (UTC)", "Aktør", "Handling", "Enhed", "Enheds-id", "Før", "Efter", "Forrige hash",
             "Hash", "Kontrol", "Medtaget fordi"},
            {9, 21, 14, 12, 14, 12, 50, 50, 66, 66, 40, 30},
            {}};
    add_rows_of(s, streamed, stream.entries, [chain = data.chain](AuditEntryRow e) { return entry_row(std::move(e), chain); });
    s.rows.push_back(total_row(0, "Kæden", 1, {Cell::of(chain_summary(data.chain))}));
    for (const auto& finding : data.chain.findings) s.rows.push_back(total_row(0, "Afvigelse", 1, {Cell::of(finding)}));
    return s;
}

// One tie-out: two cells of other sheets that must be equal.
SheetRow tie_out(lxw_row_t row, const std::string& what, const std::string& left_ref, Money left,
                 const std::string& against, const std::string& right_ref, Money right) {
    const std::string b = cell_name(row, 1), d = cell_name(row, 3), e = cell_name(row, 4);
    const Money difference = left - right;
    return {{Cell::of(what), Cell::amount_formula("=" + left_ref, left), Cell::of(against),
             Cell::amount_formula("=" + right_ref, right), Cell::amount_formula("=" + b + "-" + d, difference),
             Cell::text_formula("=IF(" + e + "=0,\"Stemmer\",\"Afviger\")",
                                difference == Money{} ? "Stemmer" : "Afviger")}};
}

Sheet how_to_sheet(const AuditExportData& data, const AuditExportStream& stream) {
    Sheet s{kHowTo, "saadan_kontrolleres",
            {"Kontrol", "Beløb", "Sammenholdes med", "Beløb", "Difference", "Resultat"},
            {58, 16, 58, 16, 14, 40},
            {}};
    s.filter = false;
    const std::size_t postings = stream.posting_totals.count;
    const auto totals = audit_tie_out(data, stream);
    s.rows.push_back(tie_out(1, "Posteringer fra kørsler (Posteringer, Heraf fra kørsler)",
                             postings_total_cell(postings, 1), totals.postings_from_runs,
                             "Godkendte og betalte kørsler (Kørsler, I alt)",
                             quoted(kRuns) + cell_name(first_total_row(data.runs.size()), run_col::total),
                             totals.runs_booked));
    if (totals.reconciled_received) {
        s.rows.push_back(tie_out(2, "Posteringer modtaget (Posteringer, Heraf modtaget)",
                                 postings_total_cell(postings, 2), totals.postings_received,
                                 "Årsopgørelsernes modtaget (Årsopgørelser, I alt)",
                                 quoted(kReconciliations) +
                                     cell_name(first_total_row(stream.reconciliation_totals->count), reconciliation_col::received),
                                 *totals.reconciled_received));
    } else {
        s.rows.push_back({{Cell::of("Posteringer modtaget (Posteringer, Heraf modtaget)"),
                           Cell::amount_formula("=" + postings_total_cell(postings, 2), totals.postings_received),
                           Cell::of("Årsopgørelser"), Cell{}, Cell{}, Cell::of("Ingen årsopgørelser endnu")}});
    }
    s.rows.push_back({{Cell::of("Revisionssporets hashkæde (Revisionsspor, Kontrol)"), Cell{},
                       Cell::of("Efterregnet af hjt ved dannelsen"), Cell{}, Cell{},
                       Cell::of(chain_summary(data.chain))}});

    const std::string year = std::to_string(data.year);
    const std::vector<std::string> text = {
        "",
        "Sådan kontrolleres eksporten for " + year,
        "1. Posteringer: hver bevægelse på familiernes konti, der vedrører en måned i " + year +
            ". 'Heraf fra kørsler' skal være lig 'I alt godkendt og betalt' på arket Kørsler (linje 2 ovenfor).",
        "2. Kørsler: hver månedskørsel i året. Kolonnen Posteringer summerer arket Posteringer for kørslens id "
        "(SUMIF); Difference skal være 0 for godkendte og betalte kørsler. En kladde er ikke bogført.",
        "3. Årsopgørelser: Modtaget pr. barn er a conto- og efterreguleringslinjer betalt for året. Summen skal være "
        "lig 'Heraf modtaget' på arket Posteringer (linje 3 ovenfor), når alle børn med udbetalinger er opgjort. "
        "Tabt arbejdsfortjeneste og opgørelsernes egne afregninger indgår ikke i Modtaget.",
        "4. Bevillinger og Tabt arbejdsfortjeneste er grundlaget for linjerne; Satser er årets satser med kilde. "
        "Skønnet = Ja: satsen var ikke offentliggjort og er fremskrevet.",
        "5. Revisionsspor: hver ændring foretaget i året (UTC) og hver ændring, der vedrører året (fx årsafslutning "
        "foretaget året efter); kolonnen 'Medtaget fordi' siger hvilket. Hash = SHA-256 (eller HMAC-SHA-256 med "
        "nøgle) af forrige hash + posten, og posten dækker de rækker i bøgerne, den skrev. Kolonnen Kontrol viser "
        "efterregningen af hele kæden; ved et brud nævnes den første brudte post, og hver række i bøgerne, der er "
        "ændret, slettet eller indsat uden om programmet, nævnes. Kør selv 'hjt audit verify'. Før og "
        "Efter vises med CPR- og kontonumre maskeret, så hashen kan ikke genberegnes ud fra arket.",
        "6. CPR-numre vises kun som DDMMÅÅ-XXXX og kontonumre kun med de sidste fire cifre.",
        "7. Alle totaler er formler med gemt værdi: ændres et beløb, regner regnearket differencerne om.",
        "Dannet " + data.generated_at + " af " + data.generated_by + ".",
    };
    for (const auto& line : text) s.rows.push_back({{Cell::of(line)}});
    return s;
}

// The sheets, their large tables' rows from `stream`: made as the sheets are
// written with `streamed`, else held in the sheets.
std::vector<Sheet> all_sheets(const AuditExportData& data, const AuditExportStream& stream, bool streamed) {
    std::vector<Sheet> sheets{how_to_sheet(data, stream),
                              postings_sheet(data, stream, streamed),
                              runs_sheet(data, stream),
                              reconciliations_sheet(data, stream, streamed),
                              grants_sheet(stream, streamed),
                              awards_sheet(data),
                              rates_sheet(data),
                              expense_receipts_sheet(data)};
    const AuditPostingTotals& totals = stream.posting_totals;
    const std::size_t rows = std::max<std::size_t>(totals.count, 1);  // a range needs a row
    for (auto& s : audit_claims_sheets(data, totals, quoted(kPostings) + data_range(posting_col::kind, rows),
                                       quoted(kPostings) + data_range(posting_col::amount, rows)))
        sheets.push_back(std::move(s));
    sheets.push_back(audit_sheet(data, stream, streamed));
    return sheets;
}

// Each of `items` in turn, as a stream's source gives them.
template <class Item>
std::function<bool(Item&)> each_of(const std::vector<Item>& items) {
    return [&items, at = std::size_t{0}](Item& item) mutable {
        if (at == items.size()) return false;
        item = items[at++];
        return true;
    };
}

// The rows held in `data` as a stream, with their totals: it refers to `data`.
AuditExportStream stream_of(const AuditExportData& data) {
    AuditExportStream stream;
    stream.entries = each_of(data.audit);
    stream.postings = each_of(data.postings);
    for (const auto& p : data.postings) stream.posting_totals.add(p);
    if (data.reconciliations) {
        stream.reconciliations = each_of(*data.reconciliations);
        stream.reconciliation_totals.emplace();
        for (const auto& r : *data.reconciliations) stream.reconciliation_totals->add(r);
    }
    stream.grants = each_of(data.grants);
    return stream;
}

} // namespace

AuditTieOut audit_tie_out(const AuditExportData& data) { return audit_tie_out(data, stream_of(data)); }

AuditTieOut audit_tie_out(const AuditExportData& data, const AuditExportStream& stream) {
    AuditTieOut t;
    const AuditPostingTotals& postings = stream.posting_totals;
    t.postings = postings.all;
    t.postings_from_runs = postings.from_runs;
    t.postings_received = postings.received;
    for (const auto& r : data.runs)
        if (r.status != RunStatus::draft) t.runs_booked += r.total - r.held_back;  // held back: owed, not posted
    if (stream.reconciliation_totals) t.reconciled_received = stream.reconciliation_totals->received;
    return t;
}

std::vector<Sheet> audit_export_sheets(const AuditExportData& data) {
    // Every row is made before this returns, so the stream over `data` may end with it.
    return all_sheets(data, stream_of(data), false);
}

std::vector<Sheet> audit_export_sheets(const AuditExportData& data, const AuditExportStream& stream) {
    return all_sheets(data, stream, true);
}

} // namespace hjt::reports
