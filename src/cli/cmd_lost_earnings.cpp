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
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/validation.h"

namespace hjt::cli {

namespace {

// An account given as two options, both or neither (the service checks the digits).
std::optional<BankAccount> account_option(const Args& args, const std::string& reg, const std::string& account) {
    if (args.has(reg) != args.has(account)) throw UsageError("give --" + reg + " and --" + account + " together");
    if (!args.has(reg)) return std::nullopt;
    return BankAccount{args.required(reg), args.required(account)};
}

std::optional<PensionPayee> pension_option(const Args& args) {
    auto account = account_option(args, "pension-reg", "pension-account");
    if (!account) {
        if (args.has("pension-name")) throw UsageError("--pension-name goes with --pension-reg and --pension-account");
        return std::nullopt;
    }
    return PensionPayee{args.optional("pension-name").value_or(""), *account};
}

constexpr const char* kPayeeHelp =
    "--parent-reg REG --parent-account NO\n"
    "                     the parent's own account, where the net benefit is paid (without\n"
    "                     it the benefit is flagged and held back, never paid to the family)\n"
    "--pension-name NAME --pension-reg REG --pension-account NO\n"
    "                     the pension scheme (left out: the municipality's default payee)";

std::vector<Period> holidays_option(const Args& args) {
    return typed_option<std::vector<Period>>(
        args, "holidays", [](const std::string& text) { return parse_period_list(text, parse_typed_date); },
        std::vector<Period>{});
}

constexpr const char* kTermsHelp =
    "--normal-hours H     the parent's own normal weekly hours before the award (f = hours off / these)\n"
    "--holidays LIST      days on holiday pay from a former employer, not paid:\n"
    "                     2024-07-01..2024-07-19, 2024-10-14..2024-10-18";

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
    ctx.print("lost-earnings award " + std::to_string(award.id) + ": normal hours " +
                  (award.normal_weekly_hours ? format_hours(*award.normal_weekly_hours) : std::string("not given")) +
                  ", holidays: " +
                  (award.holiday_periods.empty() ? std::string("none") : period_list_text(award.holiday_periods)),
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
    ctx.print("lost-earnings award " + std::to_string(award.id) + ": " +
                  (award.parent_bank ? "parent's account " + award.parent_bank->reg_no + " " +
                                           mask_account(award.parent_bank->account_no)
                                     : std::string("no parent's account")) +
                  ", pension to " + (award.pension_payee ? award.pension_payee->name : "the default payee"),
              app::to_json(award));
    return 0;
}

int run_confirm_accounts(Context& ctx, const Args& args) {
    const Id award_id = id_option(args, "award");
    const app::User& actor = ctx.actor();
    LostEarningsAward award;
    ctx.database().in_transaction(
        [&](soci::session& sql) { award = app::confirm_award_accounts(sql, actor, award_id); });
    ctx.print("lost-earnings award " + std::to_string(award.id) + ": accounts confirmed by " + actor.username,
              app::to_json(award));
    return 0;
}

int run_add(Context& ctx, const Args& args) {
    LostEarningsAward award = award_of(args);
    const app::User& actor = ctx.actor();
    ctx.database().in_transaction([&](soci::session& sql) { award = app::create_award(sql, actor, award); });
    ctx.print("created lost-earnings award " + std::to_string(award.id) + " for " + award.parent_name,
              app::to_json(award));
    return 0;
}

std::string month_line(const LostEarningsMonth& m) {
    return iso(m.month) + ": ydelse " + format_kroner(m.benefit) + ", pension " + format_kroner(m.pension) +
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

int run_statement(Context& ctx, const Args& args) {
    const Id award = id_option(args, "award");
    const std::string& out = args.required("out");
    if (args.has("month") == args.has("year")) throw UsageError("give either --month YYYY-MM or --year YYYY");
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
        if (!year) throw UsageError("--year is required");
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
    ctx.print(text + (text.ends_with('\n') ? "" : "\n") + "wrote " + out, data);
    return 0;
}

} // namespace

Command lost_earnings_add_command() {
    return {"lost-earnings add",
            "--child ID --parent-name NAME --parent-cpr CPR --from DATE [--to DATE] --income KR --hours-off H "
            "--normal-hours H --purpose TEXT --tax-rate PCT [options]",
            "Award lost earnings (tabt arbejdsfortjeneste) to a parent",
            "--child ID           the child trained at home\n"
            "--parent-name NAME   the parent\n"
            "--parent-cpr CPR     the parent's CPR number (DDMMYY-SSSS)\n"
            "--from YYYY-MM-DD    first day of the award; --to YYYY-MM-DD last day (open when left out)\n"
            "--income KR          documented monthly gross income before (1.234,56)\n"
            "--hours-off H        hours off work per week\n"
            "--pension PCT        former employer's pension rate (0); the pension is 10 % of the gross,\n"
            "                     at most this rate of the income lost in kroner\n"
            "--saved-costs KR     monthly costs saved, e.g. transport (0): taken off the net after tax\n"
            "--purpose CODE       what the time is for: hjemmetraening, pasning or ledsagelse\n"
            "                     (a fixed list; home schooling is not a purpose under § 87)\n"
            "--tax-rate PCT       trækprocent; --deduction KR monthly fradrag (0)\n" +
                std::string(kTermsHelp) + " (none)\n" + kPayeeHelp,
            {"child", "parent-name", "parent-cpr", "from", "to", "income", "hours-off", "normal-hours", "pension",
             "saved-costs", "purpose", "tax-rate", "deduction", "parent-reg", "parent-account", "pension-name",
             "pension-reg", "pension-account", "holidays"},
            run_add};
}

Command lost_earnings_accounts_command() {
    return {"lost-earnings accounts", "--award ID [--parent-reg REG --parent-account NO] "
            "[--pension-name NAME --pension-reg REG --pension-account NO]",
            "Set where an award pays: the parent's own account and the pension scheme",
            std::string("--award ID           the award (its figures are not changed)\n") + kPayeeHelp +
                "\nAn account left out is cleared. Months held back for want of the parent's account\n"
                "are paid by the next payout run as corrections.",
            {"award", "parent-reg", "parent-account", "pension-name", "pension-reg", "pension-account"},
            run_accounts};
}

Command lost_earnings_confirm_account_command() {
    return {"lost-earnings confirm-account", "--award ID",
            "Confirm an award's accounts under verification (four eyes: not who set them)",
            "--award ID           the award\n"
            "The parent's account and the pension scheme's, once set or changed, are under\n"
            "verification (til kontrol): payout runs hold back the benefit and its pension until a\n"
            "finance user other than the one who set them confirms them here.",
            {"award"},
            run_confirm_accounts};
}

Command lost_earnings_terms_command() {
    return {"lost-earnings terms", "--award ID [--normal-hours H] [--holidays LIST]",
            "Set the parent's normal weekly hours and the holiday periods of an award",
            std::string("--award ID           the award\n") + kTermsHelp +
                " (left out: none)\n"
                "An award stored without the parent's normal hours is held by the payout runs until they\n"
                "are set. Months already paid are corrected by the next run, naming the rule.",
            {"award", "normal-hours", "holidays"},
            run_terms};
}

Command lost_earnings_statement_command() {
    return {"lost-earnings statement", "--award ID (--month YYYY-MM | --year YYYY) --out FILE.xlsx",
            "Write the parent's lost-earnings specification for a month, or the year's overview",
            "--award ID       the award\n"
            "--month YYYY-MM  one month's specification\n"
            "--year YYYY      the year's overview, month by month\n"
            "--out FILE       the xlsx to write",
            {"award", "month", "year", "out"},
            run_statement};
}

} // namespace hjt::cli
