// hjt payslip | payslips: helpers' payslips (lønsedler) and the family's
// monthly payroll summary, as xlsx (domain.md §6).
#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>

#include "app/payslip_service.h"
#include "app/register_reads.h"
#include "app/shift_json.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

std::string summary_line(const app::HelperMonth& m) {
    const Payslip& p = m.payslip;
    return m.helper.name + ": " + format_hours(p.hours) + " h" +
           (p.sick_hours != Hours{} ? " (" + format_hours(p.sick_hours) + " h sick)" : "") + ", gross " +
           format_kroner(p.gross) + ", ATP " + format_kroner(p.atp_employee) + ", AM-bidrag " +
           format_kroner(p.am_bidrag) + ", A-skat " + format_kroner(p.a_skat) + ", net " + format_kroner(p.net) +
           (p.household_help ? ", no holiday pay (Ferieloven § 43)" : ", holiday pay " + format_kroner(p.holiday_pay)) +
           ", contributions " + format_kroner(p.employer_contributions()) + ", employer cost " +
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
    ctx.print("payslip " + iso(month) + " for " + summary_line(m) + "\n" + policy_text(m.payslip.rules) + "wrote " + out,
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
    std::string text = "payslips " + iso(month) + " for family " + std::to_string(family) + ":\n";
    for (std::size_t i = 0; i < months.size(); ++i) {
        ctx.progress("writing payslips", static_cast<long long>(i), static_cast<long long>(months.size()));
        const auto& m = months[i];
        std::string file = Poco::Path(dir).append("lonseddel-" + std::to_string(m.helper.id) + "-" + iso(month) + ".xlsx").toString();
        reports::write_payslip_sheet(file, app::payslip_document(m));
        slips->getObject(static_cast<unsigned>(i))->set("file", file);
        text += "  " + summary_line(m) + "\n";
    }
    const std::string summary =
        Poco::Path(dir).append("lonoversigt-" + std::to_string(family) + "-" + iso(month) + ".xlsx").toString();
    reports::write_payroll_summary(summary, app::payroll_summary(payroll));
    text += months.empty() ? "  no helper has shifts in the month\n" : "";
    text += "  work-injury insurance " + format_kroner(payroll.work_injury) + ", employer cost " +
            format_kroner(payroll.employer_cost) + ", AM-bidrag and A-skat reported " +
            format_kroner(payroll.reported_withholding) + "\n";
    for (const auto& due : payroll_dues(payroll.totals, month))
        text += "  to " + due.payee + ": " + format_kroner(due.amount) +
                (due.due ? " by " + format_danish_date(*due.due) : " on its quarterly bill") + "\n";
    text += policy_text(payroll.totals.rules);
    text += "wrote " + std::to_string(months.size()) + " payslips and the summary " + summary;

    data->remove("items");  // the CLI's name for them is "payslips"
    data->set("payslips", slips);
    data->set("summary_file", summary);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command payslip_command() {
    return {"payslip", "--helper KEY|ID --month YYYY-MM --out FILE.xlsx",
            "Write a helper's payslip (lønseddel) for a month",
            "--helper KEY|ID      the helper\n"
            "--month YYYY-MM  the month (all hours of shifts starting in it)\n"
            "--out FILE       the xlsx to write",
            {"helper", "month", "out"},
            run_payslip};
}

Command payslips_command() {
    return {"payslips", "--family KEY|ID --month YYYY-MM --out DIR",
            "Write every helper's payslip and the family's monthly payroll summary",
            "--family KEY|ID      the family (employer)\n"
            "--month YYYY-MM  the month\n"
            "--out DIR        folder for lonseddel-<helper>-<month>.xlsx and lonoversigt-<family>-<month>.xlsx",
            {"family", "month", "out"},
            run_payslips};
}

} // namespace hjt::cli
