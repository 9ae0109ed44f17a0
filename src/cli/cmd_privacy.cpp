// Personal data (README "Persondata"): `hjt cpr-log` and `hjt subject-access`
// (app/cpr_display.h, app/subject_access.h). `hjt retention` is cmd_retention.cpp.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <fstream>
#include <sstream>
#include <iostream>

#include "app/cpr_display.h"
#include "app/subject_access.h"
#include "cli/commands.h"
#include "domain/errors.h"

namespace hjt::cli {
namespace {

int run_cpr_log(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    std::optional<Id> family;
    if (auto id = args.number("family")) family = *id;
    const long long limit = args.number("limit").value_or(1000);
    if (limit < 1) throw UsageError("--limit must be at least 1");
    std::vector<store::CprViewRow> rows;
    ctx.database().in_transaction([&](soci::session& sql) { rows = app::cpr_log(sql, actor, family, limit); },
                                  store::Database::Mode::read);
    auto items = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string text = rows.empty() ? "ingen fulde CPR-numre vist" : "";
    for (const auto& r : rows) {
        items->add(app::to_json(r));
        text += r.viewed_at + "  " + r.viewer + " (" + r.viewer_role + ")  " + r.entity + " " +
                std::to_string(r.entity_id) + "  familie " + std::to_string(r.family_id) + "  " + r.channel + "\n";
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("items", items);
    ctx.print(text, data);
    return 0;
}

int run_subject_access(Context& ctx, const Args& args) {
    const auto family = args.number("family");
    if (!family) throw UsageError("missing option --family");
    const app::User& actor = ctx.actor();
    Poco::JSON::Object::Ptr data;
    std::ostringstream json;
    // The export, its log rows and its audit entry commit together, or none of them.
    ctx.database().in_transaction([&](soci::session& sql) {
        data = app::subject_access(sql, actor, *family);
        Poco::JSON::Stringifier::stringify(data, json, 2);
    });
    auto out = args.optional("out");
    if (!out) {
        std::cout << json.str() << '\n';
        return 0;
    }
    std::ofstream file(*out, std::ios::trunc);
    if (!(file << json.str() << '\n') || !file.flush())
        throw ValidationError("--out", "filen kan ikke skrives: " + *out);
    std::cerr << "indsigt i familie " << *family << " skrevet til " << *out
              << " (indeholder fulde CPR-numre: udlever den sikkert)\n";
    return 0;
}

} // namespace

Command cpr_log_command() {
    return {"cpr-log", "[--family ID] [--limit N]",
            "Who was shown full CPR numbers, whose and when (admin, auditor), newest first",
            "--family ID   only displays of that family's people\n"
            "--limit N     at most N rows (default 1000)\n"
            "A full CPR number is shown only in the record view of one child, helper or lost-earnings award\n"
            "(API, web pages) to a caseworker, an admin or the family itself, and in a subject-access export;\n"
            "each display is a row here (the number itself is not).",
            {"family", "limit"},
            run_cpr_log};
}

Command subject_access_command() {
    return {"subject-access", "--family ID [--out FILE]",
            "Export everything hjt holds about a family as JSON (a data subject's request; admin); audited",
            "--family ID   the family\n"
            "--out FILE    write the JSON there (default: standard output)\n"
            "The family, its children with grants and lost-earnings awards, helpers, expenses, shifts, ledger\n"
            "(postings and owed lines) and stored reconciliations. CPR numbers are in full: each is logged\n"
            "(hjt cpr-log) and the export is an audit entry 'subject-access'.",
            {"family", "out"},
            run_subject_access};
}

} // namespace hjt::cli
