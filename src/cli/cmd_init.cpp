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
    ctx.print("database " + ctx.settings().database + " at schema version " + std::to_string(version) + "\n" +
                  "rates added from config: " + (year_list.empty() ? "none (all years already stored)" : year_list) +
                  "\n" + (seeded.figures.empty() ? "" : "rate figures added to stored years: " +
                                                          std::to_string(seeded.figures.size()) + "\n") +
                  "policy: " + (seeded.policy ? "added from config" : "already stored"),
              data);
    return 0;
}

} // namespace

Command init_command() {
    return {"init", "",
            "Create the database or migrate it, and copy from config/ the rate years and policy it lacks",
            "Stored rate years and the stored policy are never overwritten; change a figure with hjt rates set.\n"
            "Needs no login (installing is a bootstrap step); the audit trail names the OS user.",
            {},
            run_init};
}

} // namespace hjt::cli
