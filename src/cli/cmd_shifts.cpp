// hjt shifts import | template | list: the family's helper shifts (domain.md §5).
#include <Poco/JSON/Array.h>

#include <iterator>
#include <memory>

#include "app/shift_json.h"
#include "app/shift_service.h"
#include "cli/commands.h"
#include "cli/danish_text.h"
#include "cli/file_input.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "reports/statement_labels.h"
#include "reports/timesheet_template.h"

namespace hjt::cli {

namespace {

// A timesheet (a zip) is read whole; a CSV a row at a time as the import
// checks it, so a municipality's year of shifts is never held in memory.
app::ShiftFile open_shift_file(const std::string& path, long long max_bytes, const std::optional<std::string>& helper) {
    auto in = std::make_unique<InputFile>(path, max_bytes);
    if (app::is_zip(in->first_bytes()))
        return app::read_shift_xlsx(std::string(std::istreambuf_iterator<char>(*in), {}), path, helper);
    const long long size = in->size();
    return app::read_shift_csv(std::move(in), path, size);
}

int run_shifts_import(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("angiv præcis én fil at indlæse");
    const std::string& path = args.positional[0];
    const std::optional<Id> family = optional_family_option(ctx.database().session(), args);
    app::ShiftFile file = open_shift_file(path, ctx.settings().max_import_bytes, args.optional("helper"));
    const app::User& actor = ctx.actor();
    app::ShiftImportReport report;
    ctx.database().in_transaction([&](soci::session& sql) {
        report = app::import_shifts(sql, actor, family, std::move(file),
                                    [&](const std::string& stage, long long done, long long total) {
                                        ctx.progress(stage, done, total);
                                    });
    });
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("file", path);
    data->set("family_id", family ? Poco::Dynamic::Var(*family) : Poco::Dynamic::Var());
    data->set("shifts", report.shifts);
    data->set("minutes", report.minutes);
    data->set("subsidisable_minutes", report.subsidisable_minutes);
    ctx.print("indlæste " + std::to_string(report.shifts) + " vagter fra " + path + ": " + minutes_text(report.minutes) +
                  " i alt, heraf " + minutes_text(report.subsidisable_minutes) + " med tilskud",
              data);
    return 0;
}

int run_template(Context& ctx, const Args& args) {
    const std::string& out = args.required("out");
    const std::string helper = args.optional("helper").value_or("");
    reports::timesheet::write(out, helper);
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("file", out);
    data->set("helper", helper);
    ctx.print("skrev timesedlen " + out, data);
    return 0;
}

int run_shifts_list(Context& ctx, const Args& args) {
    const Id helper_id = helper_option(ctx.database().session(), args);
    const Month month = month_option(args);
    const auto listed = app::helper_shifts(ctx.database().session(), ctx.actor(), helper_id, month);

    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    std::string text = "vagter for hjælper " + std::to_string(helper_id) + " i " + danish_month(month) + ":\n";
    for (const auto& s : listed.shifts) {
        list->add(app::to_json(s, listed.policy));
        text += "  " + format_danish_date(s.times.date) + "  " + format_clock(s.times.start_minute) + "–" +
                format_clock(s.times.end_minute) + "  " + minutes_text(s.classification.minutes) + " i alt, " +
                minutes_text(s.classification.subsidisable_minutes) + " med tilskud";
        for (const auto& part : s.classification.excluded_parts())
            text += "; " + minutes_text(part.minutes) + " uden tilskud: " + reports::danish_reason(part, listed.policy);
        text += "\n";
    }
    text += "i alt " + minutes_text(listed.minutes) + ", heraf " + minutes_text(listed.subsidisable_minutes) + " med tilskud";
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("helper_id", helper_id);
    data->set("month", iso(month));
    data->set("shifts", list);
    data->set("minutes", listed.minutes);
    data->set("subsidisable_minutes", listed.subsidisable_minutes);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command shifts_import_command() {
    return {"shifts import", "[--family NØGLE|ID] [--helper NØGLE|ID] FIL",
            "Indlæs hjælpernes vagter fra CSV eller timesedlen (xlsx)",
            "--family NØGLE|ID   familien (arbejdsgiveren), hvis hjælpere filen nævner; uden den\n"
            "                    hver hjælpers egen familie (en fil for hele kommunen)\n"
            "--helper NØGLE|ID   kun xlsx: hjælperen, når arkets Hjælper-celle er tom\n"
            "CSV: adskilt med ';', UTF-8 med eller uden BOM, overskrift hjælper;dato;start;slut\n"
            "(eller helper;date;start;end), valgfri kolonne timer/hours (decimalkomma).\n"
            "hjælper er hjælperens importnøgle eller id; dato dd-mm-åååå; start og slut TT:MM;\n"
            "en slutning før starten er næste dag. Alt eller intet: hver fejlbehæftet linje\n"
            "nævnes (linje, kolonne, årsag), og intet gemmes.",
            {"family", "helper"},
            run_shifts_import};
}

Command shifts_template_command() {
    return {"shifts template", "--out FIL.xlsx [--helper NØGLE|ID]",
            "Skriv timesedlen som xlsx (Dato, Start, Slut, med datavalidering)",
            "--out FIL           regnearket der skrives\n"
            "--helper NØGLE|ID   udfyld hjælperens id eller importnøgle på forhånd",
            {"out", "helper"},
            run_template};
}

Command shifts_list_command() {
    return {"shifts list", "--helper NØGLE|ID --month ÅÅÅÅ-MM",
            "Vis en hjælpers vagter i en måned med timerne med og uden tilskud",
            "--helper NØGLE|ID   hjælperen\n"
            "--month ÅÅÅÅ-MM     måneden (en vagt tæller i den måned, den begynder)",
            {"helper", "month"},
            run_shifts_list};
}

} // namespace hjt::cli
