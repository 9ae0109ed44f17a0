// hjt payslip | payslips: helpers' payslips (lønsedler) and the family's
// monthly payroll summary, as xlsx (domain.md §6).
#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>

#include "app/payslip_service.h"
#include "app/register_reads.h"
#include "app/shift_json.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

std::string summary_line(const app::HelperMonth& m) {
    const Payslip& p = m.payslip;
    return m.helper.name + ": " + hours_text(p.hours) +
           (p.sick_hours != Hours{} ? " (" + hours_text(p.sick_hours) + " sygdom)" : "") + ", bruttoløn " +
           format_kroner(p.gross) + ", ATP " + format_kroner(p.atp_employee) + ", AM-bidrag " +
           format_kroner(p.am_bidrag) + ", A-skat " + format_kroner(p.a_skat) + ", udbetalt " + format_kroner(p.net) +
           (p.household_help ? ", ingen feriepenge (ferieloven § 43)" : ", feriepenge " + format_kroner(p.holiday_pay)) +
           ", arbejdsgiverbidrag " + format_kroner(p.employer_contributions()) + ", udgift i alt " +
           format_kroner(p.employer_cost);
}

// The payroll policy in force, named on every payslip output.
std::string policy_text(const PayrollRules& rules) {
    std::string text;
    for (const auto& line : reports::payroll_policy_lines(rules)) text += "  " + line + "\n";
    return text;
}

int run_payslip(Context& ctx, const Args& args) {
    const Id helper = helper_option(ctx.database().session(), args);
    const Month month = month_option(args);
    const std::string& out = args.required("out");
    soci::session& sql = ctx.database().session();
    const auto found = app::find_helper(sql, helper);
    if (!found) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper)}});
    ctx.actor_who_may(app::Operation::read_own_family, found->family_id);
    const auto m = app::helper_payslip(sql, helper, month);
    reports::write_payslip_sheet(out, app::payslip_document(m));
    auto data = app::to_json(m);
    data->set("file", out);
    ctx.print("lønseddel " + danish_month(month) + " for " + summary_line(m) + "\n" + policy_text(m.payslip.rules) +
                  "skrev " + out,
              data);
    return 0;
}

int run_payslips(Context& ctx, const Args& args) {
    const Id family = family_option(ctx.database().session(), args);
    const Month month = month_option(args);
    const std::string& dir = args.required("out");
    ctx.actor_who_may(app::Operation::read_own_family, family);
    soci::session& sql = ctx.database().session();
    const auto payroll = app::family_payslips(sql, family, month);
    const auto& months = payroll.helpers;
    Poco::File(dir).createDirectories();

    Poco::JSON::Object::Ptr data = app::to_json(payroll);
    Poco::JSON::Array::Ptr slips = data->getArray("items");
    std::string text = "lønsedler " + danish_month(month) + " for familie " + std::to_string(family) + ":\n";
    for (std::size_t i = 0; i < months.size(); ++i) {
        ctx.progress("skriver lønsedler", static_cast<long long>(i), static_cast<long long>(months.size()));
        const auto& m = months[i];
        std::string file = Poco::Path(dir).append("lonseddel-" + std::to_string(m.helper.id) + "-" + iso(month) + ".xlsx").toString();
        reports::write_payslip_sheet(file, app::payslip_document(m));
        slips->getObject(static_cast<unsigned>(i))->set("file", file);
        text += "  " + summary_line(m) + "\n";
    }
    const std::string summary =
        Poco::Path(dir).append("lonoversigt-" + std::to_string(family) + "-" + iso(month) + ".xlsx").toString();
    reports::write_payroll_summary(summary, app::payroll_summary(payroll));
    text += months.empty() ? "  ingen hjælper har vagter i måneden\n" : "";
    text += "  arbejdsskadeforsikring " + format_kroner(payroll.work_injury) + ", udgift i alt " +
            format_kroner(payroll.employer_cost) + ", AM-bidrag og A-skat indberettet " +
            format_kroner(payroll.reported_withholding) + "\n";
    for (const auto& due : payroll_dues(payroll.totals, month))
        text += "  til " + due.payee + ": " + format_kroner(due.amount) +
                (due.due ? " senest " + format_danish_date(*due.due) : " på kvartalsopkrævningen") + "\n";
    text += policy_text(payroll.totals.rules);
    text += "skrev " + std::to_string(months.size()) + " lønsedler og oversigten " + summary;

    data->remove("items");  // the CLI's name for them is "payslips"
    data->set("payslips", slips);
    data->set("summary_file", summary);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command payslip_command() {
    return {"payslip", "--helper NØGLE|ID --month ÅÅÅÅ-MM --out FIL.xlsx",
            "Skriv en hjælpers lønseddel for en måned",
            "--helper NØGLE|ID   hjælperen\n"
            "--month ÅÅÅÅ-MM     måneden (alle timer i vagter, der begynder i den)\n"
            "--out FIL           xlsx-filen der skrives",
            {"helper", "month", "out"},
            run_payslip};
}

Command payslips_command() {
    return {"payslips", "--family NØGLE|ID --month ÅÅÅÅ-MM --out MAPPE",
            "Skriv alle hjælperes lønsedler og familiens lønoversigt for måneden",
            "--family NØGLE|ID   familien (arbejdsgiveren)\n"
            "--month ÅÅÅÅ-MM     måneden\n"
            "--out MAPPE         mappe til lonseddel-<hjælper>-<måned>.xlsx og lonoversigt-<familie>-<måned>.xlsx",
            {"family", "month", "out"},
            run_payslips};
}

} // namespace hjt::cli
