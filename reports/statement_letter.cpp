#include "reports/statement_letter.h"

#include "domain/danish_format.h"
#include "domain/local_time.h"
#include "reports/letter_blocks.h"
#include "reports/payslip_sheet.h"
#include "reports/statement_arithmetic.h"
#include "reports/statement_labels.h"

namespace hjt::reports {

namespace {

FigureRow money(std::string label, Money value, std::string note = "") {
    return {std::move(label), std::move(note), format_kroner(value)};
}
FigureRow total(std::string label, Money value, std::string note = "") {
    return {std::move(label), std::move(note), format_kroner(value), true};
}

PdfTable child_figures(const ChildReconciliation& r) {
    std::vector<FigureRow> rows = {
        {"Bevilgede timer", "", format_hours(r.approved_hours)},
        {"Brugte timer med tilskud", "", format_hours(r.used_hours)},
        money("Hjælpere: brugte timer × timepris, højst de bevilgede", r.eligible_helper),
        money("Udlæg: godkendte og dokumenterede", r.eligible_expenses),
        money("Faste beløb (som udbetalt)", r.eligible_fixed),
        total("Støtteberettiget før årsloft", r.eligible_before_cap),
        money("Årsloft pr. barn", r.year_cap, r.year_cap_estimated ? "skønnet sats" : ""),
        total("Støtteberettiget", r.eligible, r.capped ? "beskåret til årsloftet" : "")};
    for (LineKind k : kAllLineKinds)
        if (rules_of(k).counts_as_received) rows.push_back(money(rules_of(k).received_label, r.received[k]));
    rows.push_back(total("Modtaget i alt", r.received.total()));
    rows.push_back(total("Saldo: modtaget − støtteberettiget", r.balance));
    return figures_table("Beregning", "", std::move(rows));
}

PdfTable months_table(const ChildReconciliation& r) {
    PdfTable t{{{"Måned", 2}, {"Bevilgede timer", 1.3, true}, {"Brugte timer", 1.3, true}, {"Timepris", 1.3, true},
                {"Bevilget beløb", 1.6, true}, {"Brugt beløb", 1.6, true}},
               {}};
    for (const auto& m : r.months)
        t.rows.push_back({{danish_month(m.month), format_hours(m.approved_hours), format_hours(m.used_hours),
                                      format_exact_amount(m.hourly_cost_ore100), format_amount(m.approved_cost),
                           format_amount(m.used_cost)}});
    t.rows.push_back({{"I alt", format_hours(r.approved_hours), format_hours(r.used_hours), "",
                       format_amount(r.approved_cost), format_amount(r.used_cost)},
                      true});
    return t;
}

// Each step of the computation on a line of its own, to redo by hand.
PdfText computation(const ChildReconciliation& r) {
    std::string text;
    for (const auto& line : computation_lines(r)) text += (text.empty() ? "" : "\n") + line.what + ": " + line.arithmetic;
    return PdfText{text};
}

std::vector<PdfBlock> child_blocks(const StatementChild& c) {
    const ChildReconciliation& r = c.figures;
    return {heading(r.child_name + ", CPR " + c.cpr_masked),
            note("Tallene er beregnet " + danish_local_time(c.computed_at) + ". Hjælpere: " + pooling_note(r.pooling) + "."),
            child_figures(r),
            note("Sådan er tallene regnet:"),
            computation(r),
            PdfText{"Resultat: " + (c.status == StatementStatus::open ? std::string("Foreløbig") : danish_label(r.outcome)) +
                        ". " + next_step(r, c.status),
                    TextStyle::bold},
            note("Timer pr. måned. " + kYearHoursNote), months_table(r)};
}

std::vector<PdfBlock> closing_blocks(const AnnualStatement& s) {
    std::vector<PdfBlock> blocks;
    if (!s.estimates.empty()) {
        blocks.push_back(heading("Skønnede satser"));
        for (const auto& e : s.estimates) blocks.push_back(note(e.what + ": " + e.value + " (skønnet sats: " + e.source + ")"));
        blocks.push_back(note("Beløb, der bygger på en skønnet sats, rettes, når den offentliggjorte sats kendes."));
    }
    if (!s.settings.empty()) {
        blocks.push_back(heading("Kommunens indstillinger"));
        for (const auto& setting : s.settings) blocks.push_back(note(setting));
    }
    return blocks;
}

} // namespace

Letter statement_letter(const AnnualStatement& s, const LetterContext& context) {
    const StatementStatus status = family_status(s);
    const bool decision = status == StatementStatus::final;
    const std::string year = std::to_string(s.year);
    Letter l = letter_to(context, {s.family_name, {"CVR " + s.family_cvr}},
                         (decision ? "Afgørelse om årsopgørelse for hjemmetræning " : "Foreløbig årsopgørelse for hjemmetræning ") + year, "Årsopgørelse " + year);
    l.body = {paragraph("Kære " + s.family_name),
              paragraph("Kommunen har opgjort jeres tilskud til hjemmetræning for " + year +
                        " (Barnets Lov § 85): hvad I har fået udbetalt, og hvad der var støtteberettiget. Status: " +
                        danish_label(status) + ". Udbetalinger medregnet: " + runs_text(s.runs) + ".")};
    for (const auto& child : s.children) {
        auto blocks = child_blocks(child);
        l.body.insert(l.body.end(), blocks.begin(), blocks.end());
    }
    auto closing = closing_blocks(s);
    l.body.insert(l.body.end(), closing.begin(), closing.end());
    l.body.push_back(note("Hele opgørelsen med timer pr. hjælper, timer uden tilskud og udlæg kan hentes som regneark."));
    if (decision) l.appeal_guidance = context.appeal_guidance;
    return l;
}

} // namespace hjt::reports
