// hjt letters statement | payslip | lost-earnings | claim | reminder: the family's documents as
// PDF letters with the municipality's letterhead (config/letters.properties),
// from the same figures as the xlsx versions (app/letter_service.h).
#include <Poco/JSON/Array.h>

#include "app/digital_post_bundle.h"
#include "app/file_output.h"
#include "app/letter_service.h"
#include "app/payment_settings.h"
#include "app/payout_export.h"
#include "cli/commands.h"
#include "cli/option_values.h"

namespace hjt::cli {

namespace {

using MakeLetter = std::function<app::LetterFile(soci::session&, const app::User&, const app::LetterSettings&, Date)>;

int write_letter(Context& ctx, const Args& args, const MakeLetter& make) {
    const std::string& out = args.required("out");
    const app::User& actor = ctx.actor();
    const auto settings = app::load_letter_settings(ctx.settings().config_dir);
    const auto letter = make(ctx.database().session(), actor, settings, app::today_in_copenhagen());
    app::write_file(out, letter.pdf);
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("file", out);
    data->set("bytes", letter.pdf.size());
    ctx.print("skrev " + out + " (" + std::to_string(letter.pdf.size()) + " bytes)", data);
    return 0;
}

int run_letters_statement(Context& ctx, const Args& args) {
    const Id family = family_option(ctx.database().session(), args);
    const int year = year_option(args);
    return write_letter(ctx, args, [&](soci::session& sql, const app::User& actor, const auto& settings, Date today) {
        return app::statement_letter(sql, actor, family, year, settings, today);
    });
}

int run_letters_payslip(Context& ctx, const Args& args) {
    const Id helper = id_option(args, "helper");
    const Month month = month_option(args);
    return write_letter(ctx, args, [&](soci::session& sql, const app::User& actor, const auto& settings, Date today) {
        return app::payslip_letter(sql, actor, helper, month, settings, today);
    });
}

int run_lost_earnings(Context& ctx, const Args& args) {
    const Id award = id_option(args, "award");
    const int year = year_option(args);
    return write_letter(ctx, args, [&](soci::session& sql, const app::User& actor, const auto& settings, Date today) {
        return app::lost_earnings_letter(sql, actor, award, year, settings, today);
    });
}

int run_claim(Context& ctx, const Args& args) {
    const Id claim = id_option(args, "claim");
    const std::string creditor = app::load_fi_creditor(ctx.settings().config_dir);
    return write_letter(ctx, args, [&](soci::session& sql, const app::User& actor, const auto& settings, Date today) {
        return app::claim_letter(sql, actor, claim, settings, creditor, today);
    });
}

int run_reminder(Context& ctx, const Args& args) {
    const Id claim = id_option(args, "claim");
    std::optional<int> number;
    if (args.optional("reminder")) {
        // At most claims.reminder_count's limit (10) reminders exist; checked before narrowing to int.
        const Id n = id_option(args, "reminder");
        if (n < 1 || n > 10) throw ValidationError("reminder", Message{MessageCode::out_of_range, {"1", "10", std::to_string(n)}});
        number = static_cast<int>(n);
    }
    const std::string creditor = app::load_fi_creditor(ctx.settings().config_dir);
    return write_letter(ctx, args, [&](soci::session& sql, const app::User& actor, const auto& settings, Date today) {
        return app::reminder_letter(sql, actor, claim, number, settings, creditor, today);
    });
}

// Prints what was bundled: file names and masked recipients only, never a CPR number.
int run_bundle(Context& ctx, const Args& args) {
    const int year = year_option(args);
    const std::string& dir = args.required("out");
    const app::User& actor = ctx.actor();
    const auto settings = app::load_letter_settings(ctx.settings().config_dir);
    const auto bundle = app::write_digital_post_bundle(ctx.database().session(), actor, year, settings,
                                                       app::today_in_copenhagen(), dir);
    Poco::JSON::Array::Ptr messages = new Poco::JSON::Array;
    for (const auto& m : bundle.messages) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("file", m.file);
        o->set("family_id", m.family_id);
        o->set("title", m.title);
        o->set("recipient_type", m.recipient_type);
        o->set("recipient", m.recipient_shown);
        o->set("message_uuid", m.uuid);
        messages->add(o);
    }
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("year", year);
    data->set("messages", messages);
    data->set("manifest_file", bundle.manifest_file);
    ctx.print("skrev " + std::to_string(bundle.messages.size()) + " MeMo-meddelelser for " + std::to_string(year) +
                  " i " + dir + " og manifestet " + bundle.manifest_file + " (intet er sendt)",
              data);
    return 0;
}

} // namespace

Command letters_bundle_command() {
    return {"letters bundle", "--year ÅÅÅÅ --out MAPPE",
            "Saml årets breve som MeMo-meddelelser til Digital Post-afsenderen (økonomi; intet sendes)",
            "--year ÅÅÅÅ   kalenderåret: hver families årsopgørelse, hver afgørelse om tabt arbejdsfortjeneste\n"
            "--out MAPPE   mappe til memo-*.xml og manifestet digital-post-<år>.csv",
            {"year", "out"},
            run_bundle};
}

Command letters_statement_command() {
    return {"letters statement", "--family NØGLE|ID --year ÅÅÅÅ --out FIL.pdf",
            "Skriv en families årsopgørelse som PDF-brev (en afgørelse, når den er endelig)",
            "--family NØGLE|ID   familien\n"
            "--year ÅÅÅÅ   kalenderåret\n"
            "--out FIL     PDF-filen der skrives",
            {"family", "year", "out"},
            run_letters_statement};
}

Command letters_claim_command() {
    return {"letters claim", "--claim ID --out FIL.pdf",
            "Skriv et tilbagebetalingskrav som PDF-brev med betalingslinjen (en familie: egne krav)",
            "--claim ID    kravet (hjt claims list)\n"
            "--out FIL     PDF-filen der skrives",
            {"claim", "out"},
            run_claim};
}

Command letters_reminder_command() {
    return {"letters reminder", "--claim ID [--reminder N] --out FIL.pdf",
            "Skriv en rykker for et krav som PDF-brev, som den blev sendt (en familie: egne krav)",
            "--claim ID      kravet (hjt claims list)\n"
            "--reminder N    hvilken rykker, 1 for den første (standard: den senest sendte; hjt claims reminders\n"
            "                sender dem)\n"
            "--out FIL       PDF-filen der skrives",
            {"claim", "reminder", "out"},
            run_reminder};
}

Command letters_payslip_command() {
    return {"letters payslip", "--helper ID --month ÅÅÅÅ-MM --out FIL.pdf", "Skriv en hjælpers lønseddel som PDF-brev",
            "--helper ID      hjælperen\n"
            "--month ÅÅÅÅ-MM  måneden\n"
            "--out FIL        PDF-filen der skrives",
            {"helper", "month", "out"},
            run_letters_payslip};
}

Command letters_lost_earnings_command() {
    return {"letters lost-earnings", "--award ID --year ÅÅÅÅ --out FIL.pdf",
            "Skriv afgørelsen om tabt arbejdsfortjeneste for et år som PDF-brev",
            "--award ID    bevillingen af tabt arbejdsfortjeneste\n"
            "--year ÅÅÅÅ   kalenderåret, måned for måned\n"
            "--out FIL     PDF-filen der skrives",
            {"award", "year", "out"},
            run_lost_earnings};
}

} // namespace hjt::cli
