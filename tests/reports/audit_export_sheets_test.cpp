// The export's sheets on hand-made books: the totals rows are SUM/SUMIF
// formulas over the right ranges with the right cached values, every run ties
// to its postings, and the tie-outs say "Stemmer" exactly when the figures agree.
#include <catch2/catch.hpp>

#include "reports/audit_export_sheets.h"

using namespace hjt;
using namespace hjt::reports;

namespace {

AuditPosting posting(Id id, std::optional<Id> run, const std::string& kind, long long ore, bool received) {
    AuditPosting p;
    p.posting.id = id;
    p.posting.family_id = 1;
    p.posting.child_id = 2;
    p.posting.run_id = run;
    if (run) p.posting.run_month = date::year{2026} / 1;
    p.posting.kind = kind;
    p.posting.month_concerned = date::year{2026} / 1;
    p.posting.amount = Money::ore(ore);
    p.received = received;
    return p;
}

PayoutRunHeader run(Id id, unsigned month, RunStatus status, long long total_ore) {
    PayoutRunHeader r;
    r.id = id;
    r.month = date::year{2026} / date::month{month};
    r.status = status;
    r.total = Money::ore(total_ore);
    return r;
}

// Run 7 (January, approved) posted a helper line of 1.000,00, an adjustment of
// 350,50 and lost earnings of 500,00: 1.850,50. February's draft posted nothing.
// The reconciliation's settlement (−200,00) has no run. Received: 1.350,50.
AuditExportData books() {
    AuditExportData d;
    d.year = 2026;
    d.postings = {posting(1, 7, "helper", 100000, true), posting(2, 7, "adjustment", 35050, true),
                  posting(3, 7, "lost_earnings", 50000, false), posting(4, std::nullopt, "repayment_claim", -20000, false)};
    d.runs = {run(7, 1, RunStatus::approved, 185050), run(8, 2, RunStatus::draft, 99900)};
    AuditReconciliation r;
    r.received = Money::ore(135050);
    d.reconciliations = std::vector<AuditReconciliation>{r};
    return d;
}

const Sheet& sheet(const std::vector<Sheet>& sheets, const std::string& name) {
    for (const auto& s : sheets)
        if (s.name == name) return s;
    FAIL("no sheet " << name);
    return sheets.front();
}

} // namespace

TEST_CASE("the postings sheet totals all postings, those from runs and those received, as formulas", "[audit]") {
    const auto sheets = audit_export_sheets(books());
    const auto& s = sheet(sheets, "Posteringer");
    REQUIRE(s.rows.size() == 4 + 3);
    const Cell& all = s.rows[4].cells.at(7);
    const Cell& from_runs = s.rows[5].cells.at(7);
    const Cell& received = s.rows[6].cells.at(7);
    CHECK(all.formula == "=SUM(H2:H5)");
    CHECK(all.value == 165050);  // 1.000,00 + 350,50 + 500,00 − 200,00
    CHECK(from_runs.formula == "=SUMIF(I2:I5,\"<>\",H2:H5)");
    CHECK(from_runs.value == 185050);
    CHECK(received.formula == "=SUMIF(O2:O5,\"Ja\",H2:H5)");
    CHECK(received.value == 135050);
    CHECK(s.rows[5].total);
}

TEST_CASE("each run is tied to its postings, a draft is not booked", "[audit]") {
    const auto sheets = audit_export_sheets(books());
    const auto& s = sheet(sheets, "Kørsler");
    REQUIRE(s.rows.size() == 3);
    CHECK(s.rows[0].cells.at(5).formula == "=SUMIF('Posteringer'!I2:I5,A2,'Posteringer'!H2:H5)");
    CHECK(s.rows[0].cells.at(5).value == 185050);
    CHECK(s.rows[0].cells.at(6).value == 0);
    CHECK(s.rows[1].cells.at(6).value == 0);  // the draft: 999,00 not posted, no difference
    CHECK(s.rows[2].cells.at(4).formula == "=SUMIF(C2:C3,\"<>Kladde\",E2:E3)");
    CHECK(s.rows[2].cells.at(4).value == 185050);
}

TEST_CASE("the how-to sheet ties postings to runs and to the reconciliations' received", "[audit]") {
    auto data = books();
    auto tie = audit_tie_out(data);
    CHECK(tie.runs_tie());
    CHECK(tie.reconciliations_tie());
    auto how_to = audit_export_sheets(data).front();
    CHECK(how_to.name == "Sådan kontrolleres");
    CHECK(how_to.rows[0].cells.at(1).formula == "='Posteringer'!H7");
    CHECK(how_to.rows[0].cells.at(3).formula == "='Kørsler'!E4");
    CHECK(how_to.rows[0].cells.at(5).text == "Stemmer");
    CHECK(how_to.rows[1].cells.at(3).formula == "='Årsopgørelser'!G3");
    CHECK(how_to.rows[1].cells.at(5).text == "Stemmer");

    data.runs[0].total = Money::ore(185000);  // the run says 50 øre less than it posted
    how_to = audit_export_sheets(data).front();
    CHECK(how_to.rows[0].cells.at(4).value == 50);
    CHECK(how_to.rows[0].cells.at(5).text == "Afviger");
    CHECK_FALSE(audit_tie_out(data).runs_tie());
}

TEST_CASE("without reconciliations the sheet says so and the tie-out is not claimed", "[audit]") {
    auto data = books();
    data.reconciliations.reset();
    const auto sheets = audit_export_sheets(data);
    CHECK(sheet(sheets, "Årsopgørelser").rows.at(0).cells.at(0).text ==
          "Året har endnu ingen årsopgørelser (hjt reconcile --year 2026).");
    CHECK(sheets.front().rows[1].cells.at(5).text == "Ingen årsopgørelser endnu");
}

TEST_CASE("the audit sheet names the first broken entry and what follows it is unconfirmed", "[audit]") {
    auto data = books();
    for (Id id : {1, 2, 3}) data.audit.push_back({id, "2026-01-01T00:00:00Z", "a", "create", "family", "1", "", "{}", "", "", "foretaget i 2026"});
    data.chain = {false, 3, 2, "hashen passer ikke med postens indhold (posten er ændret)", "SHA-256", 0, {}};
    const auto sheets = audit_export_sheets(data);
    const auto& s = sheet(sheets, "Revisionsspor");
    CHECK(s.rows[0].cells.at(10).text == "OK");
    CHECK(s.rows[1].cells.at(10).text == "BRUDT: hashen passer ikke med postens indhold (posten er ændret)");
    CHECK(s.rows[2].cells.at(10).text == "Ikke bekræftet: kæden er brudt ved post 2");
    CHECK(sheets.front().rows[2].cells.at(5).text ==
          "BRUDT ved post 2: hashen passer ikke med postens indhold (posten er ændret)");
}
