#include "app/statement_service.h"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <algorithm>
#include <map>
#include <set>

#include "app/payslip_service.h"
#include "app/reconciliation_service.h"
#include "app/fresh_reconciliations.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/minutes.h"
#include "domain/payslip.h"
#include "domain/validation.h"
#include "reports/statement_labels.h"
#include "store/ledger_store.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/shift_store.h"

namespace hjt::app {

namespace {

using reports::StatementChild;
using reports::StatementStatus;
using ChildrenByFamily = std::map<Id, std::vector<StatementChild>>;

// The families whose years of shifts one query reads. One a family was a
// round trip and a query plan each on PostgreSQL, about half of the
// statements' time there; a page's at once would hold some 150,000 shifts.
// 25 families hold some 7,500.
constexpr std::size_t kFamiliesAShiftQuery = 25;

// Each family's children as the statement shows them: a family with a stored
// reconciliation shows it (final, or a draft as finance sees it, recomputed
// when its inputs changed since: app/fresh_reconciliations.h); another is
// computed now and shown as preliminary, with the forecast for an open year.
// CPR numbers are filled in per family.
ChildrenByFamily year_figures(soci::session& sql, int year, const store::FamilyScope& scope, Date today) {
    ChildrenByFamily out;
    for (auto& d : document_reconciliations(sql, year, scope, today, true)) {
        const StatementStatus status = !d.stored ? StatementStatus::open
                                       : d.shown.status == ReconciliationStatus::final ? StatementStatus::final
                                                                                               : StatementStatus::draft;
        out[d.shown.figures.family_id].push_back(
            {"", status, std::move(d.shown.figures), d.shown.computed_at, d.stale_draft_computed_at});
    }
    return out;
}

// The year's figures that are estimates (domain.md §9), each said once on the statement.
std::vector<reports::EstimatedFigure> estimated_figures(const RateBook& rates, const Policy& policy, int year) {
    std::vector<reports::EstimatedFigure> out;
    const std::string in_year = " " + std::to_string(year);
    if (rates.has(year)) {
        const YearRates& y = rates.year(year);
        if (y.home_training_cap && y.home_training_cap->estimated)
            out.push_back({"Årsloft for hjemmetræning pr. barn" + in_year, format_kroner(y.home_training_cap->amount),
                           y.home_training_cap->source, false});
        if (y.holiday_pay_estimated)
            out.push_back({"Feriepengesats" + in_year, format_rate(y.holiday_pay), y.holiday_pay_source, true});
    }
    if (!policy.employer_oncost_per_hour.count(year) && !policy.employer_oncost_per_hour.empty() &&
        policy.employer_oncost_per_hour.begin()->first < year)
        out.push_back({"Arbejdsgiverudgifter pr. hjælpertime" + in_year, format_kroner(policy.oncost_for(year)),
                       "kommunens sats for et tidligere år; året har ingen", true});
    return out;
}

// The settings in force, named on the statement: the helper window and extra
// days are municipal policy, not law; the payroll settings shape the employer cost.
std::vector<std::string> settings_in_force(const Policy& policy) {
    std::string days;
    for (const auto& d : policy.extra_days) days += (days.empty() ? "" : ", ") + d.name;
    std::vector<std::string> out = {
        "Tilskud til hjælpertimer: hverdage " + format_clock(policy.window_start_minute) + "–" +
            format_clock(policy.window_end_minute) +
            " (kommunens politik, ikke lov; en bevillingsversion kan udvide vinduet for barnet)",
        "Ekstra dage uden tilskud: " + (days.empty() ? std::string("ingen") : days)};
    for (const auto& line : reports::payroll_policy_lines(app::payroll_rules(policy))) out.push_back("Løn: " + line);
    return out;
}

template <class Row>
using ByFamily = std::map<Id, std::vector<Row>>;

template <class Row>
ByFamily<Row> by_family(std::vector<Row> rows) {
    ByFamily<Row> out;
    for (auto& row : rows) out[row.family_id].push_back(std::move(row));
    return out;
}

template <class Row>
const std::vector<Row>& of(const ByFamily<Row>& rows, Id family) {
    static const std::vector<Row> none;
    const auto found = rows.find(family);
    return found == rows.end() ? none : found->second;
}

// What a family's statement reads besides its figures and its year of
// shifts, for a page of families (ids first..last): one query a table for the
// page, not one a family (on PostgreSQL each is a round trip), by family.
class PageRows {
public:
    PageRows(soci::session& sql, Id first_family, Id last_family)
        : children_(by_family(store::list_families_children(sql, first_family, last_family))),
          helpers_(by_family(store::list_families_helpers(sql, first_family, last_family))),
          expenses_(by_family(store::list_families_expenses(sql, first_family, last_family))),
          postings_(by_family(store::list_families_postings(sql, first_family, last_family))) {}

