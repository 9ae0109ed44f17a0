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
    ctx.print("familie " + std::to_string(family.id) + " " + family.name + ": konto " +
                  masked_account_text(family.bank) + " bekræftet af " + actor.username,
              app::to_json(family));
    return 0;
}

} // namespace

Command family_confirm_account_command() {
    return {"family confirm-account", "--family NØGLE|ID",
            "Bekræft en families bankkonto, der er til kontrol (fire øjne: ikke den, der satte den)",
            "--family NØGLE|ID   familien: dens importnøgle (F001) eller id\n"
            "En konto, der er sat eller ændret i registret, er til kontrol: udbetalingskørsler\n"
            "tilbageholder familiens linjer, til en anden økonomibruger end den, der satte den,\n"
            "bekræfter den; næste kørsel betaler dem derefter og nævner kørslen, der holdt dem tilbage.",
            {"family"},
            run_confirm};
}

} // namespace hjt::cli
