// hjt shifts import | template | list: the family's helper shifts (domain.md §5).
#include <Poco/JSON/Array.h>


#include "app/shift_json.h"
#include "app/shift_service.h"
#include "cli/commands.h"
#include "cli/input_file.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/minutes.h"
#include "reports/timesheet_template.h"

namespace hjt::cli {

namespace {

std::string hours_text(long long minutes) { return format_hours(hours_of_minutes(minutes)); }

int run_import(Context& ctx, const Args& args) {
    if (args.positional.size() != 1) throw UsageError("give exactly one file to import");
    const std::string& path = args.positional[0];
    const auto number = args.number("family");
    const std::optional<Id> family = number ? std::optional<Id>(*number) : std::nullopt;
    const app::ShiftFile file = app::read_shift_file(read_file(path, ctx.settings().max_import_bytes), path, args.optional("helper"));
    const app::User& actor = ctx.actor();
    app::ShiftImportReport report;
    ctx.database().in_transaction([&](soci::session& sql) {
        report = app::import_shifts(sql, actor, family, file,
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
    ctx.print("imported " + std::to_string(report.shifts) + " shifts from " + path + ": " + hours_text(report.minutes) +
                  " hours, of which " + hours_text(report.subsidisable_minutes) + " subsidisable",
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
    ctx.print("wrote the timesheet template " + out, data);
    return 0;
}

int run_list(Context& ctx, const Args& args) {
    const Id helper_id = id_option(args, "helper");
    const Month month = month_option(args);
    const auto listed = app::helper_shifts(ctx.database().session(), ctx.actor(), helper_id, month);

    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    std::string text = "shifts of helper " + std::to_string(helper_id) + " in " + iso(month) + ":\n";
    for (const auto& s : listed.shifts) {
        list->add(app::to_json(s, listed.policy));
        text += "  " + format_danish_date(s.times.date) + "  " + format_clock(s.times.start_minute) + "–" +
                format_clock(s.times.end_minute) + "  " + hours_text(s.classification.minutes) + " h, subsidisable " +
                hours_text(s.classification.subsidisable_minutes) + " h";
        for (const auto& part : s.classification.excluded_parts())
            text += "; " + hours_text(part.minutes) + " h " + describe(part, listed.policy);
        text += "\n";
    }
    text += "total " + hours_text(listed.minutes) + " h, subsidisable " + hours_text(listed.subsidisable_minutes) + " h";
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
    return {"shifts import", "[--family ID] [--helper ID] FILE",
            "Import helper shifts from CSV or the xlsx timesheet template",
            "--family ID   the family (employer) whose helpers the file names; without it\n"
            "              each helper's own family (a municipality-wide file)\n"
            "--helper ID   xlsx only: the helper, when the sheet's Hjælper cell is empty\n"
            "CSV: ';' separated, UTF-8 with or without BOM, header helper;date;start;end\n"
            "(or hjælper;dato;start;slut), optional hours/timer column (decimal comma).\n"
            "helper is the helper's import key or id; date dd-mm-yyyy; start and end HH:MM;\n"
            "an end before the start is on the next day. All or nothing: every bad line is\n"
            "listed (line, column, reason) and nothing is stored.",
            {"family", "helper"},
            run_import};
}

Command shifts_template_command() {
    return {"shifts template", "--out FILE.xlsx [--helper ID]",
            "Write the xlsx timesheet template (Dato, Start, Slut, with data validation)",
            "--out FILE     the workbook to write\n"
            "--helper ID    pre-fill the helper's id or import key",
            {"out", "helper"},
            run_template};
}

Command shifts_list_command() {
    return {"shifts list", "--helper ID --month YYYY-MM",
            "List a helper's shifts of a month with subsidisable and excluded hours",
            "--helper ID      the helper\n"
            "--month YYYY-MM  the month (shifts count in the month they start)",
            {"helper", "month"},
            run_list};
}

} // namespace hjt::cli
