#include <Poco/JSON/Array.h>

#include "app/importer.h"
#include "cli/commands.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_import(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("give exactly one folder to import");
    const std::string& dir = args.positional[0];
    auto progress = [&](const std::string& stage, long long done, long long total) { ctx.progress(stage, done, total); };
    // Into a database without users (the bootstrap) the folder's users.csv
    // brings the first admin; otherwise an admin's session is needed.
    const auto confirmation = args.has("confirm") ? app::Confirmation::given : app::Confirmation::ask;
    auto report = app::has_users(ctx.database().session())
                      ? app::import_folder(ctx.database(), dir, ctx.actor(), progress, confirmation)
                      : app::import_first_folder(ctx.database(), dir, Context::os_user(), progress, confirmation);
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    auto counts = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    std::string text = "imported " + dir + ":\n";
    for (const auto& [name, count] : report.counts()) {
        counts->set(name, count);
        text += "  " + name + std::string(name.size() < 18 ? 18 - name.size() : 1, ' ') + std::to_string(count) + "\n";
    }
    if (report.cpr_modulus_warnings > 0)
        text += "note: " + std::to_string(report.cpr_modulus_warnings) +
                " CPR number(s) fail the modulus-11 check; stored, as such numbers are issued since 2007\n";
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
    return {"import", "DIR [--confirm]",
            "Load a folder of CSV files (families, children, helpers, grants, ...) into the register",
            "All or nothing: every problem is listed as file:line: column: reason and nothing is stored.\n"
            "The format of each file is described in sample-data/README.md.\n"
            "Needs an admin's session (hjt login), except into a database without users (the\n"
            "bootstrap), where the folder's users.csv must have an admin.\n"
            "--confirm   store rows whose values raise plausibility questions (a child of 18 or more\n"
            "            on the grant's start, a wage below 100 or above 400 kr/t, more than 40 t/uge);\n"
            "            without it such a folder is refused listing every question, nothing stored.",
            {},
            run_import};
}

} // namespace hjt::cli
