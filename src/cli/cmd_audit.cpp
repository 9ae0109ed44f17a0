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
    const std::string entries = std::to_string(v.entries) + " entries";
    std::string text = v.first_broken ? "audit chain broken at entry " + std::to_string(*v.first_broken) + ": " +
                                            v.reason
                       : v.ok         ? "audit chain ok: " + entries
                                      : "audit chain intact (" + entries + "), but the books or the anchor do not match it";
    text += "\nchecked " + v.mode + " (" + std::to_string(v.keyed_entries) + " keyed entries) and " +
            std::to_string(v.rows_checked) + " rows of the books";
    for (const auto& f : v.findings) text += "\n  " + f;
    if (v.more_findings) text += "\n  ... and " + std::to_string(v.more_findings) + " more";
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
    ctx.print("anchored entry " + std::to_string(head.sequence) + " (" + head.hash + ") in " + *out +
                  "; keep the file outside the database's reach",
              data);
    return 0;
}

int run_audit_baseline(Context& ctx, const Args&) {
    const app::User& actor = ctx.actor();
    app::BaselineReport report;
    ctx.database().in_transaction([&](soci::session& sql) { report = app::seal_baseline(sql, actor); });
    std::string text = "baseline: entry " + std::to_string(report.entry) + " seals " + std::to_string(report.rows) +
                       " rows of the books written without seals";
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

// "postings from runs 1.234,00 kr = runs 1.234,00 kr: ties"
std::string tie_line(const std::string& left, Money a, const std::string& right, Money b) {
    return left + " " + format_kroner(a) + (a == b ? " = " : " <> ") + right + " " + format_kroner(b) +
           (a == b ? ": ties" : ": DOES NOT TIE");
}

std::string export_chain_line(const reports::AuditChainResult& c) {
    if (c.ok)
        return "audit chain ok: " + std::to_string(c.entries) + " entries, " + std::to_string(c.rows_checked) +
               " rows of the books checked (" + c.mode + ")";
    if (c.first_broken) return "AUDIT CHAIN BROKEN at entry " + std::to_string(*c.first_broken) + ": " + c.reason;
    return "THE BOOKS DIFFER FROM THE AUDIT CHAIN: " + (c.findings.empty() ? std::string() : c.findings.front()) +
           (c.findings.size() > 1 ? " (and " + std::to_string(c.findings.size() - 1) + " more)" : "");
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
    std::string text = "audit export " + std::to_string(year) + ": " + std::to_string(result.postings) +
                       " postings, " + std::to_string(result.runs) + " runs, " +
                       std::to_string(result.audit_entries) + " audit entries\n";
    text += tie_line("postings from runs", t.postings_from_runs, "approved runs", t.runs_booked) + "\n";
    text += t.reconciled_received ? tie_line("postings received", t.postings_received, "reconciliations' received",
                                             *t.reconciled_received) + "\n"
                                  : "no reconciliations of the year yet\n";
    text += export_chain_line(result.chain) + "\n";
    auto files = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    for (const auto& f : result.files) {
        files->add(f);
        text += "wrote " + f + "\n";
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
    return {"audit export", "--year YYYY --out FILE.xlsx [--format csv]",
            "Write the year's books for auditors: postings, runs, reconciliations, grants, lost earnings, rates, "
            "audit trail",
            "--year YYYY       the calendar year\n"
            "--out FILE.xlsx   the workbook; with --format csv a folder that gets one CSV file per sheet\n"
            "--format F        xlsx (default) or csv (UTF-8 with BOM, ';', decimal comma: Danish Excel)\n"
            "Totals are formulas that tie the sheets together (postings = runs = reconciliations' received);\n"
            "the sheet 'Sådan kontrolleres' explains them. CPR numbers are masked, bank accounts cut to the\n"
            "last four digits. The audit entries are those made in the year and those concerning it (a column\n"
            "says which). A broken audit chain is reported in the export. Exit code 3 when the books do not\n"
            "tie (the file is still written), 0 when they do.",
            {"year", "out", "format"},
            run_audit_export};
}

Command audit_verify_command() {
    return {"audit verify", "[--anchor FILE]",
            "Check the audit chain and the books it covers; name the first broken entry and each row changed, "
            "deleted or inserted outside the program",
            "Recomputes every entry's hash (SHA-256, or HMAC-SHA-256 with hjt.audit.key_file) from the previous\n"
            "hash and the entry's content, in id order, then compares every posting, payout run, run line and\n"
            "reconciliation figure with the entry that wrote it.\n"
            "--anchor FILE   an anchor written by 'hjt audit anchor': the chain must still hold its entry with\n"
            "                that hash (a chain cut short or rewritten is caught)\n"
            "Exit code 1 when the chain is broken, a row differs or the anchor does not match.",
            {"anchor"},
            run_audit_verify};
}

Command audit_baseline_command() {
    return {"audit baseline", "",
            "Seal the rows of the books written before schema 4 (once, admin), so verify checks them from now on",
            "A database upgraded from before schema 4 holds runs, lines, postings and reconciliation figures\n"
            "that no audit entry sealed: 'audit verify' reports each as inserted outside the program. Run this\n"
            "once, right after the upgrade (after checking the books as they are): it seals every row no entry\n"
            "lists as it is now, under one audit entry 'baseline' that counts them by table; later changes,\n"
            "deletions and insertions are then named by verify. Refused when a baseline exists or nothing lacks\n"
            "a seal.",
            {},
            run_audit_baseline};
}

Command audit_anchor_command() {
    return {"audit anchor", "[--out FILE]",
            "Write the audit chain's head (sequence, hash, time) for the auditor to keep outside the database",
            "--out FILE   write the anchor there (default: print it)\n"
            "Keep the file where the database's users cannot change it; check with 'hjt audit verify --anchor FILE'.",
            {"out"},
            run_audit_anchor};
}

} // namespace hjt::cli
