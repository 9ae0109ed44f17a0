// hjt lost-earnings add | accounts | confirm-account | terms | statement: lost-earnings awards for parents
// (tabt arbejdsfortjeneste, domain.md §8) and the parent's xlsx specification
// for a month or the year's overview.
#include <Poco/JSON/Array.h>

#include "app/account_verification.h"
#include "app/entity_json.h"
#include "app/lost_earnings_service.h"
#include "app/rate_service.h"
#include "app/register_service.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/validation.h"

namespace hjt::cli {

namespace {

// An account given as two options, both or neither (the service checks the digits).
std::optional<BankAccount> account_option(const Args& args, const std::string& reg, const std::string& account) {
    if (args.has(reg) != args.has(account)) throw UsageError("angiv --" + reg + " og --" + account + " sammen");
    if (!args.has(reg)) return std::nullopt;
    return BankAccount{args.required(reg), args.required(account)};
}

std::optional<PensionPayee> pension_option(const Args& args) {
    auto account = account_option(args, "pension-reg", "pension-account");
    if (!account) {
        if (args.has("pension-name")) throw UsageError("--pension-name hører sammen med --pension-reg og --pension-account");
        return std::nullopt;
    }
    return PensionPayee{args.optional("pension-name").value_or(""), *account};
}

constexpr const char* kPayeeHelp =
    "--parent-reg REG --parent-account NR\n"
    "                     forælderens egen konto, hvor nettoydelsen udbetales (uden den\n"
    "                     markeres ydelsen og tilbageholdes, udbetales aldrig til familien)\n"
    "--pension-name NAVN --pension-reg REG --pension-account NR\n"
    "                     pensionsordningen (udeladt: kommunens standardmodtager)";

std::vector<Period> holidays_option(const Args& args) {
    return typed_option<std::vector<Period>>(
        args, "holidays", [](const std::string& text) { return parse_period_list(text, parse_typed_date); },
        std::vector<Period>{});
}

constexpr const char* kTermsHelp =
    "--normal-hours H     forælderens egen normale ugentlige arbejdstid før bevillingen (f = timer fri / denne)\n"
    "--holidays LISTE     dage med feriepenge fra en tidligere arbejdsgiver, udbetales ikke:\n"
    "                     01-07-2024..19-07-2024, 14-10-2024..18-10-2024";

LostEarningsAward award_of(const Args& args) {
    LostEarningsAward a;
    a.child_id = id_option(args, "child");
    a.parent_name = args.required("parent-name");
    a.parent_cpr = args.required("parent-cpr");
    a.period.from = typed_option<Date>(args, "from", parse_typed_date);
    if (args.has("to")) a.period.to = typed_option<Date>(args, "to", parse_typed_date);
    a.monthly_income_before = typed_option<Money>(args, "income", parse_amount);
    a.hours_off_per_week = typed_option<Hours>(args, "hours-off", parse_hours);
    a.normal_weekly_hours = typed_option<Hours>(args, "normal-hours", parse_hours);
    a.former_employer_pension = typed_option<Rate>(args, "pension", parse_rate, Rate{});
    a.monthly_saved_costs = typed_option<Money>(args, "saved-costs", parse_amount, Money{});
    a.purpose = award_purpose_from_text(args.required("purpose"), "purpose");
    a.tax_card.withholding = typed_option<Rate>(args, "tax-rate", parse_rate);
    a.tax_card.monthly_deduction = typed_option<Money>(args, "deduction", parse_amount, Money{});
    a.parent_bank = account_option(args, "parent-reg", "parent-account");
    a.pension_payee = pension_option(args);
    a.holiday_periods = holidays_option(args);
    return a;
}

int run_terms(Context& ctx, const Args& args) {
    const Id award_id = id_option(args, "award");
    std::optional<Hours> normal_hours;
    if (args.has("normal-hours")) normal_hours = typed_option<Hours>(args, "normal-hours", parse_hours);
    std::vector<Period> holidays = holidays_option(args);
    const app::User& actor = ctx.actor();
    LostEarningsAward award;
    ctx.database().in_transaction([&](soci::session& sql) {
        award = app::set_award_terms(sql, actor, award_id, normal_hours, holidays);
    });
    ctx.print("bevilling af tabt arbejdsfortjeneste " + std::to_string(award.id) + ": normal arbejdstid " +
                  (award.normal_weekly_hours ? hours_text(*award.normal_weekly_hours) + "/uge" : std::string("ikke angivet")) +
                  ", ferie: " +
                  (award.holiday_periods.empty() ? std::string("ingen") : periods_text(award.holiday_periods)),
              app::to_json(award));
    return 0;
}

int run_accounts(Context& ctx, const Args& args) {
    const Id award_id = id_option(args, "award");
    const app::User& actor = ctx.actor();
    LostEarningsAward award;
    ctx.database().in_transaction([&](soci::session& sql) {
        award = app::set_award_accounts(sql, actor, award_id,
                                        account_option(args, "parent-reg", "parent-account"), pension_option(args));
    });
    ctx.print("bevilling af tabt arbejdsfortjeneste " + std::to_string(award.id) + ": " +
                  (award.parent_bank ? "forælderens konto " + award.parent_bank->reg_no + " " +
                                           mask_account(award.parent_bank->account_no)
                                     : std::string("ingen konto for forælderen")) +
                  ", pension til " + (award.pension_payee ? award.pension_payee->name : "standardmodtageren"),
              app::to_json(award));
    return 0;
}

int run_confirm_accounts(Context& ctx, const Args& args) {
    const Id award_id = id_option(args, "award");
    const app::User& actor = ctx.actor();
    LostEarningsAward award;
    ctx.database().in_transaction(
        [&](soci::session& sql) { award = app::confirm_award_accounts(sql, actor, award_id); });
    ctx.print("bevilling af tabt arbejdsfortjeneste " + std::to_string(award.id) + ": konti bekræftet af " + actor.username,
              app::to_json(award));
    return 0;
}

int run_lost_earnings_add(Context& ctx, const Args& args) {
    LostEarningsAward award = award_of(args);
    const app::User& actor = ctx.actor();
    ctx.database().in_transaction([&](soci::session& sql) { award = app::create_award(sql, actor, award); });
    ctx.print("oprettede bevilling af tabt arbejdsfortjeneste " + std::to_string(award.id) + " til " + award.parent_name,
              app::to_json(award));
    return 0;
}

std::string month_line(const LostEarningsMonth& m) {
    return danish_month(m.month) + ": ydelse " + format_kroner(m.benefit) + ", pension " + format_kroner(m.pension) +
           ", ATP " + format_kroner(m.atp_employee) + ", AM-bidrag " + format_kroner(m.am_bidrag) + ", A-skat " +
           format_kroner(m.a_skat) + ", besparelser " + format_kroner(m.saved_costs) + ", udbetalt " +
           format_kroner(m.net) + (m.cap_estimated ? " (loft anslået)" : "") +
           (m.regulation_estimated ? " (satsregulering anslået)" : "");
}

Poco::JSON::Object::Ptr month_json(const LostEarningsMonth& m) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("month", iso(m.month));
    o->set("days", std::to_string(m.days.numerator) + "/" + std::to_string(m.days.denominator));
    o->set("holiday_days", m.holiday_days);
    for (auto [name, value] : {std::pair{"income_before", m.income_before}, {"reduction", m.reduction_amount},
                               {"regulated", m.regulated_amount}, {"cap", m.cap},
                               {"holiday_supplement", m.holiday_supplement}, {"benefit", m.benefit},
                               {"former_pension", m.former_pension}, {"pension", m.pension},
                               {"atp_employee", m.atp_employee}, {"am_bidrag", m.am_bidrag}, {"a_skat", m.a_skat},
                               {"saved_costs", m.saved_costs}, {"net", m.net}})
        o->set(std::string(name) + "_ore", value.ore());
    o->set("cap_estimated", m.cap_estimated);
    o->set("regulation_estimated", m.regulation_estimated);
    return o;
}

int run_lost_earnings_statement(Context& ctx, const Args& args) {
    const Id award = id_option(args, "award");
    const std::string& out = args.required("out");
    if (args.has("month") == args.has("year")) throw UsageError("angiv enten --month ÅÅÅÅ-MM eller --year ÅÅÅÅ");
    soci::session& sql = ctx.database().session();
    const auto statement = app::award_statement(sql, award);
    ctx.actor_who_may(app::Operation::read_own_family, statement.child.family_id);
    const RateBook rates = app::stored_rates(sql);

    Poco::JSON::Array::Ptr months = new Poco::JSON::Array;
    std::string text;
    if (args.has("month")) {
        const Month month = month_option(args);
        const auto terms = app::lost_earnings_terms(sql, rates, static_cast<int>(month.year()));
        auto m = app::award_month(statement, month, rates, terms);
        reports::write_lost_earnings_month(out, statement.who, m);
        months->add(month_json(m));
        text = month_line(m);
    } else {
        auto year = args.number("year");
        if (!year) throw UsageError("--year mangler");
        const auto terms = app::lost_earnings_terms(sql, rates, static_cast<int>(*year));
        auto all = app::award_year(statement, static_cast<int>(*year), rates, terms);
        reports::write_lost_earnings_year(out, statement.who, static_cast<int>(*year), all);
        for (const auto& m : all) {
            months->add(month_json(m));
            text += month_line(m) + "\n";
        }
    }
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("award_id", award);
    data->set("months", months);
    data->set("file", out);
    ctx.print(text + (text.ends_with('\n') ? "" : "\n") + "skrev " + out, data);
    return 0;
}

} // namespace

