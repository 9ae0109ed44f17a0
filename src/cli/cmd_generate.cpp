#include "app/generator.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
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
    if (seed < 0) throw UsageError("--seed må ikke være negativ");
    options.seed = static_cast<std::uint64_t>(seed);
    options.shifts = args.has("shifts");

    auto report = app::generate_municipality(options, [&](const std::string& stage, long long done, long long total) {
        ctx.progress(stage, done, total);
    });
    auto files = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    std::string text = "dannede " + std::to_string(options.families) + " familier for " +
                       std::to_string(options.year) + " i " + options.out_dir + " (frø " + std::to_string(seed) +
                       "):\n";
    for (const auto& [file, rows] : report.files) {
        files->set(file, rows);
        text += "  " + padded(file, 24) + std::to_string(rows) + "\n";
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
    return {"generate", "--families N --year ÅÅÅÅ --out MAPPE [--seed S] [--shifts]",
            "Skriv en opdigtet kommune i importformatet (bestemt af frøet)",
            "  --families N   antal familier (standard 25)\n"
            "  --year ÅÅÅÅ    året bevillingerne dækker (standard 2026)\n"
            "  --out MAPPE    mappen CSV-filerne skrives til (oprettes, hvis den mangler)\n"
            "  --seed S       frø til tilfældighed; samme frø giver ens filer (standard 1)\n"
            "  --shifts       skriv også shifts.csv: dagvagter på hverdage, der passer til bevillingerne\n"
            "Indlæs resultatet med 'hjt import MAPPE'.",
            {"families", "year", "out", "seed"},
            run_generate};
}

} // namespace hjt::cli
