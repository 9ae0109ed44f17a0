// hjt claims ...: the commands over a year made final with a claim of 11.700,00 kr.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/reconciliation_service.h"
#include "camt_builder.h"
#include "import/scratch_folder.h"
#include "domain/payment_reference.h"
#include "letters/pdf_probe.h"
#include "payout/cli_runner.h"
#include "claim_world.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("hjt claims: list, show with the payment line, import-camt, assign, write-off with four eyes, reminders, "
          "handover",
          "[claims][cli]") {
    ReconcileWorld w("claims_cli");
    const Id claim = make_claim(w, Date{date::year{2025}, date::month{2}, date::day{1}});
    const std::string id = " --claim " + std::to_string(claim);
    auto finance = finance_actor(kFinance);

    auto list = run_hjt(finance, w.path(), "claims list --date 2025-02-10");
    CHECK(list.exit_code == 0);
    CHECK(list.out.find("11.700,00 kr, rest 11.700,00 kr, åben, forfald 03-03-2025") != std::string::npos);
    auto show = run_hjt(family_actor("familie", w.family), w.path(), "claims show --date 2025-02-10" + id);
    CHECK(show.exit_code == 0);
    CHECK(show.out.find("+71<" + fi_payment_id(claim) + "+81234567<") != std::string::npos);

    const hjt::testing::ScratchFolder folder("claims_cli");
    const auto camt = folder.file("camt.xml").string();
    std::ofstream(camt) << camt054("CLI-1", {{"K1", "1000.00", fi_payment_id(claim), "X"}, {"K2", "200.00", "", "Y"}});
    auto imported = run_hjt(finance, w.path(), "claims import-camt " + camt + " --date 2025-03-05");
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("2 indbetalinger, 1.200,00 kr; 1 matchet") != std::string::npos);
    auto again = run_hjt(finance, w.path(), "claims import-camt " + camt);
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("allerede indlæst") != std::string::npos);
    CHECK(run_hjt(caseworker_actor("sag"), w.path(), "claims receipts").exit_code == 5);
    auto receipts = run_hjt(finance, w.path(), "claims receipts");
    CHECK(receipts.out.find("ufordelt 200,00 kr") != std::string::npos);
    const Id unassigned = w.number("SELECT id FROM receipts WHERE entry_ref = 'K2'");
    CHECK(run_hjt(finance, w.path(), "claims assign --receipt " + std::to_string(unassigned) + id + " --date 2025-03-05")
              .out.find("rest 10.500,00 kr") != std::string::npos);

    auto prepared = run_hjt(finance, w.path(), "claims write-off --amount 500 --reason Bagatel" + id);
    CHECK(prepared.exit_code == 0);
    const std::string write_off = " --write-off " + std::to_string(w.number("SELECT MAX(id) FROM claim_events"));
    auto same = run_hjt(finance, w.path(), "claims approve-write-off" + id + write_off);
    CHECK(same.exit_code == 1);
    CHECK(same.err.find("fire øjne") != std::string::npos);
    CHECK(run_hjt(finance_actor(kFinance2), w.path(), "claims approve-write-off --date 2025-03-05" + id + write_off)
              .out.find("rest 10.000,00 kr") != std::string::npos);

    CHECK(run_hjt(finance, w.path(), "claims reminders --date 2025-03-17").out.find("rykker 1 for krav") !=
          std::string::npos);
    run_hjt(finance, w.path(), "claims reminders --date 2025-03-31");
    // The reminders as letters: 11.700,00 − 1.200,00 paid − 500,00 written off = 10.000,00 kr outstanding.
    const auto reminder_pdf = folder.file("rykker.pdf").string();
    auto reminder = run_hjt(family_actor("familie", w.family), w.path(),
                            "letters reminder --reminder 1 --out " + reminder_pdf + id);
    CHECK(reminder.exit_code == 0);
    const std::string reminder_text = squeezed(pdf_text(contents(reminder_pdf)));
    CHECK(reminder_text.find("(1. rykker)") != std::string::npos);
    CHECK(reminder_text.find("Resterende beløb 10.000,00 kr") != std::string::npos);
    CHECK(reminder_text.find("Oprindelig betalingsfrist 03-03-2025") != std::string::npos);
    CHECK(reminder_text.find("Ny frist 31-03-2025") != std::string::npos);
    CHECK(run_hjt(finance, w.path(), "letters reminder --out " + reminder_pdf + id).exit_code == 0);  // the latest
    CHECK(squeezed(pdf_text(contents(reminder_pdf))).find("(2. rykker)") != std::string::npos);
    CHECK(run_hjt(finance, w.path(), "letters reminder --reminder 3 --out " + reminder_pdf + id).exit_code != 0);
    CHECK(run_hjt(finance, w.path(), "letters reminder --reminder 99999999999 --out " + reminder_pdf + id).exit_code !=
          0);
    const auto out = folder.file("handover.csv").string();
    auto handed = run_hjt(finance, w.path(), "claims handover --date 2025-04-14 --out " + out);
    CHECK(handed.exit_code == 0);
    CHECK(handed.out.find("1 krav oversendt") != std::string::npos);
    std::ifstream csv(out);
    std::string header;
    std::getline(csv, header);
    CHECK(header.find("krav_id;skyldner_navn;skyldner_cvr") == 0);
    CHECK(run_hjt(finance, w.path(), "claims plan --per-month 100 --first 2025-05-01" + id).exit_code == 1);  // handed over
    CHECK(run_hjt(finance, w.path(), "claims plan" + id).exit_code == 2);
}
