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
#include "cli/danish_text.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "reports/payout_labels.h"

namespace hjt::cli {

namespace {

constexpr const char* kMonthHelp = "--month ÅÅÅÅ-MM   måneden kørslen udbetaler\n";

std::string describe(const PayoutRunHeader& run) {
    return "udbetaling " + danish_month(run.month) + ": " + reports::danish_label(run.status) + ", " +
           counted(run.line_count, "linje", "linjer") + ", i alt " + format_kroner(run.total) + "\nindholds-hash " +
           run.content_hash + "\n";
}

// "2 Årsloft nået, 1 Mangler bankkonto"
std::string flag_summary(const std::vector<PayoutFlag>& flags) {
    std::map<std::string, int> counts;
    for (const auto& f : flags) ++counts[reports::danish_label(f.code)];
    std::string text;
    for (const auto& [label, count] : counts) text += (text.empty() ? "" : ", ") + std::to_string(count) + " " + label;
    return text.empty() ? "ingen markeringer" : "markeringer: " + text;
}

// What the approver must see besides the lines: what is held back and what is paid late.
std::string held_and_late(const PayoutRun& run) {
    std::string text;
    Money held = held_back_total(run.lines);
    if (held != Money()) text += "tilbageholdt (skyldes; udbetales, når årsagen er rettet): " + format_kroner(held) + "\n";
    CatchUpTotal late = catch_up_total(run.lines, run.header.catch_up_months);
    if (!run.header.catch_up_months.empty())
        text += "efterbetaling for " + danish_months(run.header.catch_up_months) + ": " + counted(late.lines, "linje", "linjer") +
                ", " + format_kroner(late.total) + "\n";
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
                ctx.progress("skriver linjer", static_cast<long long>(written), static_cast<long long>(total));
        };
        app::PrepareOptions options{args.has("catch-up"), pension, payroll_service, progress};
        outcome = app::prepare_payout(sql, actor, month, app::stored_payout_rates(sql, int(month.year())),
                                      options);
        stored = app::load_payout_run(sql, month);
    });
    std::string text = describe(outcome.run) + flag_summary(stored.flags) + "\n" + held_and_late(stored);
    if (outcome.replaced_draft)
        text += outcome.unchanged ? "erstattede den tidligere kladde: intet er ændret\n"
                                  : "erstattede den tidligere kladde: indholdet er ændret\n";
    // The whole draft, so a script (or a person with jq) reviews its lines, flags and payees before approving.
    auto data = app::to_json(stored);
    data->set("replaced_draft", outcome.replaced_draft);
    data->set("unchanged", outcome.unchanged);
    data->set("flag_count", static_cast<long long>(outcome.flags));
    ctx.print(text, data);
    return 0;
}

int run_approve(Context& ctx, const Args& args) {
    Month month = month_option(args);
    const app::User& actor = ctx.actor();
    PayoutRunHeader run;
    ctx.database().in_transaction(
        [&](soci::session& sql) { run = app::approve_payout(sql, actor, month, args.optional("hash")); });
    ctx.print(describe(run) + "godkendt af " + run.approved_by.value_or("") + "; bogført på familiernes konti",
              app::to_json(run));
    return 0;
}

int run_mark_paid(Context& ctx, const Args& args) {
    Month month = month_option(args);
    const app::User& actor = ctx.actor();
    PayoutRunHeader run;
    ctx.database().in_transaction([&](soci::session& sql) { run = app::mark_payout_paid(sql, actor, month); });
    ctx.print(describe(run) + "markeret som udbetalt af " + run.paid_by.value_or(""), app::to_json(run));
    return 0;
}

