#include "app/generator.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_generate(Context& ctx, const Args& args) {
    app::GenerateOptions options;
    options.families = args.number("families").value_or(options.families);
    if (args.number("year")) options.year = year_option(args);
    options.out_dir = args.required("out");
    long long seed = args.number("seed").value_or(1);
    if (seed < 0) throw UsageError("--seed must not be negative");
    options.seed = static_cast<std::uint64_t>(seed);
    options.shifts = args.has("shifts");

    auto report = app::generate_municipality(options, [&](const std::string& stage, long long done, long long total) {
        ctx.progress(stage, done, total);
    });
    auto files = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    std::string text = "generated " + std::to_string(options.families) + " families for " +
                       std::to_string(options.year) + " in " + options.out_dir + " (seed " + std::to_string(seed) +
                       "):\n";
    for (const auto& [file, rows] : report.files) {
        files->set(file, rows);
        text += "  " + file + std::string(file.size() < 24 ? 24 - file.size() : 1, ' ') + std::to_string(rows) + "\n";
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("out", options.out_dir);
    data->set("families", options.families);
    data->set("year", options.year);
    data->set("seed", seed);
    data->set("rows", files);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command generate_command() {
    return {"generate", "--families N --year YYYY --out DIR [--seed S] [--shifts]",
            "Write a synthetic municipality in the import format (deterministic by seed)",
            "  --families N   number of families (default 25)\n"
            "  --year YYYY    the year the grants cover (default 2026)\n"
            "  --out DIR      folder to write the CSV files to (created if missing)\n"
            "  --seed S       random seed; the same seed gives identical files (default 1)\n"
            "  --shifts       also write shifts.csv: weekday daytime shifts matching the grants\n"
            "Load the result with 'hjt import DIR'.",
            {"families", "year", "out", "seed"},
            run_generate};
}

} // namespace hjt::cli
