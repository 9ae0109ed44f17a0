#include "reports/lost_earnings_letter.h"

#include <algorithm>

#include "domain/danish_format.h"
#include "reports/letter_blocks.h"
#include "reports/payslip_sheet.h"

namespace hjt::reports {

namespace {

std::string terms_text(const LostEarningsStatement& who) {
    return "Du har nedsat din arbejdstid med " + format_hours(who.hours_off_per_week) + " af dine egne " +
           (who.normal_weekly_hours ? format_hours(*who.normal_weekly_hours) : std::string("(ikke angivet)")) +
           " timer om ugen for at passe " + who.child_name + ". Ydelsen er din indkomst før nedsættelsen i samme " +
           "forhold, højst årets loft i samme forhold. Skattekort: trækprocent " + format_rate(who.tax_card.withholding) +
           ", månedsfradrag " + format_kroner(who.tax_card.monthly_deduction) + ".";
}

PdfTable year_table(const std::vector<LostEarningsMonth>& months) {
    const auto columns = lost_earnings_columns();
    PdfTable t{{{"Måned", 1.6}}, {}};
    for (const auto& c : columns) t.columns.push_back({c.title, 1.2, true});
    std::vector<Money> sums(columns.size());
    for (const auto& m : months) {
        PdfRow row{{danish_month(m.month)}};
        for (std::size_t i = 0; i < columns.size(); ++i) {
            row.cells.push_back(format_amount(m.*columns[i].value));
            sums[i] += m.*columns[i].value;
        }
        t.rows.push_back(std::move(row));
    }
    PdfRow total{{"I alt"}, true};
    for (Money sum : sums) total.cells.push_back(format_amount(sum));
    t.rows.push_back(std::move(total));
    return t;
}

std::vector<PdfBlock> estimate_notes(const std::vector<LostEarningsMonth>& months) {
    auto any = [&](bool LostEarningsMonth::*flag) {
        return std::any_of(months.begin(), months.end(), [&](const LostEarningsMonth& m) { return m.*flag; });
    };
    std::vector<PdfBlock> notes;
    if (any(&LostEarningsMonth::cap_estimated)) notes.push_back(note("Loftet for året er anslået; beløbene rettes, når satsen kendes."));
    if (any(&LostEarningsMonth::regulation_estimated))
        notes.push_back(note("Satsreguleringsprocenten er anslået; beløbene rettes, når satsen kendes."));
    if (any(&LostEarningsMonth::atp_estimated)) notes.push_back(note("ATP-satserne for året er anslået; beløbene rettes, når de kendes."));
    return notes;
}

} // namespace

Letter lost_earnings_letter(const LostEarningsStatement& who, int year, const std::vector<LostEarningsMonth>& months,
                            const LetterContext& context) {
    const std::string y = std::to_string(year);
    Letter l = letter_to(context, {who.parent_name, {"CPR " + who.parent_cpr_masked}},
                         "Afgørelse om tabt arbejdsfortjeneste " + y, "Tabt arbejdsfortjeneste " + y);
    l.body = {paragraph("Kære " + who.parent_name),
              paragraph("Kommunen dækker din tabte arbejdsfortjeneste (Barnets Lov § 87). Her er årets beløb "
                        "måned for måned. Ydelsen er A-indkomst: kommunen trækker ATP, AM-bidrag og A-skat. "
                        "Pensionen indbetales til din pensionsordning."),
              paragraph(terms_text(who))};
    if (!who.holiday_periods.empty())
        l.body.push_back(paragraph("Ingen ydelse for dage med feriepenge fra tidligere arbejdsgiver: " +
                                   period_list_text(who.holiday_periods) + "."));
    l.body.push_back(heading("Beløb pr. måned " + y));
    l.body.push_back(year_table(months));
    auto notes = estimate_notes(months);
    l.body.insert(l.body.end(), notes.begin(), notes.end());
    l.appeal_guidance = context.appeal_guidance;
    return l;
}

} // namespace hjt::reports