int run_export(Context& ctx, const Args& args) {
    Month month = month_option(args);
    const std::string& out = args.required("out");
    std::optional<app::BankFileRequest> bank;
    if (auto base = args.optional("bank")) {
        if (base->empty()) throw UsageError("--bank skal have et filnavn");
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

    std::string text = "kørselsark: " + files.xlsx + "\n";
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("month", iso(month));
    data->set("xlsx", files.xlsx);
    if (files.csv) {
        text += "bankfiler: " + *files.csv + ", " + *files.xml + " (" + std::to_string(files.transfers) +
                " overførsler, " + format_kroner(files.transfer_total) + ")\n";
        data->set("csv", *files.csv);
        data->set("xml", *files.xml);
        data->set("transfers", static_cast<long long>(files.transfers));
        data->set("control_sum", files.transfer_total.ore());
    }
    // The run ties out: its lines = transfers + withholding + saved costs + held back.
    text += "indeholdt til Skattestyrelsen: " + format_kroner(files.withholding_total) +
            ", sparede udgifter holdt tilbage: " + format_kroner(files.saved_costs_total) +
            ", tilbageholdt: " + format_kroner(files.held_back_total) + "\n";
    data->set("withholding", files.withholding_total.ore());
    data->set("saved_costs", files.saved_costs_total.ore());
    data->set("held_back", files.held_back_total.ore());
    ctx.print(text, data);
    return 0;
}

} // namespace

Command payout_prepare_command() {
    return {"payout prepare", "--month ÅÅÅÅ-MM [--catch-up]",
            "Beregn månedens a conto-kørsel som kladde (igen: erstatter kladden; samme data, samme resultat)",
            std::string(kMonthHelp) +
                "--catch-up        betal også årets måneder uden godkendt kørsel (fra årets første godkendte\n"
                "                  kørsel); uden den afvises en sådan måned. De forsinkede linjer markeres\n"
                "                  og lægges sammen for godkenderen.\n"
                "Hver overførsels modtager (navn, konto) gemmes i kørslen, som registret har den nu:\n"
                "godkendelsen dækker den, og bankfilerne betaler den, uanset hvad registret siger senere.\n"
                "Linjer uden konto tilbageholdes (skyldes) og betales af første kørsel, efter kontoen er registreret.",
            {"month"}, run_prepare};
}

Command payout_approve_command() {
    return {"payout approve", "--month ÅÅÅÅ-MM [--hash HASH]",
            "Godkend månedens kladde som gemt og bogfør den på familiernes konti (en anden bruger end forberederen)",
            std::string(kMonthHelp) +
                "--hash HASH       afvis, medmindre kørslens indholds-hash er HASH (den version, du gennemgik)\n"
                "Den handlende bruger er den indloggede (hjt login); den skal være en anden end den, der\n"
                "forberedte kørslen.",
            {"month", "hash"}, run_approve};
}

Command payout_mark_paid_command() {
    return {"payout mark-paid", "--month ÅÅÅÅ-MM", "Registrér, at banken har udbetalt månedens godkendte kørsel",
            kMonthHelp, {"month"}, run_mark_paid};
}

Command payout_export_command() {
    return {"payout export", "--month ÅÅÅÅ-MM --out FIL.xlsx [--bank FIL]",
            "Skriv kørselsarket (xlsx) og, for en godkendt kørsel, bankfilerne (CSV og pain.001 XML)",
            std::string(kMonthHelp) +
                "--out FIL.xlsx    kørselsarket: en række pr. familie, totaler, markeringer, alle linjer\n"
                "--bank FIL        skriv også FIL.csv og FIL.xml (ISO 20022 pain.001.001.03); en endelse .csv\n"
                "                  eller .xml fjernes først. Navne og konti er de modtagere, kørslen gemte\n"
                "                  og godkenderen godkendte; tilbageholdte linjer betales ikke.\n"
                "                  Den betalende konto står i config/payment.properties.\n"
                "--execution-date DATO   dagen banken skal betale, dd-mm-åååå eller åååå-mm-dd (standard:\n"
                "                  månedens første dag, eller i dag når den er passeret)",
            {"month", "out", "bank", "execution-date"}, run_export};
}

} // namespace hjt::cli
