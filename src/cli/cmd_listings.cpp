// hjt families | helpers | awards: the register as lists with import keys and
// ids (issue 19), so every command that names a family or helper can be given
// the key the municipality uses (F004, H012) or the id; awards by id.
#include <Poco/JSON/Array.h>

#include "app/entity_json.h"
#include "app/register_listing.h"
#include "cli/commands.h"
#include "cli/option_values.h"
#include "domain/danish_format.h"

namespace hjt::cli {

namespace {

std::string key_text(const std::string& key) { return key.empty() ? "–" : key; }

template <class Item, class Json, class Line>
Poco::JSON::Object::Ptr listed(const std::vector<Item>& items, std::string& text, Json json, Line line) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& item : items) {
        array->add(json(item));
        text += "\n  " + line(item);
    }
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object;
    data->set("items", array);
    return data;
}

int run_families(Context& ctx, const Args&) {
    const app::User& actor = ctx.actor();
    const auto families = app::list_family_keys(ctx.database().session(), actor);
    std::string text = std::to_string(families.size()) + " familier (nøgle, id, navn, CVR, status):";
    auto data = listed(families, text,
        [](const app::FamilyListing& f) { auto o = app::to_json(f.family); o->set("key", f.key); return o; },
        [](const app::FamilyListing& f) {
            return key_text(f.key) + "  " + std::to_string(f.family.id) + "  " + f.family.name + "  " + f.family.cvr + "  " +
                   f.family.status;
        });
    ctx.print(text, data);
    return 0;
}

int run_helpers(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    soci::session& sql = ctx.database().session();
    const auto helpers = app::list_helper_keys(sql, actor, optional_family_option(sql, args));
    std::string text = std::to_string(helpers.size()) + " hjælpere (nøgle, id, navn, familie, ansat):";
    auto data = listed(helpers, text,
        [](const app::HelperListing& h) { auto o = app::to_json(h.helper); o->set("key", h.key); return o; },
        [](const app::HelperListing& h) {
            const auto& e = h.helper.employment;
            return key_text(h.key) + "  " + std::to_string(h.helper.id) + "  " + h.helper.name + "  " + h.family_name +
                   "  " + format_danish_date(e.from) + " – " + (e.to ? format_danish_date(*e.to) : "");
        });
    ctx.print(text, data);
    return 0;
}

int run_awards(Context& ctx, const Args& args) {
    const app::User& actor = ctx.actor();
    soci::session& sql = ctx.database().session();
    const auto awards = app::list_award_ids(sql, actor, optional_family_option(sql, args));
    std::string text = std::to_string(awards.size()) + " bevillinger af tabt arbejdsfortjeneste (id, barn, forælder, periode):";
    auto data = listed(awards, text, [](const app::AwardListing& a) { return app::to_json(a.award); },
        [](const app::AwardListing& a) {
            const auto& p = a.award.period;
            return std::to_string(a.award.id) + "  " + a.child.name + "  " + a.award.parent_name + "  " +
                   format_danish_date(p.from) + " – " + (p.to ? format_danish_date(*p.to) : "");
        });
    ctx.print(text, data);
    return 0;
}

constexpr const char* kFamilyHelp = "--family NØGLE|ID   kun denne familie (en familiebruger ser kun sin egen)\n";

} // namespace

Command families_command() {
    return {"families", "", "Vis familierne med deres importnøgler og id'er",
            "Hver families importnøgle (families.csv), id, navn, CVR og status; --json til programmer.\n"
            "Kommandoerne tager en familie som --family NØGLE|ID.",
            {}, run_families};
}

Command helpers_command() {
    return {"helpers", "[--family NØGLE|ID]", "Vis hjælperne med deres importnøgler og id'er",
            std::string(kFamilyHelp) + "Kommandoerne tager en hjælper som --helper NØGLE|ID.", {"family"}, run_helpers};
}

Command awards_command() {
    return {"awards", "[--family NØGLE|ID]", "Vis bevillingerne af tabt arbejdsfortjeneste med deres id'er",
            std::string(kFamilyHelp) + "Kommandoerne tager en bevilling som --award ID.", {"family"}, run_awards};
}

} // namespace hjt::cli
