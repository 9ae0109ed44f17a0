// hjt payout prepare | approve | mark-paid | export: the monthly a-conto run.
// The acting finance user is the signed-in hjt user (hjt login, or HJT_TOKEN);
// four eyes means another finance user's session approves than prepared.
#include <Poco/File.h>
#include <Poco/Path.h>

#include <map>

#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "app/payout_json.h"
#include "app/payout_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "reports/payout_labels.h"

namespace hjt::cli {

namespace {

constexpr const char* kMonthHelp = "--month YYYY-MM   the month the run pays\n";

std::string describe(const PayoutRunHeader& run) {
    return "payout run " + iso(run.month) + ": " + to_string(run.status) + ", " + std::to_string(run.line_count) +
           " lines, total " + format_kroner(run.total) + "\ncontent hash " + run.content_hash + "\n";
}

// "2 Årsloft nået, 1 Mangler bankkonto"
std::string flag_summary(const std::vector<PayoutFlag>& flags) {
    std::map<std::string, int> counts;
    for (const auto& f : flags) ++counts[reports::danish_label(f.code)];
    std::string text;
    for (const auto& [label, count] : counts) text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + label;
    return text.empty() ? "no flags" : "flags: " + text;
}

// What the approver must see besides the lines: what is held back and what is paid late.
std::string held_and_late(const PayoutRun& run) {
    std::string text;
    Money held = held_back_total(run.lines);
    if (held != Money()) text += "held back (owed, paid when the cause is fixed): " + format_kroner(held) + "\n";
    CatchUpTotal late = catch_up_total(run.lines, run.header.catch_up_months);
    if (!run.header.catch_up_months.empty())
        text += "catch-up for " + settled_months_text(run.header.catch_up_months) + ": " +
                std::to_string(late.lines) + " lines, " + format_kroner(late.total) + "\n";
    return text;
}

int run_prepare(Context& ctx, const Args& args) {
    Month month = month_option(args);
    auto pension = app::load_default_pension_payee(ctx.settings().config_dir);
    auto payroll_service = app::load_payroll_service_payees(ctx.settings().config_dir);
    const app::User& actor = ctx.actor();
    app::PrepareOutcome outcome;
    PayoutRun stored;
    ctx.database().in_transaction([&](soci::session& sql) {
        auto progress = [&ctx](std::size_t written, std::size_t total) {
            if (written % 5000 == 0 || written == total)
                ctx.progress("writing lines", static_cast<long long>(written), static_cast<long long>(total));
        };
        app::PrepareOptions options{args.has("catch-up"), pension, payroll_service, progress};
        outcome = app::prepare_payout(sql, actor, month, app::stored_payout_rates(sql, int(month.year())),
                                      options);
        stored = app::load_payout_run(sql, month);
    });
    std::string text = describe(outcome.run) + flag_summary(stored.flags) + "\n" + held_and_late(stored);
    if (outcome.replaced_draft)
        text += outcome.unchanged ? "replaced the earlier draft: nothing changed\n"
                                  : "replaced the earlier draft: the content changed\n";
    auto data = app::to_json(outcome.run);
    data->set("replaced_draft", outcome.replaced_draft);
    data->set("unchanged", outcome.unchanged);
    data->set("flags", static_cast<long long>(outcome.flags));
    ctx.print(text, data);
    return 0;
}

int run_approve(Context& ctx, const Args& args) {
    Month month = month_option(args);
    const app::User& actor = ctx.actor();
    PayoutRunHeader run;
    ctx.database().in_transaction(
        [&](soci::session& sql) { run = app::approve_payout(sql, actor, month, args.optional("hash")); });
    ctx.print(describe(run) + "approved by " + run.approved_by.value_or("") + "; posted to the families' ledgers",
              app::to_json(run));
    return 0;
}

int run_mark_paid(Context& ctx, const Args& args) {
    Month month = month_option(args);
    const app::User& actor = ctx.actor();
    PayoutRunHeader run;
    ctx.database().in_transaction([&](soci::session& sql) { run = app::mark_payout_paid(sql, actor, month); });
    ctx.print(describe(run) + "marked paid by " + run.paid_by.value_or(""), app::to_json(run));
    return 0;
}

int run_export(Context& ctx, const Args& args) {
    Month month = month_option(args);
    const std::string& out = args.required("out");
    std::optional<app::BankFileRequest> bank;
    if (auto base = args.optional("bank")) {
        if (base->empty()) throw UsageError("option --bank needs a file name");
        Date execution = app::default_execution_date(month, app::today_in_copenhagen());
        if (auto text = args.optional("execution-date")) {
            auto parsed = parse_typed_date(*text);
            if (!parsed) throw UsageError("--execution-date skal være dd-mm-åååå eller åååå-mm-dd, ikke '" + *text + "'");
            execution = *parsed;
        }
        bank = app::BankFileRequest{*base, app::load_debtor(ctx.settings().config_dir), execution};
    }
    for (const std::string& file : {out, bank ? bank->base : out}) {
        Poco::Path parent = Poco::Path(file).parent();
        if (!parent.toString().empty()) Poco::File(parent).createDirectories();
    }
    const app::User& actor = ctx.actor();
    app::PayoutExport files;
    ctx.database().in_transaction(
        [&](soci::session& sql) { files = app::export_payout(sql, actor, month, out, bank); });

    std::string text = "run sheet: " + files.xlsx + "\n";
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("month", iso(month));
    data->set("xlsx", files.xlsx);
    if (files.csv) {
        text += "bank files: " + *files.csv + ", " + *files.xml + " (" + std::to_string(files.transfers) +
                " transfers, " + format_kroner(files.transfer_total) + ")\n";
        data->set("csv", *files.csv);
        data->set("xml", *files.xml);
        data->set("transfers", static_cast<long long>(files.transfers));
        data->set("control_sum", files.transfer_total.ore());
    }
    // The run ties out: its lines = transfers + withholding + saved costs + held back.
    text += "withheld for Skattestyrelsen: " + format_kroner(files.withholding_total) +
            ", saved costs kept back: " + format_kroner(files.saved_costs_total) +
            ", held back: " + format_kroner(files.held_back_total) + "\n";
    data->set("withholding", files.withholding_total.ore());
    data->set("saved_costs", files.saved_costs_total.ore());
    data->set("held_back", files.held_back_total.ore());
    ctx.print(text, data);
    return 0;
}

} // namespace

Command payout_prepare_command() {
    return {"payout prepare", "--month YYYY-MM [--catch-up]",
            "Compute the month's a-conto run as a draft (again: replaces the draft; same data, same result)",
            std::string(kMonthHelp) +
                "--catch-up        also pay months of the year that have no approved run (from the year's first\n"
                "                  approved run on); without it such a month is refused. The late lines are\n"
                "                  flagged and totalled for the approver.\n"
                "Each transfer's payee (name, account) is recorded in the run as the register has it now:\n"
                "the approval covers it and the bank files pay it, whatever the register says later.\n"
                "Lines without an account are held back (owed) and paid by the first run after it is registered.",
            {"month"}, run_prepare};
}

Command payout_approve_command() {
    return {"payout approve", "--month YYYY-MM [--hash HASH]",
            "Approve the month's draft as stored and post it to the ledgers (another user than the preparer)",
            std::string(kMonthHelp) +
                "--hash HASH       refuse unless the run's content hash is HASH (the version you reviewed)\n"
                "The acting user is the signed-in one (hjt login); it must differ from the user who prepared the run.",
            {"month", "hash"}, run_approve};
}

Command payout_mark_paid_command() {
    return {"payout mark-paid", "--month YYYY-MM", "Record that the bank has paid the month's approved run",
            kMonthHelp, {"month"}, run_mark_paid};
}

Command payout_export_command() {
    return {"payout export", "--month YYYY-MM --out FILE.xlsx [--bank FILE]",
            "Write the run sheet (xlsx) and, for an approved run, the bank files (CSV and pain.001 XML)",
            std::string(kMonthHelp) +
                "--out FILE.xlsx   the run sheet: one row a family, totals, flags, every line\n"
                "--bank FILE       also write FILE.csv and FILE.xml (ISO 20022 pain.001.001.03); a .csv or\n"
                "                  .xml ending is dropped first. Names and accounts are the payees the run\n"
                "                  recorded and the approver approved; held-back lines are not paid.\n"
                "                  The paying account is config/payment.properties.\n"
                "--execution-date YYYY-MM-DD   the day the bank is to pay (default: the month's first day,\n"
                "                  or today when that has passed)",
            {"month", "out", "bank", "execution-date"}, run_export};
}

} // namespace hjt::cli
