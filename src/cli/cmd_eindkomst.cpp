// hjt eindkomst: the month's files for eIndkomst, one per employer and the
// municipality's own for the lost earnings it paid, under its SE number from
// config/payment.properties (README "eIndkomst", app/eindkomst_service.h). The files carry CPR numbers: they are
// written to --out only, never printed.
#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>

#include <fstream>

#include "app/eindkomst_json.h"
#include "app/eindkomst_service.h"
#include "app/payment_settings.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

std::string outcome_text(const app::EmployerReport& e) {
    const std::string who = e.family_name + " (" + (e.family_id ? "familie " + std::to_string(e.family_id) + ", " : "") +
                            "SE " + e.employer_se + ")";
    if (!e.refused.empty()) return who + ": AFVIST [" + e.refused_field + "] " + e.refused;
    if (e.file_name.empty()) return who + ": uændret, intet at indberette (" + std::to_string(e.unchanged) + " personer indberettet før)";
    std::string text = who + ": " + e.file_name + " — ";
    if (e.zero_report) return text + "nulangivelse (ingen løn i måneden)";
    return text + std::to_string(e.reports) + " indberetninger, " + std::to_string(e.corrections) + " rettelser, " +
           std::to_string(e.unchanged) + " uændrede";
}

int run_eindkomst(Context& ctx, const Args& args) {
    const Month month = month_option(args);
    const std::string& dir = args.required("out");
    const app::User& actor = ctx.actor();
    app::EindkomstMonth result;
    // Stored and written together: a file that cannot be written leaves nothing recorded as sent.
    ctx.database().in_transaction([&](soci::session& sql) {
        result = app::report_eindkomst(sql, actor, month,
                                       {args.has("test"), app::load_municipality_se(ctx.settings().config_dir)});
        Poco::File(dir).createDirectories();
        for (const auto& e : result.employers) {
            if (e.file_name.empty()) continue;
            const std::string file = Poco::Path(dir).append(e.file_name).toString();
            std::ofstream out(file, std::ios::binary);
            out << e.content;
            if (!out.flush()) throw std::runtime_error("kan ikke skrive " + file);
        }
    });

    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr employers = new Poco::JSON::Array;
    std::string text = "eIndkomst " + danish_month(month) + ":\n";
    int refused = 0;
    for (const auto& e : result.employers) {
        Poco::JSON::Object::Ptr o = app::to_json(e);
        o->set("file", e.file_name.empty() ? std::string() : Poco::Path(dir).append(e.file_name).toString());
        if (!e.refused.empty()) ++refused;
        employers->add(o);
        text += "  " + outcome_text(e) + "\n";
    }
    if (result.employers.empty()) text += "  ingen arbejdsgivere med hjælpere ansat i måneden\n";
    data->set("month", iso(month));
    data->set("employers", employers);
    data->set("refused", refused);
    ctx.print(text + std::to_string(refused) + " arbejdsgivere afvist", data);
    // The others are reported; a refused employer still makes the command fail, so a script notices.
    return refused > 0 ? 1 : 0;
}

} // namespace

Command eindkomst_command() {
    return {"eindkomst", "--month ÅÅÅÅ-MM --out MAPPE [--test]",
            "Skriv månedens eIndkomst-filer, én pr. arbejdsgiver (økonomi)",
            "--month ÅÅÅÅ-MM  lønperioden\n"
            "--out MAPPE      mappe til eindkomst-<SE>-<måned>-<fil-id>.txt (de indeholder CPR-numre)\n"
            "--test           markér filerne som testfiler (record 1000: T) i stedet for produktion (P)",
            {"month", "out"},
            run_eindkomst};
}

} // namespace hjt::cli
