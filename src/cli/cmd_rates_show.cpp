#include <Poco/JSON/Array.h>

#include "app/rate_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_rates_show(Context& ctx, const Args& args) {
    const int year = year_option(args);
    ctx.actor_who_may(app::Operation::read_across_families);
    // Each row keeps its stored source, printed once for a run of rows sharing it.
    auto list = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string text = "rates for " + std::to_string(year) + " (* estimated: replace with hjt rates set)\n";
    std::string last_source;
    for (const auto& f : app::stored_figures_in_order(ctx.database().session(), year)) {
        list->add(app::figure_json(year, f));
        std::string value = format_figure(*figure_unit(f.name), f.value);
        std::string head = (f.estimated ? "* " : "  ") + f.name;
        text += head + std::string(head.size() < 24 ? 24 - head.size() : 1, ' ') + value + "\n";
        if (f.source != last_source) text += "      source: " + f.source + "\n";
        last_source = f.source;
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("year", year);
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
