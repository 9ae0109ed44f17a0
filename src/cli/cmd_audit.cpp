#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>

#include "app/audit_export_service.h"
#include "cli/commands.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "store/audit_log.h"

namespace hjt::cli {

namespace {

int run_audit_verify(Context& ctx, const Args&) {
    ctx.actor_who_may(app::Operation::read_books);
    auto result = store::verify_audit_chain(ctx.database().session());
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("ok", result.ok);
    data->set("entries", result.entries);
    if (result.first_broken)
        data->set("first_broken", *result.first_broken);
    else
        data->set("first_broken", Poco::Dynamic::Var());
    data->set("reason", result.reason);
    std::string text = result.ok ? "audit chain ok: " + std::to_string(result.entries) + " entries"
                                 : "audit chain broken at entry " + std::to_string(*result.first_broken) + ": " +
                                       result.reason;
    ctx.print(text, data);
    // A broken chain is a finding about the data, not a usage error: exit 1.
    return result.ok ? 0 : 1;
}

app::AuditExportFormat format_option(const Args& args) {
    std::string format = args.optional("format").value_or("xlsx");
    if (format == "xlsx") return app::AuditExportFormat::xlsx;
    if (format == "csv") return app::AuditExportFormat::csv;
    throw UsageError("--format must be xlsx or csv, got '" + format + "'");
}

// "postings from runs 1.234,00 kr = runs 1.234,00 kr: ties"
std::string tie_line(const std::string& left, Money a, const std::string& right, Money b) {
    return left + " " + format_kroner(a) + (a == b ? " = " : " <> ") + right + " " + format_kroner(b) +
           (a == b ? ": ties" : ": DOES NOT TIE");
}

int run_audit_export(Context& ctx, const Args& args) {
    args.required("year");
    const int year = static_cast<int>(*args.number("year"));
    const std::string& out = args.required("out");
    const auto format = format_option(args);
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
    text += result.chain.ok ? "audit chain ok: " + std::to_string(result.chain.entries) + " entries\n"
                            : "AUDIT CHAIN BROKEN at entry " + std::to_string(*result.chain.first_broken) + ": " +
                                  result.chain.reason + "\n";
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
    data->set("ties", t.runs_tie() && t.reconciliations_tie());
    data->set("chain_ok", result.chain.ok);
    if (result.chain.first_broken)
        data->set("first_broken", *result.chain.first_broken);
    else
        data->set("first_broken", Poco::Dynamic::Var());
    ctx.print(text, data);
    return 0;
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
            "last four digits. A broken audit chain is reported in the export (exit code 0: the export worked).",
            {"year", "out", "format"},
            run_audit_export};
}

Command audit_verify_command() {
    return {"audit verify", "",
            "Check the audit trail's hash chain and name the first entry that was changed or follows a deleted one",
            "Recomputes every entry's SHA-256 from the previous hash and the entry's content, in id order.\n"
            "Exit code 1 when the chain is broken.",
            {},
            run_audit_verify};
}

} // namespace hjt::cli
