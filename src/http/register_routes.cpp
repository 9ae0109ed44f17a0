// The register's endpoints: families, children, helpers, grants and their
// versions, expenses, lost-earnings awards. The table at the bottom is the
// access matrix of this area (roles from http/access.h, owner from http/scopes.h).
#include <Poco/JSON/Array.h>

#include <type_traits>

#include "app/account_verification.h"
#include "app/base64_text.h"
#include "app/cpr_display.h"
#include "app/entity_json.h"
#include "app/expense_budget.h"
#include "app/expense_receipts.h"
#include "app/register_listing.h"
#include "app/register_reads.h"
#include "app/register_service.h"
#include "app/tax_card_json.h"
#include "app/tax_card_service.h"
#include "domain/errors.h"
#include "http/access.h"
#include "http/api_routes.h"
#include "http/query_values.h"
#include "http/register_input.h"
#include "http/scopes.h"

namespace hjt::http {
namespace {

template <class Entity>
using Finder = std::optional<Entity> (*)(soci::session&, Id);
template <class Entity>
using Lister = std::vector<Entity> (*)(soci::session&, Id);

// The scope has already found the entity; a miss here is a race with nothing
// worse than a 404.
template <class Entity>
Entity found(const std::optional<Entity>& entity) {
    if (!entity) throw NotFound(Message{MessageCode::path_not_found, {"posten (slettet imens)"}});
    return *entity;
}

// The record view of one entity: full CPR numbers where app/cpr_display.h
// allows, each display logged (the route runs as a writer: add_logged_read).
template <class Entity>
Poco::JSON::Object::Ptr record_json(const RequestContext& ctx, const Entity& e) {
    if constexpr (requires { app::record_json(ctx.sql, ctx.signed_in(), e, "api"); })
        return app::record_json(ctx.sql, ctx.signed_in(), e, "api");
    else
        return app::to_json(e);
}

// Lists are {"items": [...]} with CPR numbers masked.
template <class Entity>
Poco::JSON::Object::Ptr items_json(const std::vector<Entity>& entities) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& e : entities) items->add(app::to_json(e));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return out;
}

// GET .../{id}/things: the things of the entity the path names.
template <class Entity>
Handler list_of(Lister<Entity> list) {
    return [list](RequestContext& ctx) { return Response::ok(items_json(list(ctx.sql, ctx.id_param("id")))); };
}

// GET /things/{id}
template <class Entity>
Handler one_of(Finder<Entity> find) {
    return [find](RequestContext& ctx) {
        return Response::ok(record_json(ctx, found(find(ctx.sql, ctx.id_param("id")))));
    };
}

// "confirm": true confirms the plausibility questions (app/register_service.h)
// a first request was refused with (409, code needs_confirmation).
app::Confirmation confirmation_of(const JsonInput& in) {
    return in.boolean("confirm", false) ? app::Confirmation::given : app::Confirmation::ask;
}

// PUT /things/{id}: absent fields keep their stored values. An entity whose
// values may raise plausibility questions takes the request's confirmation.
template <class Entity, class Update>
Handler update_of(Finder<Entity> find, Entity (*from_json)(const JsonInput&, const std::optional<Entity>&),
                  Update update) {
    return [=](RequestContext& ctx) {
        Entity current = found(find(ctx.sql, ctx.id_param("id")));
        Entity changed = from_json(ctx.input(), current);
        if constexpr (std::is_invocable_v<Update, soci::session&, const app::User&, Entity, app::Confirmation>)
            return Response::ok(
                record_json(ctx, update(ctx.sql, ctx.actor(), std::move(changed), confirmation_of(ctx.input()))));
        else
            return Response::ok(record_json(ctx, update(ctx.sql, ctx.actor(), std::move(changed))));
    };
}

// POST /owners/{id}/things: a new thing belonging to the owner in the path.
template <class Entity, class Parse, class Create>
Handler create_under(Id Entity::*owner, Parse parse, Create create) {
    return [=](RequestContext& ctx) {
        Entity entity = parse(ctx.input());
        entity.*owner = ctx.id_param("id");
        return Response::created(record_json(ctx, create(ctx.sql, ctx.actor(), std::move(entity))));
    };
}

