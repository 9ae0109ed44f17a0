// hjt postings: the month's approved run as a postings journal (CSV) for the
// municipality's financial system, on the accounts of config/postings.properties.
#include "app/file_output.h"
#include "app/postings_service.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"

namespace hjt::cli {

namespace {

int run_postings(Context& ctx, const Args& args) {
    const Month month = month_option(args);
    const std::string& out = args.required("out");
    const app::User& actor = ctx.actor();
    const auto accounts = app::load_account_map(ctx.settings().config_dir);
    const auto journal = app::postings_journal(ctx.database().session(), actor, month, accounts);
    app::write_file(out, journal.csv);
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("month", iso(month));
    data->set("run_id", journal.run_id);
    data->set("run_total", journal.run_total.ore());
    data->set("debit", journal.totals.debit.ore());
    data->set("credit", journal.totals.credit.ore());
    data->set("entries", journal.entries);
    data->set("file", out);
    ctx.print("posteringer " + danish_month(month) + ": " + std::to_string(journal.entries) + " poster, debet " +
                  format_kroner(journal.totals.debit) + " = kredit " + format_kroner(journal.totals.credit) +
                  "; stemmer med kørsel " + std::to_string(journal.run_id) + " (" + format_kroner(journal.run_total) +
                  ")\nskrev " + out,
              data);
    return 0;
}

} // namespace

Command postings_command() {
    return {"postings", "--month ÅÅÅÅ-MM --out FIL.csv",
            "Skriv månedens godkendte kørsel som posteringsjournal til økonomisystemet",
            "--month ÅÅÅÅ-MM  måneden for den godkendte kørsel\n"
            "--out FIL        CSV-filen der skrives (konti fra config/postings.properties)",
            {"month", "out"},
            run_postings};
}

} // namespace hjt::cli
