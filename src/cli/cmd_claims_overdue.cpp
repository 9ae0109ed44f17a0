// hjt claims reminders | handover: reminders due, and the hand-over file for
// Gældsstyrelsen, each recorded once (finance).
#include <Poco/JSON/Array.h>

#include <fstream>

#include "app/claims_json.h"
#include "app/claims_overdue.h"
#include "cli/claims_text.h"
#include "cli/commands.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

int run_reminders(Context& ctx, const Args& args) {
    Date date = date_option(args, "date");
    const app::User& actor = ctx.actor();
    std::vector<app::ReminderSent> sent;
    ctx.database().in_transaction([&](soci::session& sql) { sent = app::record_reminders(sql, actor, date); });
    std::string text;
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& r : sent) {
        text += "rykker " + std::to_string(r.number) + " for krav " + std::to_string(r.claim_id) + " (familie " +
                std::to_string(r.family_id) + "): rest " + format_kroner(r.balance) + "\n";
        list->add(app::to_json(r));
    }
    text += std::to_string(sent.size()) + " rykkere registreret " + format_danish_date(date) + "\n";
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("reminders", list);
    ctx.print(text, o);
    return 0;
}

int run_handover(Context& ctx, const Args& args) {
    const std::string& out = args.required("out");
    Date date = date_option(args, "date");
    const app::User& actor = ctx.actor();
    app::Handover h;
    ctx.database().in_transaction([&](soci::session& sql) {
        h = app::hand_over(sql, actor, date);
        // Written before the transaction commits: no hand-over is recorded without its file.
        std::ofstream file(out, std::ios::binary);
        if (!(file << h.csv)) throw ValidationError("out", Message{MessageCode::file_cannot_write, {out}});
    });
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& c : h.claims) list->add(app::to_json(c));
    o->set("claims", list);
    o->set("file", out);
    ctx.print(std::to_string(h.claims.size()) + " krav oversendt til inddrivelse: " + out + "\n", o);
    return 0;
}

} // namespace

Command claims_reminders_command() {
    return {"claims reminders", "[--date DATO]", "Rykkere der forfalder på datoen: vis og registrer dem",
            "--date DATO   dagen, dd-mm-åååå (standard i dag); en rykker forfalder claims.reminder_spacing_days\n"
            "              efter forfaldsdagen eller sidste rykker, op til claims.reminder_count",
            {"date"}, run_reminders};
}

Command claims_handover_command() {
    return {"claims handover", "--out FIL [--date DATO]",
            "Krav der er ubetalte efter sidste rykker: eksportér til Gældsstyrelsen (CSV) og registrer",
            "--out FIL     CSV-filen til Gældsstyrelsen (skyldners navn og CVR: adgangsstyret, revisionsspor)\n"
            "--date DATO   dagen, dd-mm-åååå (standard i dag)",
            {"out", "date"}, run_handover};
}

} // namespace hjt::cli