// The same for a register entity whose values may raise plausibility questions.
template <class Entity, class Parse>
Handler create_confirmed_under(Id Entity::*owner, Parse parse,
                               Entity (*create)(soci::session&, const app::User&, Entity, app::Confirmation)) {
    return [=](RequestContext& ctx) {
        Entity entity = parse(ctx.input());
        entity.*owner = ctx.id_param("id");
        return Response::created(
            record_json(ctx, create(ctx.sql, ctx.actor(), std::move(entity), confirmation_of(ctx.input()))));
    };
}

template <class Entity>
auto new_from(Entity (*from_json)(const JsonInput&, const std::optional<Entity>&)) {
    return [from_json](const JsonInput& in) { return from_json(in, std::nullopt); };
}

Response list_families(RequestContext& ctx) {
    auto families = app::list_families(ctx.sql);
    if (auto own = ctx.confined_to_family())
        std::erase_if(families, [&](const Family& f) { return f.id != *own; });
    return Response::ok(items_json(families));
}

Response create_family(RequestContext& ctx) {
    auto created = app::create_family(ctx.sql, ctx.actor(), family_from_json(ctx.input(), std::nullopt));
    return Response::created(app::to_json(created));
}

Response grant_versions(RequestContext& ctx) {
    auto grant = found(app::find_grant(ctx.sql, ctx.id_param("id")));
    return Response::ok(items_json(grant.versions));
}

Response grant_version(RequestContext& ctx) {
    auto grant = found(app::find_grant(ctx.sql, ctx.id_param("id")));
    Id wanted = ctx.id_param("version_id");
    for (const auto& v : grant.versions)
        if (v.id == wanted) return Response::ok(app::to_json(v));
    throw NotFound(Message{MessageCode::grant_version_not_found, {std::to_string(grant.id), std::to_string(wanted)}});
}

// The child's award named in the path; an award of another child is answered
// like one that does not exist.
Id child_award(RequestContext& ctx) {
    Id award_id = ctx.id_param("award_id");
    auto award = app::find_award(ctx.sql, award_id);
    if (!award || award->child_id != ctx.id_param("id"))
        throw NotFound(
            Message{MessageCode::child_award_not_found, {std::to_string(ctx.id_param("id")), std::to_string(award_id)}});
    return award_id;
}

// GET /lost-earnings[?family=ID]: every award with its family, child, the
// parent's lost income a month as awarded and its state today, for the
// caseworkers' page (#/tabt-arbejdsfortjeneste); a family user gets its own.
Response list_all_awards(RequestContext& ctx) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& listed : app::list_award_ids(ctx.sql, ctx.actor(), family_query(ctx))) {
        auto o = app::to_json(listed.award);
        o->set("family_id", listed.child.family_id);
        o->set("family_name", listed.family_name);
        o->set("child_name", listed.child.name);
        o->set("monthly_reduction", listed.monthly_reduction ? Poco::Dynamic::Var(listed.monthly_reduction->ore())
                                                             : Poco::Dynamic::Var());
        o->set("state", to_string(listed.state));
        items->add(o);
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return Response::ok(out);
}

// Where an award pays (the parent's account, the pension scheme).
Response set_award_accounts(RequestContext& ctx) {
    Id award_id = child_award(ctx);
    LostEarningsAward payees = award_payees_from_json(ctx.input());
    return Response::ok(app::to_json(
        app::set_award_accounts(ctx.sql, ctx.actor(), award_id, payees.parent_bank, payees.pension_payee)));
}

// Four eyes on an account under verification: another finance user confirms it.
Response confirm_family_account(RequestContext& ctx) {
    return Response::ok(app::to_json(app::confirm_family_account(ctx.sql, ctx.actor(), ctx.id_param("id"))));
}

Response confirm_award_accounts(RequestContext& ctx) {
    Id award_id = child_award(ctx);
    return Response::ok(app::to_json(app::confirm_award_accounts(ctx.sql, ctx.actor(), award_id)));
}

// The parent's normal weekly hours (absent: kept) and the holiday periods (replaced).
Response set_award_terms(RequestContext& ctx) {
    Id award_id = child_award(ctx);
    JsonInput in = ctx.input();
    std::optional<Hours> normal_hours;
    if (in.has("normal_weekly_hours")) normal_hours = in.hours("normal_weekly_hours");
    return Response::ok(app::to_json(
        app::set_award_terms(ctx.sql, ctx.actor(), award_id, normal_hours, holiday_periods_from_json(in))));
}

