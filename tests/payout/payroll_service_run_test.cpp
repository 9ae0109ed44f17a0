// The payroll service through a real run (policy payroll.service, issue 23):
// prepared from the family's stored shifts of the month before, approved, its
// lines on the family's ledger, the bank files paying Skattestyrelsen, ATP and
// FerieKonto for the family; refused while the policy is on and the payees
// are not configured. The month's dues are payroll_dues' own (one rule).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/config_loader.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payslip_service.h"
#include "app/shift_service.h"
#include "domain/payroll_dues.h"
#include "payout_domain_fixtures.h"
#include "payout_register.h"
#include "store/import_keys.h"
#include "store/ledger_store.h"
#include "store/payout_store.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "test_actor.h"
#include "text_has.h"
#include "xlsx_date_cell.h"
#include "xlsx_part.h"

using namespace hjt;
using namespace hjt::test;

namespace {

// A family with a child's grant from 2024 and a helper who works 60 hours in
// February 2024 (domain.md §6's worked example), the payroll service on or off.
struct ServiceFamily {
    PayoutRegister reg;
    Id family = 0;
    explicit ServiceFamily(bool service = true) : reg(service ? "payroll_service_run" : "payroll_service_off_run") {
        reg.db().in_transaction([&](soci::session& sql) {
            Policy policy = app::load_policy("config");
            policy.payroll_service = service;
            store::save_policy(sql, policy);
            store::save_rates(sql, app::load_rate_book("config"));
        });
        family = reg.family("Familien Holm");
        reg.grant(reg.child(family, day(2015, 6, 1)), day(2024, 1, 1), 2000, 13500);
        Helper h = testing::sample_helper(family);
        h.employment = Period{day(2023, 1, 1), std::nullopt};
        h.hourly_wage = Money::kroner(135);
        h.tax_card = TaxCard{Rate::basis_points(3800), Money{}};
        const Id helper = store::insert_helper(reg.sql(), h);
        reg.db().in_transaction([&](soci::session& sql) {
            for (int d = 1; d <= 20; ++d)
                app::add_shift(sql, caseworker_actor("sagsbehandler"), helper,
                               parse_shift_times((d < 10 ? "0" : "") + std::to_string(d) + "-02-2024", "09:00", "12:00"),
                               Policy{});
        });
    }
};

} // namespace

TEST_CASE("payroll service run: February's dues withheld from March's a-conto, paid to each payee, on the ledger",
          "[payout][payroll_service][service]") {
    ServiceFamily f;
    const auto payees = app::load_payroll_service_payees("config");
    REQUIRE(payees);
    // Policy on, payees missing: refused naming the key, nothing stored.
    CHECK_THROWS_AS(f.reg.prepare("anna", month(2024, 3)), ValidationError);
    CHECK(f.reg.count("payout_runs") == 0);

    app::PrepareOptions options;
    options.payroll_service = payees;
    f.reg.prepare("anna", month(2024, 3), options);
    f.reg.approve("bent", month(2024, 3));

    // The dues as the family's payroll summary for February lists them.
    const auto february = app::family_payslips(f.reg.sql(), f.family, month(2024, 2));
    const FamilyPayrollDues dues = dues_of(february.totals, month(2024, 2));
    CHECK(dues.atp == Money::ore(3300 + 6600));
    CHECK(dues.holiday_pay == Money::ore(57753));
    const PayoutRun run = store::load_payout_run(f.reg.sql(), month(2024, 3));
    Money withheld, paid_for_family;
    for (const auto& l : run.lines) {
        if (l.kind == LineKind::payroll_withheld) withheld += l.amount;
        if (rules_of(l.kind).payee != Payee::family && rules_of(l.kind).payee != Payee::parent &&
            rules_of(l.kind).payee != Payee::pension)
            paid_for_family += l.amount;
    }
    CHECK(withheld == -dues.total());
    CHECK(paid_for_family == dues.total());

    // The family's ledger shows both sides.
    long long withheld_postings = 0, due_postings = 0;
    for (const auto& p : store::list_postings(f.reg.sql(), f.family)) {
        if (p.kind == "payroll_withheld") ++withheld_postings;
        if (p.kind == "payroll_tax" || p.kind == "payroll_atp" || p.kind == "payroll_holiday_pay") ++due_postings;
    }
    CHECK(withheld_postings == 1);
    CHECK(due_postings == 3);

    // The bank files pay Skattestyrelsen, ATP and FerieKonto with the family's SE number.
    const auto files = app::payout_bank_files(f.reg.sql(), finance_actor("anna"), month(2024, 3),
                                              app::load_debtor("config"), day(2024, 3, 1), "bank-2024-03");
    CHECK(files.csv.find("A-skat og AM-bidrag, SE ") != std::string::npos);
    CHECK(files.csv.find("HJT-2024-03-T") != std::string::npos);
    CHECK(files.xml.find("HJT-2024-03-H") != std::string::npos);
}

