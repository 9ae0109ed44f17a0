// hjt payroll-year: a family's payroll year per helper (issue 23, "Year-end"):
// the year's totals for the family and for each helper as xlsx, tied to the
// sum of the months' eIndkomst reports. Exit code 3 when a month's figures
// differ from what was reported (the files are written and name the month).
#include <Poco/File.h>
#include <Poco/Path.h>

#include "app/payroll_year_json.h"
#include "app/payroll_year_service.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"

namespace hjt::cli {

namespace {

constexpr int kDoesNotTie = 3;

std::string helper_line(const app::HelperPayrollYear& h) {
    const Payslip& t = h.payroll.totals;
    return h.helper.name + ": " + hours_text(t.hours) + ", bruttoløn " + format_kroner(t.gross) + ", AM-indkomst " +
           format_kroner(t.am_income) + ", AM-bidrag " + format_kroner(t.am_bidrag + t.holiday_am_bidrag) +
           ", A-skat " + format_kroner(t.a_skat + t.holiday_a_skat) + ", ATP " +
           format_kroner(t.atp_employee + t.atp_employer) + ", feriepenge " + format_kroner(t.holiday_pay) +
           (h.payroll.ties() ? "; stemmer med eIndkomst"
                             : "; AFVIGER fra eIndkomst i " + std::to_string(h.payroll.differences.size()) + " felt(er)");
}

int run_payroll_year(Context& ctx, const Args& args) {
    const Id family = family_option(ctx.database().session(), args);
    const int year = year_option(args);
    const std::string& dir = args.required("out");
    const app::User& actor = ctx.actor();
    const auto payroll = app::family_payroll_year(ctx.database().session(), actor, family, year);
    const auto doc = app::payroll_year_document(payroll);
    Poco::File(dir).createDirectories();
    const std::string stem = "lonaar-" + std::to_string(family) + "-" + std::to_string(year);
    const std::string family_file = Poco::Path(dir).append(stem + ".xlsx").toString();
    reports::write_family_payroll_year(family_file, doc);
    std::string text = "lønåret " + std::to_string(year) + " for familie " + std::to_string(family) + ":\n";
    for (std::size_t i = 0; i < payroll.helpers.size(); ++i) {
        const auto& h = payroll.helpers[i];
        const std::string file = Poco::Path(dir).append(stem + "-hjaelper-" + std::to_string(h.helper.id) + ".xlsx").toString();
        reports::write_helper_payroll_year(file, doc, i);
        text += "  " + helper_line(h) + " (" + file + ")\n";
    }
    if (payroll.helpers.empty()) text += "  ingen hjælper har timer eller indberetninger i året\n";
    auto data = app::to_json(payroll);
    data->set("file", family_file);
    ctx.print(text + "skrev " + family_file, data);
    return payroll.ties() ? 0 : kDoesNotTie;
}

} // namespace

Command payroll_year_command() {
    return {"payroll-year", "--family NØGLE|ID --year ÅÅÅÅ --out MAPPE",
            "En families lønår pr. hjælper, afstemt med månedernes eIndkomst-indberetninger (xlsx)",
            "--family NØGLE|ID  familien (arbejdsgiveren): dens importnøgle (F001) eller id\n"
            "--year ÅÅÅÅ        indkomståret\n"
            "--out MAPPE        lonaar-<familie>-<år>.xlsx (oversigt + et ark pr. hjælper) og en fil pr. hjælper\n"
            "Pr. hjælper månedernes timer, bruttoløn, ATP, AM-indkomst, AM-bidrag, A-indkomst, A-skat, udbetalt\n"
            "og feriepenge med årets totaler, og årets eIndkomst-felter mod summen af det indberettede.\n"
            "Slutkode 3, når en måned afviger fra sine indberetninger (filerne skrives og nævner måneden).",
            {"family", "year", "out"},
            run_payroll_year};
}

} // namespace hjt::cli