Command lost_earnings_add_command() {
    return {"lost-earnings add",
            "--child ID --parent-name NAVN --parent-cpr CPR --from DATO [--to DATO] --income KR --hours-off H "
            "--normal-hours H --purpose KODE --tax-rate PCT [tilvalg]",
            "Bevilg tabt arbejdsfortjeneste til en forælder",
            "--child ID           barnet, der trænes hjemme\n"
            "--parent-name NAVN   forælderen\n"
            "--parent-cpr CPR     forælderens CPR-nummer (DDMMÅÅ-SSSS)\n"
            "--from DATO          bevillingens første dag, dd-mm-åååå; --to DATO sidste dag (åben, når udeladt)\n"
            "--income KR          dokumenteret månedlig bruttoindtægt før (1.234,56)\n"
            "--hours-off H        timer fri fra arbejde pr. uge\n"
            "--pension PCT        tidligere arbejdsgivers pensionssats (0); pensionen er 10 % af bruttoydelsen,\n"
            "                     højst denne sats af den tabte indtægt i kroner\n"
            "--saved-costs KR     sparede udgifter pr. måned, fx transport (0): trækkes fra nettoydelsen efter skat\n"
            "--purpose KODE       hvad tiden bruges til: hjemmetraening, pasning eller ledsagelse\n"
            "                     (en fast liste; hjemmeundervisning er ikke et formål efter § 87)\n"
            "--tax-rate PCT       trækprocent; --deduction KR månedligt fradrag (0)\n" +
                std::string(kTermsHelp) + " (ingen)\n" + kPayeeHelp,
            {"child", "parent-name", "parent-cpr", "from", "to", "income", "hours-off", "normal-hours", "pension",
             "saved-costs", "purpose", "tax-rate", "deduction", "parent-reg", "parent-account", "pension-name",
             "pension-reg", "pension-account", "holidays"},
            run_lost_earnings_add};
}