namespace {

// The run sheet of `run` as finance exports it, its "Lønafgifter" sheet (the eighth).
// The run sheet's "Lønafgifter" sheet (the workbook's 8th): its XML, and the due
// date in `due_cell` read as a real date cell (nullopt when it is text).
struct DuesSheet {
    std::string xml;
    std::optional<date::year_month_day> due;
};

DuesSheet dues_sheet(PayoutRegister& reg, Month run, const std::string& due_cell = "F2") {
    const auto path = std::filesystem::temp_directory_path() / ("hjt_dues_sheet_" + std::to_string(::getpid()) + ".xlsx");
    app::export_payout(reg.sql(), finance_actor("anna"), run, path.string());
    const std::string workbook = xlsx_part(path.string(), "xl/workbook.xml");
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    DuesSheet out{xlsx_part(path.string(), "xl/worksheets/sheet8.xml"), date_cell(bytes, 8, due_cell)};
    std::filesystem::remove(path);
    CHECK(workbook.find("name=\"Lønafgifter\"") != std::string::npos);
    return out;
}

} // namespace

TEST_CASE("run sheet, payroll service off: what each family owes for the month before, to whom and by when, "
          "as information and not as transfers",
          "[payout][payroll_service][run_sheet]") {
    ServiceFamily f(false);
    f.reg.prepare("anna", month(2024, 3));
    const PayoutRun run = store::load_payout_run(f.reg.sql(), month(2024, 3));
    for (const auto& l : run.lines) CHECK(rules_of(l.kind).payee == Payee::family);  // nothing withheld or paid for it

    // February 2024 by domain.md §6's worked example (method 1): A-skat and AM-bidrag
    // 645,36 + 2.820,22 + 81,00 + 353,97 = 3.900,55 → 3.901 kr; ATP 33,00 + 66,00; net holiday pay 577,53.
    // Skattestyrelsen's and FerieKonto's deadline: 10 March 2024 is a Sunday → Monday 11 March.
    const DuesSheet dues = dues_sheet(f.reg, month(2024, 3));
    const std::string& sheet = dues.xml;
    INFO(sheet);
    CHECK(has(sheet, "Familien Holm"));
    CHECK(has(sheet, "Skattestyrelsen"));
    CHECK(has(sheet, "A-skat og AM-bidrag for februar 2024"));  // a Danish month, never ISO (issue 19)
    CHECK(has(sheet, "<v>3901</v>"));
    CHECK(dues.due == date::year{2024} / 3 / 11);  // Skattestyrelsen's deadline, a date cell
    CHECK(has(sheet, "ATP (Samlet Betaling)"));
    CHECK(has(sheet, "1. kvartal 2024"));
    CHECK(has(sheet, "<v>99</v>"));
    CHECK(has(sheet, "FerieKonto"));
    CHECK(has(sheet, "<v>577.53</v>"));
    CHECK(has(sheet, "Familien betaler selv"));
    CHECK_FALSE(has(sheet, "Betalt af kommunen"));
    CHECK(has(sheet, "<f>SUM(E2:E4)</f><v>4577.53</v>"));  // 3.901,00 + 99,00 + 577,53
}

TEST_CASE("run sheet, payroll service on: the dues the run withholds and pays, as today",
          "[payout][payroll_service][run_sheet]") {
    ServiceFamily f;
    app::PrepareOptions options;
    options.payroll_service = app::load_payroll_service_payees("config");
    f.reg.prepare("anna", month(2024, 3), options);
    const DuesSheet dues = dues_sheet(f.reg, month(2024, 3));
    const std::string& sheet = dues.xml;
    INFO(sheet);
    CHECK(has(sheet, "Familien Holm"));
    CHECK(has(sheet, "<v>3901</v>"));
    CHECK(has(sheet, "<v>99</v>"));
    CHECK(has(sheet, "<v>577.53</v>"));
    CHECK(dues.due == date::year{2024} / 3 / 11);  // Skattestyrelsen's deadline, a date cell
    CHECK(has(sheet, "Betalt af kommunen i denne kørsel"));
    CHECK_FALSE(has(sheet, "Familien betaler selv"));
    CHECK(has(sheet, "<f>SUM(E2:E4)</f><v>4577.53</v>"));
}
