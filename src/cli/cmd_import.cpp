#include <Poco/JSON/Array.h>

#include <map>

#include "app/importer.h"

#include "cli/commands.h"
#include "cli/danish_text.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

// What each count of the import report is, in Danish (its JSON key stays).
std::string count_label(const std::string& name) {
    static const std::map<std::string, std::string> labels = {
        {"families", "familier"},         {"children", "børn"},
        {"helpers", "hjælpere"},          {"grants", "bevillinger"},
        {"grant_versions", "bevillingsversioner"}, {"fixed_lines", "faste beløb"},
        {"expense_budgets", "udlægsbudgetter"},    {"expenses", "udlæg"},
        {"lost_earnings", "tabt arbejdsfortjeneste"}, {"users", "brugere"}};
    auto it = labels.find(name);
    return it == labels.end() ? name : it->second;
}

int run_import(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("angiv præcis én mappe at indlæse");
    const std::string& dir = args.positional[0];
    app::ImportOptions options;
    options.progress = [&](const std::string& stage, long long done, long long total) { ctx.progress(stage, done, total); };
    options.confirmation = args.has("confirm") ? app::Confirmation::given : app::Confirmation::ask;
    // Into a database without users (the bootstrap) the folder's users.csv
    // brings the first admin; otherwise an admin's session is needed.
    auto report = app::has_users(ctx.database().session())
                      ? app::import_folder(ctx.database(), dir, ctx.actor(), options)
                      : app::import_first_folder(ctx.database(), dir, Context::os_user(), options);
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    auto counts = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    std::string text = "indlæst " + dir + ":\n";
    for (const auto& [name, count] : report.counts()) {
        counts->set(name, count);
        text += "  " + padded(count_label(name), 26) + std::to_string(count) + "\n";
    }
    if (report.cpr_modulus_warnings > 0)
        text += "bemærk: " + std::to_string(report.cpr_modulus_warnings) +
                " CPR-nummer/-numre består ikke modulus 11-kontrollen; gemt, da sådanne numre udstedes siden 2007\n";
    Poco::JSON::Array::Ptr confirmed = new Poco::JSON::Array;
    if (!report.confirmed_questions.empty()) text += "bekræftet (--confirm):\n";
    for (const auto& question : report.confirmed_questions) {
        confirmed->add(question);
        text += "  " + question + "\n";
    }
    data->set("confirmed_questions", confirmed);
    data->set("dir", dir);
    data->set("counts", counts);
    data->set("cpr_modulus_warnings", report.cpr_modulus_warnings);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command import_command() {
    return {"import", "MAPPE [--confirm]",
            "Indlæs en mappe med CSV-filer (familier, børn, hjælpere, bevillinger, ...) i registret",
            "Alt eller intet: hvert problem nævnes som fil:linje: kolonne: årsag, og intet gemmes.\n"
            "Hver fils format er beskrevet i sample-data/README.md.\n"
            "Kræver en administrators session (hjt login), undtagen i en database uden brugere\n"
            "(opstarten), hvor mappens users.csv skal have en administrator.\n"
            "--confirm   gem rækker, hvis værdier rejser spørgsmål om rimelighed (et barn på 18 eller\n"
            "            mere ved bevillingens start, en løn under 100 eller over 400 kr/t, mere end 40 t/uge);\n"
            "            uden den afvises en sådan mappe med alle spørgsmålene, og intet gemmes.",
            {},
            run_import};
}

} // namespace hjt::cli
