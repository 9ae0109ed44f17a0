#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>

#include "app/rate_service.h"
#include "cli/commands.h"
#include "store/connection.h"

namespace hjt::cli {

namespace {

int run_init(Context& ctx, const Args&) {
    auto connection = store::parse_connection(ctx.settings().database);
    if (connection.backend == store::Backend::sqlite)
        // Made absolute first: a bare file name ("hjt.db") has no parent of its own.
        Poco::File(Poco::Path(connection.target).makeAbsolute().parent()).createDirectories();
    int version = ctx.database().schema_version();
    app::SeedResult seeded;
    ctx.database().in_transaction([&](soci::session& sql) {
        seeded = app::seed_rates_and_policy(sql, "hjt init (OS-bruger " + Context::os_user() + ")", ctx.settings().config_dir);
    });

    auto years = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string year_list;
    for (int y : seeded.years) {
        years->add(y);
        year_list += (year_list.empty() ? "" : ", ") + std::to_string(y);
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("database", ctx.settings().database);
    data->set("schema_version", version);
    data->set("rate_years_added", years);
    auto figures = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    for (const auto& f : seeded.figures) figures->add(f);
    data->set("rate_figures_added", figures);
    data->set("policy_added", seeded.policy);
    ctx.print("databasen " + ctx.settings().database + " er på skemaversion " + std::to_string(version) + "\n" +
                  "satser tilføjet fra config: " + (year_list.empty() ? "ingen (alle år er allerede gemt)" : year_list) +
                  "\n" + (seeded.figures.empty() ? "" : "satser tilføjet til gemte år: " +
                                                          std::to_string(seeded.figures.size()) + "\n") +
                  "politik: " + (seeded.policy ? "tilføjet fra config" : "allerede gemt"),
              data);
    return 0;
}

} // namespace

Command init_command() {
    return {"init", "",
            "Opret databasen eller opgradér den, og kopiér de satsår og den politik, den mangler, fra config/",
            "Gemte satsår og den gemte politik overskrives aldrig; ret en sats med hjt rates set og\n"
            "politikken med hjt policy set. Kræver ikke login (installation er et opstartstrin);\n"
            "revisionssporet nævner OS-brugeren.",
            {},
            run_init};
}

} // namespace hjt::cli
