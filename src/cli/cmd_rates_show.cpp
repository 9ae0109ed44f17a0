#include <Poco/JSON/Array.h>

#include "app/rate_service.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
#include "cli/option_values.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_rates_show(Context& ctx, const Args& args) {
    const int year = year_option(args);
    ctx.actor_who_may(app::Operation::read_across_families);
    // Each row keeps its stored source, printed once for a run of rows sharing it.
    auto list = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string text = "satser for " + std::to_string(year) + " (* skøn: erstat med hjt rates set)\n";
    std::string last_source;
    for (const auto& f : app::stored_figures_in_order(ctx.database().session(), year)) {
        list->add(app::figure_json(year, f));
        std::string value = format_figure(*figure_unit(f.name), f.value);
        text += padded((f.estimated ? "* " : "  ") + figure_label(f.name), 56) + right_aligned(value, 16) + "  [" +
                f.name + "]\n";
        if (f.source != last_source) text += "      kilde: " + f.source + "\n";
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
    return {"rates show", "--year ÅÅÅÅ", "Vis et års gemte satser, hver med sin kilde, og om den er et skøn",
            "--year ÅÅÅÅ   kalenderåret; [nøglen] efter hver sats er den, hjt rates set --name tager", {"year"},
            run_rates_show};
}

} // namespace hjt::cli