Command lost_earnings_accounts_command() {
    return {"lost-earnings accounts", "--award ID [--parent-reg REG --parent-account NR] "
            "[--pension-name NAVN --pension-reg REG --pension-account NR]",
            "Angiv hvor en bevilling udbetales: forælderens egen konto og pensionsordningen",
            std::string("--award ID           bevillingen (dens beløb ændres ikke)\n") + kPayeeHelp +
                "\nEn udeladt konto ryddes. Måneder, der er tilbageholdt, fordi forælderens konto manglede,\n"
                "udbetales af næste udbetalingskørsel som rettelser.",
            {"award", "parent-reg", "parent-account", "pension-name", "pension-reg", "pension-account"},
            run_accounts};
}

Command lost_earnings_confirm_account_command() {
    return {"lost-earnings confirm-account", "--award ID",
            "Bekræft en bevillings konti, der er til kontrol (fire øjne: ikke den, der satte dem)",
            "--award ID           bevillingen\n"
            "Forælderens konto og pensionsordningens er, når de er sat eller ændret, til kontrol:\n"
            "udbetalingskørsler tilbageholder ydelsen og pensionen, til en anden økonomibruger end\n"
            "den, der satte dem, bekræfter dem her.",
            {"award"},
            run_confirm_accounts};
}

Command lost_earnings_terms_command() {
    return {"lost-earnings terms", "--award ID [--normal-hours H] [--holidays LISTE]",
            "Angiv forælderens normale ugentlige arbejdstid og ferieperioderne for en bevilling",
            std::string("--award ID           bevillingen\n") + kTermsHelp +
                " (udeladt: ingen)\n"
                "En bevilling gemt uden forælderens normale arbejdstid holdes tilbage af kørslerne, til den\n"
                "er angivet. Måneder, der allerede er betalt, rettes af næste kørsel med henvisning til reglen.",
            {"award", "normal-hours", "holidays"},
            run_terms};
}

Command lost_earnings_statement_command() {
    return {"lost-earnings statement", "--award ID (--month ÅÅÅÅ-MM | --year ÅÅÅÅ) --out FIL.xlsx",
            "Skriv forælderens specifikation af tabt arbejdsfortjeneste for en måned, eller årets oversigt",
            "--award ID       bevillingen\n"
            "--month ÅÅÅÅ-MM  én måneds specifikation\n"
            "--year ÅÅÅÅ      årets oversigt, måned for måned\n"
            "--out FIL        xlsx-filen der skrives",
            {"award", "month", "year", "out"},
            run_lost_earnings_statement};
}

} // namespace hjt::cli
