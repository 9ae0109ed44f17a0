// `hjt retention --before YEAR` (app/retention.h).
#include <Poco/JSON/Array.h>

#include "app/payout_export.h"
#include "app/retention.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/errors.h"

namespace hjt::cli {
namespace {

int run_retention(Context& ctx, const Args& args) {
    const auto before = args.number("before");
    if (!before) throw UsageError("--before mangler");
    const app::User& actor = ctx.actor();
    std::vector<app::AnonymisedFamily> done;
    ctx.database().in_transaction([&](soci::session& sql) {
        done = app::anonymise_closed_cases(sql, actor, static_cast<int>(*before), ctx.settings().retention_years,
                                           app::today_in_copenhagen());
    });
    auto families = Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    std::string text = "anonymiserede " + std::to_string(done.size()) + " familier med sag afsluttet før " +
                       std::to_string(*before);
    for (const auto& f : done) {
        auto o = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
        o->set("family_id", f.family_id);
        o->set("closed_year", f.closed_year);
        o->set("audit_entry", f.audit_entry);
        families->add(o);
        text += "\n  familie " + std::to_string(f.family_id) + " (afsluttet " + std::to_string(f.closed_year) +
                "): " + std::to_string(f.children) + " børn, " + std::to_string(f.helpers) + " hjælpere, " +
                std::to_string(f.awards) + " bevillinger af tabt arbejdsfortjeneste, " + std::to_string(f.payees) +
                " modtagere i udbetalingskørsler; revisionsspor post " + std::to_string(f.audit_entry);
    }
    auto data = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    data->set("before", *before);
    data->set("families", families);
    ctx.print(text, data);
    return 0;
}

} // namespace

Command retention_command() {
    return {"retention", "--before ÅR",
            "Anonymisér persondata for familier, hvis sag blev afsluttet før ÅR (admin); beløb bevares, revisionsspor",
            "--before ÅR     familier, hvis sag blev afsluttet i et år før dette; højst i år minus\n"
            "                hjt.retention.years (standard 5: bogføringslovens periode)\n"
            "En sag er afsluttet, når ingen bevilling eller tabt arbejdsfortjeneste er uden slutdato, ingen af\n"
            "dens kørselslinjer er i en ubetalt kørsel eller tilbageholdt og stadig skyldig, og hvert år med\n"
            "kørselslinjer eller posteringer er lukket af en endelig årsopgørelse. Den blev afsluttet i det\n"
            "seneste år med bevillinger, tabt arbejdsfortjeneste, vagter, udlæg, posteringer og kørselslinjer.\n"
            "Navne, CPR-numre, kontaktoplysninger og bankkonti erstattes (modtageres konti afkortes til de\n"
            "sidste fire cifre); alle beløb bevares, så regnskabet stadig stemmer. Én post 'anonymise' pr.\n"
            "familie forsegler regnskabets ændrede rækker, så 'hjt audit verify' består. Poster, der allerede\n"
            "er skrevet i revisionssporet, beholder det, de registrerede (README \"Persondata\").",
            {"before"},
            run_retention};
}

} // namespace hjt::cli
