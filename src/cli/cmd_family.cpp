// hjt family confirm-account --family KEY|ID: four eyes on where a family's money
// goes. An account a caseworker set or changed is under verification ("til
// kontrol") and payout runs hold back its lines until another finance user
// confirms it here (app/account_verification.h).
#include "app/account_verification.h"
#include "app/entity_json.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/payout_payees.h"

namespace hjt::cli {

namespace {

int run_confirm(Context& ctx, const Args& args) {
    const Id family_id = family_option(ctx.database().session(), args);
    const app::User& actor = ctx.actor();
    Family family;
    ctx.database().in_transaction(
        [&](soci::session& sql) { family = app::confirm_family_account(sql, actor, family_id); });
    ctx.print("family " + std::to_string(family.id) + " " + family.name + ": account " +
                  masked_account_text(family.bank) + " confirmed by " + actor.username,
              app::to_json(family));
    return 0;
}

} // namespace

Command family_confirm_account_command() {
    return {"family confirm-account", "--family KEY|ID",
            "Confirm a family's bank account under verification (four eyes: not who set it)",
            "--family KEY|ID      the family: its import key (F001) or id\n"
            "An account set or changed in the register is under verification (til kontrol): payout\n"
            "runs hold back the family's lines until a finance user other than the one who set it\n"
            "confirms it; the next run then pays them, naming the run that held them.",
            {"family"},
            run_confirm};
}

} // namespace hjt::cli
