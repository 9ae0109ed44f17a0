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
#include "domain/local_time.h"

namespace hjt::cli {
namespace {

int run_cpr_log(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    std::optional<Id> family;
    if (auto id = args.number("family")) family = *id;
    const long long limit = args.number("limit").value_or(1000);
    if (limit < 1) throw UsageError("--limit skal være mindst 1");
    std::vector<store::CprViewRow> rows;
    ctx.database().in_transaction([&](soci::session& sql) { rows = app::cpr_log(sql, actor, family, limit); },
                                  store::Database::Mode::read);
    auto items = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string text = rows.empty() ? "ingen fulde CPR-numre vist" : "";
    for (const auto& r : rows) {
        items->add(app::to_json(r));
        text += danish_local_time(r.viewed_at) + "  " + r.viewer + " (" + r.viewer_role + ")  " + r.entity + " " +
                std::to_string(r.entity_id) + "  familie " + std::to_string(r.family_id) + "  " + r.channel + "\n";
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("items", items);
    ctx.print(text, data);
    return 0;
}

int run_subject_access(Context& ctx, const Args& args) {
    const auto family = args.number("family");
    if (!family) throw UsageError("--family mangler");
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
            "Hvem har fået vist fulde CPR-numre, hvis og hvornår (admin, revisor), nyeste først",
            "--family ID   kun visninger af den families personer\n"
            "--limit N     højst N rækker (standard 1000)\n"
            "Et fuldt CPR-nummer vises kun i visningen af ét barn, én hjælper eller én bevilling af tabt\n"
            "arbejdsfortjeneste (API, sider) for en sagsbehandler, en administrator eller familien selv, og i\n"
            "et indsigtsudtræk; hver visning er en række her (selve nummeret er ikke).",
            {"family", "limit"},
            run_cpr_log};
}

Command subject_access_command() {
    return {"subject-access", "--family ID [--out FIL]",
            "Udtræk alt, hvad hjt har om en familie, som JSON (en registreret persons anmodning; admin); "
            "revisionsspor",
            "--family ID   familien\n"
            "--out FIL     skriv JSON dér (standard: standardoutput)\n"
            "Familien, dens børn med bevillinger og tabt arbejdsfortjeneste, hjælpere, udlæg, vagter, konto\n"
            "(posteringer og skyldige linjer) og gemte årsopgørelser. CPR-numre står fuldt ud: hvert logges\n"
            "(hjt cpr-log), og udtrækket er en post 'subject-access' i revisionssporet.",
            {"family", "out"},
            run_subject_access};
}

} // namespace hjt::cli
