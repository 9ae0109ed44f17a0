#include <Poco/JSON/Array.h>

#include <algorithm>

#include "app/rate_service.h"
#include "cli/commands.h"
#include "domain/errors.h"
#include "store/rates_store.h"

namespace hjt::cli {

namespace {

int run_rates_show(Context& ctx, const Args& args) {
    auto year = args.number("year");
    if (!year) throw UsageError("missing option --year");
    auto figures = store::load_year_figures(ctx.database().session(), static_cast<int>(*year));
    if (figures.empty())
        throw NotFound("no rates for " + std::to_string(*year) + " in the database (hjt init copies config/rates/)");

    // The table's own order (caps, percentages, ATP bracket by bracket); each
    // row keeps its stored source, printed once for a run of rows sharing it.
    auto in_order = figures_of(year_rates_from(static_cast<int>(*year), figures, "rate_values"));
    auto list = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string text = "rates for " + std::to_string(*year) + " (* estimated: replace with hjt rates set)\n";
    std::string last_source;
    for (const auto& ordered : in_order) {
        const NamedFigure& f = *std::find_if(figures.begin(), figures.end(),
                                             [&](const NamedFigure& s) { return s.name == ordered.name; });
        list->add(app::figure_json(static_cast<int>(*year), f));
        std::string value = format_figure(*figure_unit(f.name), f.value);
        std::string head = (f.estimated ? "* " : "  ") + f.name;
        text += head + std::string(head.size() < 24 ? 24 - head.size() : 1, ' ') + value + "\n";
        if (f.source != last_source) text += "      source: " + f.source + "\n";
        last_source = f.source;
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("year", static_cast<int>(*year));
    data->set("figures", list);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command rates_show_command() {
    return {"rates show", "--year YYYY", "Show a year's stored rates, each with its source and estimated flag",
            "--year YYYY   the calendar year", {"year"}, run_rates_show};
}

} // namespace hjt::cli