    const std::vector<Child>& children(Id family) const { return of(children_, family); }
    const std::vector<Helper>& helpers(Id family) const { return of(helpers_, family); }
    const std::vector<Expense>& expenses(Id family) const { return of(expenses_, family); }
    const std::vector<LedgerPosting>& postings(Id family) const { return of(postings_, family); }

private:
    std::map<Id, std::vector<Child>> children_;
    std::map<Id, std::vector<Helper>> helpers_;
    std::map<Id, std::vector<Expense>> expenses_;
    std::map<Id, std::vector<LedgerPosting>> postings_;
};

// Hours per helper and every excluded part of the family's year of shifts (by the day each starts).
void add_shifts(reports::AnnualStatement& s, const std::vector<ShiftRecord>& shifts,
                const std::vector<Helper>& family_helpers, const Policy& policy) {
    std::map<Id, const Helper*> helpers;
    for (const auto& h : family_helpers) helpers.emplace(h.id, &h);
    auto helper_of = [&](Id id) -> const Helper& {
        const auto found = helpers.find(id);
        check_invariant(found != helpers.end(), "a family's shifts are read through its helpers");
        return *found->second;
    };
    struct Minutes {
        long long all = 0;
        long long subsidisable = 0;
    };
    std::map<Id, Minutes> minutes;
    for (const auto& shift : shifts) {
        const ShiftClassification& c = shift.classification;
        minutes[shift.helper_id].all += c.minutes;
        minutes[shift.helper_id].subsidisable += c.subsidisable_minutes;
        const std::string& name = helper_of(shift.helper_id).name;
        const std::string times = format_clock(shift.times.start_minute) + "–" + format_clock(shift.times.end_minute);
        for (const auto& part : c.excluded_parts())
            s.exclusions.push_back({shift.times.date, name, times, reports::danish_reason(part, policy),
                                    hours_of_minutes(part.minutes)});
    }
    for (const auto& [id, m] : minutes) {
        const Helper& h = helper_of(id);
        s.helpers.push_back({h.name, mask_cpr(h.cpr), hours_of_minutes(m.all), hours_of_minutes(m.subsidisable)});
    }
}

// The expenses dated in the year or counted in its reconciliation, with status and reason.
void add_expenses(reports::AnnualStatement& s, const std::vector<Expense>& expenses,
                  const std::map<Id, std::string>& child_names) {
    std::map<Id, const ReconciledExpense*> reconciled;
    for (const auto& child : s.children)
        for (const auto& e : child.figures.expenses) reconciled[e.expense.expense_id] = &e;
    for (const auto& e : expenses) {
        auto r = reconciled.find(e.id);
        const bool counted = r != reconciled.end();
        if (!counted && static_cast<int>(e.date.year()) != s.year) continue;
        std::string reason = e.status == ExpenseStatus::rejected ? e.reject_reason : "";
        if (counted) reason = r->second->reason;
        else if (e.status == ExpenseStatus::approved) reason = "endnu ikke udbetalt i året; tælles med, når det er udbetalt";
        auto child = child_names.find(e.child_id);
        s.expenses.push_back({e.date, child == child_names.end() ? "" : child->second, e.category, e.document_ref,
                              e.amount, reports::danish_label(e.status), reason,
                              counted ? r->second->eligible : Money{}});
    }
}

reports::AnnualStatement family_statement(const Family& family, int year, std::vector<StatementChild> children,
                                          const PageRows& rows, const std::vector<ShiftRecord>& shifts,
                                          const Policy& policy, const std::vector<reports::EstimatedFigure>& estimates) {
    reports::AnnualStatement s;
    s.family_id = family.id;
    s.family_name = family.name;
    s.family_cvr = family.cvr;
    s.year = year;
    s.estimates = estimates;
    s.settings = settings_in_force(policy);
    std::map<Id, std::string> child_names;
    std::map<Id, std::string> masked;
    for (const auto& c : rows.children(family.id)) {
        child_names[c.id] = c.name;
        masked[c.id] = mask_cpr(c.cpr);
    }
    for (auto& child : children) child.cpr_masked = masked[child.figures.child_id];
    s.children = std::move(children);
    add_shifts(s, shifts, rows.helpers(family.id), policy);
    add_expenses(s, rows.expenses(family.id), child_names);
    s.runs = runs_paying_year(rows.postings(family.id), year);
    return s;
}

Family family_or_not_found(soci::session& sql, Id family_id) {
    auto family = store::find_family(sql, family_id);
    if (!family) throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
    return *family;
}

} // namespace

reports::AnnualStatement annual_statement(soci::session& sql, Id family_id, int year, Date today) {
    const Family family = family_or_not_found(sql, family_id);
    auto figures = year_figures(sql, year, family_id, today);
    const Policy policy = store::load_policy(sql, first_day_of_year(year));
    return family_statement(family, year, std::move(figures[family_id]), PageRows(sql, family_id, family_id),
                            store::list_families_year_shifts(sql, family_id, family_id, year), policy,
                            estimated_figures(store::load_rates(sql), policy, year));
}

std::string statement_file_name(Id family_id, int year) {
    return "aarsopgoerelse-" + std::to_string(family_id) + "-" + std::to_string(year) + ".xlsx";
}

std::string overview_file_name(int year) { return "aarsopgoerelser-" + std::to_string(year) + "-oversigt.xlsx"; }

void add_decision(reports::AnnualStatement& statement, const LetterSettings& letters, Date issued) {
    if (reports::family_status(statement) != reports::StatementStatus::final) return;
    statement.decision = reports::StatementDecision{issued, reports::appeal_deadline(issued, letters.appeal_weeks),
                                                    letters.appeal_guidance};
}

StatementsReport write_all_statements(soci::session& sql, int year, Date today, const std::string& dir,
                                      const LetterSettings& letters, const Progress& progress,
                                      const EachStatement& each, std::size_t families_a_page) {
    Poco::File(dir).createDirectories();
    const Policy policy = store::load_policy(sql, first_day_of_year(year));
    const auto estimates = estimated_figures(store::load_rates(sql), policy, year);
    const auto ids = store::list_family_ids(sql);
    StatementsReport report{year, {}, Poco::Path(dir).append(overview_file_name(year)).toString()};
    reports::FinanceOverviewWriter overview(report.overview_file, year);
    ProgressTicker ticker(progress, "skriver årsopgørelser", static_cast<long long>(ids.size()));
    auto id_at = [&](std::size_t i) { return ids[i]; };
    store::each_family_page(ids.size(), families_a_page, id_at, [&](const store::FamilyScope& page, auto, auto) {
        // A page of families and their figures at a time, in one query a
        // table: memory holds one page's reconciliations, however many
        // families there are.
        auto figures = year_figures(sql, year, page, today);
        // The page's children, helpers, expenses and postings in one query each.
        const PageRows rows(sql, *page.first, *page.last);
        const auto families = store::list_families(sql, *page.first, *page.last);
        for (std::size_t done = 0; done < families.size();) {
            const std::size_t end = std::min(done + kFamiliesAShiftQuery, families.size());
            const auto shifts = by_family(
                store::list_families_year_shifts(sql, families[done].id, families[end - 1].id, year));
            for (; done < end; ++done) {
                const Family& family = families[done];
                auto s = family_statement(family, year, std::move(figures[family.id]), rows, of(shifts, family.id),
                                          policy, estimates);
                add_decision(s, letters, today);
                const std::string file = Poco::Path(dir).append(statement_file_name(family.id, year)).toString();
                reports::write_annual_statement(file, s);
                const auto row = reports::overview_row(s, file);
                overview.add(row);
                if (each) each(row);
                ticker.tick();
            }
        }
    });
    overview.close();
    report.totals = overview.totals();
    return report;
}

} // namespace hjt::app
