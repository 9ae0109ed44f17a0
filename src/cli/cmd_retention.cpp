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
    if (!before) throw UsageError("missing option --before");
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
    return {"retention", "--before YEAR",
            "Anonymise the personal data of families whose case closed before YEAR (admin); amounts kept, audited",
            "--before YEAR   families whose case closed in a year before this one; at most this year minus\n"
            "                hjt.retention.years (default 5: the bookkeeping act's period)\n"
            "A case is closed when no grant or lost-earnings award is open-ended, none of its run lines is in an\n"
            "unpaid run or held back and still owed, and every year with run lines or postings is closed by a\n"
            "final reconciliation. It closed in the latest year of its grants, awards, shifts, expenses,\n"
            "postings and run lines. Names, CPR numbers,\n"
            "contact details and bank accounts are replaced (payees' accounts cut to the last four digits);\n"
            "every amount stays, so the books still tie. One audit entry 'anonymise' per family seals the\n"
            "changed rows of the books, so 'hjt audit verify' passes. Audit entries already written keep what\n"
            "they recorded (README \"Persondata\").",
            {"before"},
            run_retention};
}

} // namespace hjt::cli
