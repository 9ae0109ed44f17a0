#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>

#include <fstream>
#include <iostream>

#include "app/audit_anchor.h"
#include "app/audit_baseline.h"
#include "app/audit_export_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "support/clock.h"

namespace hjt::cli {

namespace {

// `hjt audit export`: the books do not tie (README "Exit codes").
constexpr int kExitDoesNotTie = 3;

// The verification as text: the chain's state, then each finding on its own line.
std::string verification_text(const store::AuditVerification& v) {
    const std::string entries = std::to_string(v.entries) + " poster";
    std::string text = v.first_broken ? "revisionssporet er brudt ved post " + std::to_string(*v.first_broken) + ": " +
                                            v.reason
                       : v.ok         ? "revisionssporet er i orden: " + entries
                                      : "revisionssporet er helt (" + entries +
                                            "), men regnskabet eller ankeret passer ikke med det";
    text += "\nkontrolleret " + v.mode + " (" + std::to_string(v.keyed_entries) + " poster med nøgle) og " +
            std::to_string(v.rows_checked) + " rækker af regnskabet";
    for (const auto& f : v.findings) text += "\n  " + f;
    if (v.more_findings) text += "\n  ... og " + std::to_string(v.more_findings) + " til";
    return text;
}

Poco::JSON::Object::Ptr verification_json(const store::AuditVerification& v) {
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("ok", v.ok);
    data->set("entries", v.entries);
    data->set("first_broken", v.first_broken ? Poco::Dynamic::Var(*v.first_broken) : Poco::Dynamic::Var());
    data->set("reason", v.reason);
    data->set("mode", v.mode);
    data->set("keyed_entries", v.keyed_entries);
    data->set("rows_checked", v.rows_checked);
    auto findings = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    for (const auto& f : v.findings) findings->add(f);
    data->set("findings", findings);
    data->set("more_findings", v.more_findings);
    return data;
}

int run_audit_verify(Context& ctx, const Args& args) {
    ctx.actor_who_may(app::Operation::read_books);
    std::optional<store::AuditHead> anchor;
    if (auto file = args.optional("anchor")) anchor = app::read_anchor_file(*file);
    store::AuditVerification result;
    ctx.database().in_transaction([&](soci::session& sql) { result = app::verify_audit_chain(sql, anchor); },
                                  store::Database::Mode::read);
    auto data = verification_json(result);
    data->set("anchor", anchor ? Poco::Dynamic::Var(anchor->sequence) : Poco::Dynamic::Var());
    ctx.print(verification_text(result), data);
    // A broken chain is a finding about the data, not a usage error: exit 1.
    return result.ok ? 0 : 1;
}

int run_audit_anchor(Context& ctx, const Args& args) {
    ctx.actor_who_may(app::Operation::read_books);
    store::AuditHead head;
    ctx.database().in_transaction([&](soci::session& sql) { head = app::current_anchor(sql); },
                                  store::Database::Mode::read);
    const std::string text = app::anchor_text(head, support::utc_now());
    auto out = args.optional("out");
    if (!out) {
        std::cout << text;
        return 0;
    }
    std::ofstream file(*out, std::ios::trunc);
    if (!(file << text) || !file.flush()) throw ValidationError("--out", "ankerfilen kan ikke skrives: " + *out);
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("sequence", head.sequence);
    data->set("hash", head.hash);
    data->set("file", *out);
    ctx.print("anker for post " + std::to_string(head.sequence) + " (" + head.hash + ") skrevet i " + *out +
                  "; opbevar filen uden for databasens rækkevidde",
              data);
    return 0;
}

int run_audit_baseline(Context& ctx, const Args&) {
    const app::User& actor = ctx.actor();
    app::BaselineReport report;
    ctx.database().in_transaction([&](soci::session& sql) { report = app::seal_baseline(sql, actor); });
    std::string text = "udgangspunkt: post " + std::to_string(report.entry) + " forsegler " +
                       std::to_string(report.rows) + " rækker af regnskabet, der blev skrevet uden segl";
    auto tables = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    for (const auto& [table, n] : report.tables) {
        text += "\n  " + table + ": " + std::to_string(n);
        tables->set(table, n);
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("entry", report.entry);
    data->set("rows", report.rows);
    data->set("tables", tables);
    ctx.print(text, data);
    return 0;
}

// "posteringer fra kørsler 1.234,00 kr = godkendte kørsler 1.234,00 kr: stemmer"
std::string tie_line(const std::string& left, Money a, const std::string& right, Money b) {
    return left + " " + format_kroner(a) + (a == b ? " = " : " <> ") + right + " " + format_kroner(b) +
           (a == b ? ": stemmer" : ": STEMMER IKKE");
}

std::string export_chain_line(const reports::AuditChainResult& c) {
    if (c.ok)
        return "revisionssporet er i orden: " + std::to_string(c.entries) + " poster, " +
               std::to_string(c.rows_checked) + " rækker af regnskabet kontrolleret (" + c.mode + ")";
    if (c.first_broken) return "REVISIONSSPORET ER BRUDT ved post " + std::to_string(*c.first_broken) + ": " + c.reason;
    return "REGNSKABET AFVIGER FRA REVISIONSSPORET: " + (c.findings.empty() ? std::string() : c.findings.front()) +
           (c.findings.size() > 1 ? " (og " + std::to_string(c.findings.size() - 1) + " til)" : "");
}

int run_audit_export(Context& ctx, const Args& args) {
    const int year = year_option(args);
    const std::string& out = args.required("out");
    const auto format = app::audit_export_format(args.optional("format"));
    Poco::Path parent = format == app::AuditExportFormat::csv ? Poco::Path(out) : Poco::Path(out).parent();
    if (!parent.toString().empty()) Poco::File(parent).createDirectories();

    const app::User& actor = ctx.actor();
    app::AuditExportResult result;
    // One read transaction: every sheet sees the same state of the books.
    ctx.database().in_transaction(
        [&](soci::session& sql) { result = app::export_audit(sql, actor, year, out, format); },
        store::Database::Mode::read);

    const auto& t = result.tie_out;
    std::string text = "revisionsudtræk " + std::to_string(year) + ": " + std::to_string(result.postings) +
                       " posteringer, " + std::to_string(result.runs) + " kørsler, " +
                       std::to_string(result.audit_entries) + " poster i revisionssporet\n";
    text += tie_line("posteringer fra kørsler", t.postings_from_runs, "godkendte kørsler", t.runs_booked) + "\n";
    text += t.reconciled_received ? tie_line("modtaget ifølge posteringer", t.postings_received,
                                             "modtaget ifølge årsopgørelser", *t.reconciled_received) + "\n"
                                  : "ingen årsopgørelser for året endnu\n";
    text += export_chain_line(result.chain) + "\n";
    auto files = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    for (const auto& f : result.files) {
        files->add(f);
        text += "skrev " + f + "\n";
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("year", year);
    data->set("files", files);
    data->set("postings", static_cast<long long>(result.postings));
    data->set("runs", static_cast<long long>(result.runs));
    data->set("audit_entries", static_cast<long long>(result.audit_entries));
    data->set("postings_from_runs", t.postings_from_runs.ore());
    data->set("runs_booked", t.runs_booked.ore());
    data->set("postings_received", t.postings_received.ore());
    if (t.reconciled_received)
        data->set("reconciled_received", t.reconciled_received->ore());
    else
        data->set("reconciled_received", Poco::Dynamic::Var());
    const bool ties = t.runs_tie() && t.reconciliations_tie();
    data->set("ties", ties);
    data->set("chain_ok", result.chain.ok);
    if (result.chain.first_broken)
        data->set("first_broken", *result.chain.first_broken);
    else
        data->set("first_broken", Poco::Dynamic::Var());
    ctx.print(text, data);
    // The file is written either way; a script (or the auditor) sees from the
    // exit code that the books do not tie without reading the text.
    return ties ? 0 : kExitDoesNotTie;
}

} // namespace

Command audit_export_command() {
    return {"audit export", "--year ÅÅÅÅ --out FIL.xlsx [--format csv]",
            "Skriv årets regnskab til revisor: posteringer, kørsler, årsopgørelser, bevillinger, tabt "
            "arbejdsfortjeneste, satser, revisionsspor",
            "--year ÅÅÅÅ       kalenderåret\n"
            "--out FIL.xlsx    regnearket; med --format csv en mappe med en CSV-fil pr. ark\n"
            "--format F        xlsx (standard) eller csv (UTF-8 med BOM, ';', decimalkomma: dansk Excel)\n"
            "Totaler er formler, der binder arkene sammen (posteringer = kørsler = årsopgørelsernes modtaget);\n"
            "arket 'Sådan kontrolleres' forklarer dem. CPR-numre er maskeret, bankkonti afkortet til de\n"
            "sidste fire cifre. Revisionssporets poster er dem, der er skrevet i året, og dem, der vedrører det\n"
            "(en kolonne siger hvilke). Et brudt revisionsspor står i udtrækket. Slutkode 3, når regnskabet\n"
            "ikke stemmer (filen skrives alligevel), 0 når det stemmer.",
            {"year", "out", "format"},
            run_audit_export};
}

Command audit_verify_command() {
    return {"audit verify", "[--anchor FIL]",
            "Kontrollér revisionssporet og det regnskab, det dækker; nævn første brudte post og hver række, der "
            "er ændret, slettet eller indsat uden om programmet",
            "Genberegner hver posts hash (SHA-256, eller HMAC-SHA-256 med hjt.audit.key_file) ud fra den forrige\n"
            "hash og postens indhold i id-orden, og sammenligner derefter hver postering, udbetalingskørsel,\n"
            "kørselslinje og årsopgørelsestal med den post, der skrev det.\n"
            "--anchor FIL    et anker skrevet af 'hjt audit anchor': sporet skal stadig have dets post med\n"
            "                den hash (et spor, der er afkortet eller omskrevet, opdages)\n"
            "Slutkode 1, når sporet er brudt, en række afviger, eller ankeret ikke passer.",
            {"anchor"},
            run_audit_verify};
}

Command audit_baseline_command() {
    return {"audit baseline", "",
            "Forsegl regnskabets rækker skrevet før skema 4 (én gang, admin), så verify kontrollerer dem fremover",
            "En database opgraderet fra før skema 4 har kørsler, linjer, posteringer og årsopgørelsestal, som\n"
            "ingen post i revisionssporet har forseglet: 'audit verify' melder hver som indsat uden om\n"
            "programmet. Kør denne én gang lige efter opgraderingen (efter at have kontrolleret regnskabet,\n"
            "som det er): den forsegler hver række, ingen post nævner, som den er nu, under én post 'baseline',\n"
            "der tæller dem pr. tabel; senere ændringer, sletninger og indsættelser nævnes derefter af verify.\n"
            "Afvises, når der findes et udgangspunkt, eller intet mangler segl.",
            {},
            run_audit_baseline};
}

Command audit_anchor_command() {
    return {"audit anchor", "[--out FIL]",
            "Skriv revisionssporets hoved (nummer, hash, tid), som revisor opbevarer uden for databasen",
            "--out FIL    skriv ankeret dér (standard: udskriv det)\n"
            "Opbevar filen, hvor databasens brugere ikke kan ændre den; kontrollér med\n"
            "'hjt audit verify --anchor FIL'.",
            {"out"},
            run_audit_anchor};
}

} // namespace hjt::cli
