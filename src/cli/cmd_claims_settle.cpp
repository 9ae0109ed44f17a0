// hjt claims plan | write-off | approve-write-off: an instalment plan, and a
// write-off prepared by one finance user and approved by another.
#include "app/claims_json.h"
#include "app/claims_service.h"
#include "cli/claims_text.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

namespace {

Money required_amount(const Args& args, const std::string& name) {
    args.required(name);
    return *amount_option(args, name);
}

Date required_date(const Args& args, const std::string& name) {
    args.required(name);
    return date_option(args, name);
}

int run_plan(Context& ctx, const Args& args) {
    Id claim = id_option(args, "claim");
    Money per_month = required_amount(args, "per-month");
    Date first = required_date(args, "first");
    const app::User& actor = ctx.actor();
    app::ClaimView view;
    ctx.database().in_transaction([&](soci::session& sql) {
        view = app::add_plan(sql, actor, claim, per_month, first, date_option(args, "date"));
    });
    ctx.print("afdragsordning " + format_kroner(per_month) + " pr. måned fra " + format_danish_date(first) + ": " + claim_line(view),
              app::to_json(view));
    return 0;
}

int run_write_off(Context& ctx, const Args& args) {
    Id claim = id_option(args, "claim");
    Money amount = required_amount(args, "amount");
    const std::string& reason = args.required("reason");
    const app::User& actor = ctx.actor();
    Id prepared = 0;
    ctx.database().in_transaction([&](soci::session& sql) {
        prepared = app::prepare_write_off(sql, actor, claim, amount, reason, date_option(args, "date"));
    });
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("claim_id", claim);
    o->set("write_off_id", prepared);
    ctx.print("afskrivning " + std::to_string(prepared) + " på " + format_kroner(amount) + " forberedt på krav " +
                  std::to_string(claim) + "; den tæller først, når en anden økonomibruger godkender den\n",
              o);
    return 0;
}

int run_approve_write_off(Context& ctx, const Args& args) {
    Id claim = id_option(args, "claim");
    Id prepared = id_option(args, "write-off");
    const app::User& actor = ctx.actor();
    app::ClaimView view;
    ctx.database().in_transaction([&](soci::session& sql) {
        view = app::approve_write_off(sql, actor, claim, prepared, date_option(args, "date"));
    });
    ctx.print("afskrivning " + std::to_string(prepared) + " godkendt: " + claim_line(view), app::to_json(view));
    return 0;
}

} // namespace

Command claims_plan_command() {
    return {"claims plan", "--claim ID --per-month KR --first DATO",
            "Aftal en afdragsordning: et beløb om måneden fra første forfald",
            "--claim ID        kravet\n--per-month KR    det månedlige afdrag (det sidste er resten)\n"
            "--first DATO      første afdrags forfaldsdag, dd-mm-åååå",
            {"claim", "per-month", "first", "date"}, run_plan};
}

Command claims_write_off_command() {
    return {"claims write-off", "--claim ID --amount KR --reason TEKST",
            "Forbered en afskrivning (fire øjne: en anden økonomibruger godkender)",
            "--claim ID      kravet\n--amount KR     højst restgælden\n--reason TEKST  hvorfor (skal angives)",
            {"claim", "amount", "reason", "date"}, run_write_off};
}

Command claims_approve_write_off_command() {
    return {"claims approve-write-off", "--claim ID --write-off ID",
            "Godkend en afskrivning forberedt af en anden økonomibruger",
            "--claim ID       kravet\n--write-off ID   afskrivningen (fra hjt claims write-off / show)",
            {"claim", "write-off", "date"}, run_approve_write_off};
}

} // namespace hjt::cli
