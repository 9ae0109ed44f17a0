#include <Poco/JSON/Array.h>

#include "app/rate_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

std::string describe(const NamedFigure& f) {
    return format_figure(*figure_unit(f.name), f.value) + (f.estimated ? " (skøn)" : " (offentliggjort)");
}

int run_rates_set(Context& ctx, const Args& args) {
    const int year = year_option(args);
    const std::string& name = args.required("name");
    const std::string& value = args.required("value");
    const std::string& source = args.required("source");
    const app::User& actor = ctx.actor();
    app::FigureChange change;
    ctx.database().in_transaction([&](soci::session& sql) {
        change = app::publish_figure(sql, actor, year, name, value, source);
    });
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("before", app::figure_json(year, change.before));
    data->set("after", app::figure_json(year, change.after));
    ctx.print(std::to_string(year) + " " + figure_label(name) + " (" + name + "): " + describe(change.before) + " -> " +
                  describe(change.after),
              data);
    return 0;
}

int run_rates_open_year(Context& ctx, const Args& args) {
    const int year = year_option(args);
    const app::User& actor = ctx.actor();
    std::vector<NamedFigure> figures;
    ctx.database().in_transaction([&](soci::session& sql) { figures = app::open_rate_year(sql, actor, year); });
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& f : figures) list->add(app::figure_json(year, f));
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("year", year);
    data->set("figures", list);
    ctx.print("satserne for " + std::to_string(year) + " er oprettet som skøn ud fra " + std::to_string(year - 1) + ": " +
                  std::to_string(figures.size()) + " satser; erstat hver med den offentliggjorte (hjt rates set)",
              data);
    return 0;
}

} // namespace

Command rates_open_year_command() {
    return {"rates open-year", "--year ÅÅÅÅ",
            "Opret et år uden satser som skøn kopieret fra året før; revisionsspor (økonomi)",
            "--year ÅÅÅÅ      det nye år; året før skal have satser. Hver sats er markeret som skøn,\n"
            "                 til den erstattes med den offentliggjorte (hjt rates set)",
            {"year"},
            run_rates_open_year};
}

Command rates_set_command() {
    return {"rates set", "--year ÅÅÅÅ --name NAVN --value BELØB --source TEKST",
            "Erstat en gemt sats (typisk et skøn) med den offentliggjorte; revisionsspor",
            "--year ÅÅÅÅ      kalenderåret\n"
            "--name NAVN      satsens nøgle, som hjt rates show viser den i [ ] (fx home_training_cap,\n"
            "                 atp.2.employee)\n"
            "--value BELØB    dansk tekst i satsens enhed: 720.732,00 (kr), 12,5 (%), 39 (timer)\n"
            "--source TEKST   hvor den offentliggjorte sats kommer fra",
            {"year", "name", "value", "source"},
            run_rates_set};
}

} // namespace hjt::cli
