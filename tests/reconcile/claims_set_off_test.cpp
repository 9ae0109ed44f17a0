// Set-off (modregning) of a claim in the next year's payout runs
// (app/claims_set_off.h, domain/payout_set_off.h): the policy's 25 % of the
// month's a-conto, its own line in the run and on the ledger, frozen by the
// approval, settling the claim only when the bank files are made.
#include <catch2/catch.hpp>

#include "app/audit_export_service.h"
#include "app/claims_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payout_service.h"
#include "app/reconciliation_service.h"
#include "payout/payout_domain_fixtures.h"
#include "claim_world.h"
#include "set_off_world.h"
#include "reconcile_world.h"
#include "reports/audit_export_sheets.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

TEST_CASE("a run sets off at most the policy's share of the month's a-conto as its own line, the export settles it",
          "[claims][setoff]") {
    SetOffWorld s("claims_set_off");
    s.prepare_and_approve(1);
    // 65 h × 150,00 kr = 9.750,00 kr; 25 % of it = 2.437,50 kr withheld.
    CHECK(s.w.number("SELECT amount_ore FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                     " WHERE r.month = '2025-01' AND l.kind = 'set_off'") == -243750);
    CHECK(s.w.number("SELECT amount_ore FROM ledger_postings WHERE kind = 'set_off'") == -243750);
    CHECK(s.balance() == Money::kroner(11700));  // approved, not yet paid: the claim is not settled yet

    // The next run sets off from what is open less what the approved run withholds.
    s.prepare_and_approve(2);
    CHECK(s.w.number("SELECT COUNT(*) FROM payout_lines WHERE kind = 'set_off'") == 2);

    s.bank_files(1);
    CHECK(s.balance() == Money::ore(1170000 - 243750));
    CHECK(s.w.number("SELECT amount_ore FROM ledger_postings WHERE kind = 'claim_set_off'") == 243750);
    s.bank_files(1);  // again: settled once
    CHECK(s.balance() == Money::ore(1170000 - 243750));
    CHECK(s.w.number("SELECT COUNT(*) FROM claim_events WHERE kind = 'set_off'") == 1);
    s.bank_files(2);
    CHECK(s.balance() == Money::ore(1170000 - 2 * 243750));
    CHECK(s.w.number("SELECT COUNT(*) FROM audit_log WHERE action = 'settle-set-off'") == 2);
    // On the ledger the claim, its set-offs and their settlement add up: withheld once.
    CHECK(s.w.number("SELECT SUM(amount_ore) FROM ledger_postings WHERE kind IN ('set_off', 'claim_set_off')") == 0);
}

TEST_CASE("nothing is set off beyond the claim: the last month withholds only what is open", "[claims][setoff]") {
    SetOffWorld s("claims_set_off_end");
    for (unsigned m = 1; m <= 6; ++m) {
        s.prepare_and_approve(m);
        s.bank_files(m);
    }
    // 4 × 2.437,50 = 9.750,00; the fifth month sets off the remaining 1.950,00; the sixth nothing.
    CHECK(s.balance() == Money());
    CHECK(s.w.number("SELECT SUM(amount_ore) FROM payout_lines WHERE kind = 'set_off'") == -1170000);
    CHECK(s.w.number("SELECT COUNT(*) FROM payout_lines WHERE kind = 'set_off'") == 5);
    app::ClaimView v;
    s.w.db().in_transaction([&](soci::session& sql) { v = app::claim_view(sql, s.claim, day(2025, 7, 1)); });
    CHECK(v.status.state == ClaimState::set_off);
}

TEST_CASE("the auditor's claims sheets tie to the ledger: claims to repayment postings, set-offs to their settlement",
          "[claims][setoff][audit]") {
    SetOffWorld s("claims_audit_sheets");
    s.prepare_and_approve(1);
    s.bank_files(1);
    auto sheet_named = [](const std::vector<reports::Sheet>& sheets, const std::string& name) {
        for (const auto& sheet : sheets)
            if (sheet.name == name) return sheet;
        FAIL("no sheet " + name);
        return reports::Sheet{};
    };
    auto difference = [](const reports::Sheet& sheet) { return sheet.rows.back().cells.back(); };
    reports::AuditExportData year2024, year2025;
    s.w.db().in_transaction([&](soci::session& sql) {
        year2024 = app::gather_audit_export(sql, 2024, auditor_actor("revisor"));
        year2025 = app::gather_audit_export(sql, 2025, auditor_actor("revisor"));
    });
    auto claims = sheet_named(reports::audit_export_sheets(year2024), "Krav");
    REQUIRE(claims.rows.size() == 4);  // the claim, I alt, the ledger, the difference
    CHECK(claims.rows[1].cells.back().value == 1170000);
    CHECK(claims.rows[2].cells.back().value == 1170000);
    CHECK(claims.rows[2].cells.back().formula.find("SUMIF('Posteringer'!F2:F") != std::string::npos);
    CHECK(difference(claims).value == 0);
    auto set_offs = sheet_named(reports::audit_export_sheets(year2025), "Modregninger");
    REQUIRE(set_offs.rows.size() == 4);
    CHECK(set_offs.rows[1].cells.back().value == 243750);
    CHECK(difference(set_offs).value == 0);
    CHECK(sheet_named(reports::audit_export_sheets(year2025), "Indbetalinger").rows.size() == 1);  // only I alt
}