// The child an expense is for must belong to the family it is filed under;
// another family's child is answered like a child that does not exist.
Expense create_family_expense(soci::session& sql, const app::User& actor, Expense e) {
    auto child = app::find_child(sql, e.child_id);
    if (!child || child->family_id != e.family_id)
        throw ValidationError("child_id", Message{MessageCode::child_not_in_family, {std::to_string(e.child_id)}});
    return app::create_expense(sql, actor, std::move(e));
}

// An expense with what is left of its category's budget, which the decider
// sees before deciding (and again in the answer to the decision), and its receipt.
Poco::JSON::Object::Ptr expense_with_budget(soci::session& sql, const Expense& e) {
    auto o = app::to_json(e);
    o->set("budget", app::to_json(app::expense_budget_status(sql, e)));
    o->set("receipt", app::to_json(app::expense_receipt(sql, e.id)));
    return o;
}

// The receipt's bytes as sent: base64 text. ValidationError "receipt" otherwise.
std::string receipt_bytes(const JsonInput& receipt) {
    auto bytes = app::from_base64(receipt.text("content_base64"));
    if (!bytes) throw ValidationError("receipt", Message{MessageCode::not_base64, {}});
    return *bytes;
}

// POST /families/{id}/expenses: the expense and, when given, its receipt
// {file_name, content_base64} in one transaction: a refused receipt stores neither.
Response new_expense(RequestContext& ctx) {
    JsonInput in = ctx.input();
    Expense e = expense_from_json(in);
    e.family_id = ctx.id_param("id");
    Expense created = create_family_expense(ctx.sql, ctx.actor(), std::move(e));
    if (auto receipt = in.object("receipt"))
        app::attach_receipt(ctx.sql, ctx.actor(), created.id, receipt->text("file_name"), receipt_bytes(*receipt));
    return Response::created(expense_with_budget(ctx.sql, created));
}

// GET /expenses/{id}/receipt: the file as uploaded, under its own name.
Response expense_receipt_file(RequestContext& ctx) {
    auto file = app::receipt_file(ctx.sql, ctx.id_param("id"));
    return Response::file(media_type(file.info.type), file.info.file_name, std::move(file.bytes));
}

Response one_expense(RequestContext& ctx) {
    return Response::ok(expense_with_budget(ctx.sql, found(app::find_expense(ctx.sql, ctx.id_param("id")))));
}

Response decide_expense(RequestContext& ctx) {
    auto decision = decision_from_json(ctx.input());
    auto decided = app::decide_expense(ctx.sql, ctx.actor(), ctx.id_param("id"), decision.status, decision.reason);
    return Response::ok(expense_with_budget(ctx.sql, decided));
}

// GET /helpers/{id}/tax-cards: the helper's dated tax cards, oldest first.
Response list_tax_cards(RequestContext& ctx) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const auto& card : app::list_tax_cards(ctx.sql, ctx.actor(), ctx.id_param("id"))) items->add(app::to_json(card));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("items", items);
    return Response::ok(out);
}

// POST /helpers/{id}/tax-cards {kind, valid_from, withholding, monthly_deduction?, free_amount?}
Response register_tax_card(RequestContext& ctx) {
    const JsonInput& in = ctx.input();
    DatedTaxCard card;
    card.helper_id = ctx.id_param("id");
    const std::string kind = in.text("kind");
    const auto parsed = parse_code<TaxCardKind>(kind);
    if (!parsed) throw ValidationError(in.field("kind"), Message{MessageCode::value_not_allowed, {kind, "hovedkort / bikort / frikort"}});
    card.kind = *parsed;
    card.valid_from = in.date("valid_from");
    card.withholding = in.rate("withholding");
    card.monthly_deduction = in.money("monthly_deduction", Money{});
    card.free_amount = in.money("free_amount", Money{});
    return Response::created(app::to_json(app::register_tax_card(ctx.sql, ctx.actor(), card)));
}

} // namespace

void add_register_routes(Router& r, const Settings&) {
    using namespace access;
    using M = Method;
    const std::string v1 = "/api/v1";
    // clang-format off
    r.add(M::get,  v1 + "/families",                      everyone,         no_scope,              list_families);
    r.add(M::post, v1 + "/families",                      register_writers, no_scope,              create_family);
    r.add(M::get,  v1 + "/families/{id}",                 everyone,         scope::family("id"),   one_of(app::find_family));
    r.add(M::put,  v1 + "/families/{id}",                 register_writers, scope::family("id"),   update_of(app::find_family, family_from_json, app::update_family));
    r.add(M::post, v1 + "/families/{id}/account/confirm", account_confirmers, scope::family("id"), confirm_family_account);

    r.add(M::get,  v1 + "/families/{id}/children",        everyone,         scope::family("id"),   list_of(app::list_children));
    r.add(M::post, v1 + "/families/{id}/children",        register_writers, scope::family("id"),   create_confirmed_under(&Child::family_id, new_from(child_from_json), app::create_child));
    r.add_logged_read(v1 + "/children/{id}",              everyone,         scope::child("id"),    one_of(app::find_child));
    r.add(M::put,  v1 + "/children/{id}",                 register_writers, scope::child("id"),    update_of(app::find_child, child_from_json, app::update_child));

    r.add(M::get,  v1 + "/families/{id}/helpers",         everyone,         scope::family("id"),   list_of(app::list_helpers));
    r.add(M::post, v1 + "/families/{id}/helpers",         family_editors,   scope::family("id"),   create_confirmed_under(&Helper::family_id, new_from(helper_from_json), app::create_helper));
    r.add_logged_read(v1 + "/helpers/{id}",               everyone,         scope::helper("id"),   one_of(app::find_helper));
    r.add(M::put,  v1 + "/helpers/{id}",                  family_editors,   scope::helper("id"),   update_of(app::find_helper, helper_from_json, app::update_helper));
    r.add(M::get,  v1 + "/helpers/{id}/tax-cards",        everyone,         scope::helper("id"),   list_tax_cards);
    r.add(M::post, v1 + "/helpers/{id}/tax-cards",        family_editors,   scope::helper("id"),   register_tax_card);

    r.add(M::get,  v1 + "/children/{id}/grants",          everyone,         scope::child("id"),    list_of(app::list_grants));
    r.add(M::post, v1 + "/children/{id}/grants",          register_writers, scope::child("id"),    create_confirmed_under(&Grant::child_id, grant_from_json, app::create_grant));
    r.add(M::get,  v1 + "/grants/{id}",                   everyone,         scope::grant("id"),    one_of(app::find_grant));
    r.add(M::get,  v1 + "/grants/{id}/versions",          everyone,         scope::grant("id"),    grant_versions);
    r.add(M::post, v1 + "/grants/{id}/versions",          register_writers, scope::grant("id"),    create_confirmed_under(&GrantVersion::grant_id, grant_version_from_json, app::add_grant_version));
    // Versions are never edited: this path has GET only, so PUT answers 405.
    r.add(M::get,  v1 + "/grants/{id}/versions/{version_id}", everyone,     scope::grant("id"),    grant_version);

    r.add(M::get,  v1 + "/families/{id}/expenses",        everyone,         scope::family("id"),   list_of(app::list_expenses));
    r.add(M::post, v1 + "/families/{id}/expenses",        family_editors,   scope::family("id"),   new_expense);
    r.add(M::get,  v1 + "/expenses/{id}/receipt",         everyone,         scope::expense("id"),  expense_receipt_file);
    r.add(M::get,  v1 + "/expenses/{id}",                 everyone,         scope::expense("id"),  one_expense);
    r.add(M::post, v1 + "/expenses/{id}/decision",        expense_deciders, scope::expense("id"),  decide_expense);

    r.add(M::get,  v1 + "/lost-earnings",                 everyone,         no_scope,              list_all_awards);
    r.add(M::get,  v1 + "/children/{id}/lost-earnings",   everyone,         scope::child("id"),    list_of(app::list_awards));
    r.add(M::post, v1 + "/children/{id}/lost-earnings",   register_writers, scope::child("id"),    create_under(&LostEarningsAward::child_id, award_from_json, app::create_award));
    r.add(M::put,  v1 + "/children/{id}/lost-earnings/{award_id}/accounts", register_writers, scope::child("id"), set_award_accounts);
    r.add(M::put,  v1 + "/children/{id}/lost-earnings/{award_id}/terms",    register_writers, scope::child("id"), set_award_terms);
    r.add(M::post, v1 + "/children/{id}/lost-earnings/{award_id}/accounts/confirm", account_confirmers, scope::child("id"), confirm_award_accounts);
    // clang-format on
}

} // namespace hjt::http
