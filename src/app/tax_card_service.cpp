#include "app/tax_card_service.h"

#include "app/entity_json.h"
#include "app/import_fields.h"
#include "app/register_reads.h"
#include "app/tax_card_json.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/register_repository.h"
#include "store/tax_card_store.h"
#include "support/clock.h"

namespace hjt::app {

namespace {

// A frikort's amount is at most a year's income a card may leave free; far
// above any personfradrag, it only stops typing slips (a value in øre as kroner).
constexpr limits::Range<Money> kFreeAmount{Money{}, Money::kroner(1'000'000)};
constexpr int kFirstYear = 2000, kLastYear = 2099;

Helper existing_helper(soci::session& sql, Id helper_id) {
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper_id)}});
    return *helper;
}

void check_card(const DatedTaxCard& c, const Helper& helper) {
    const int year = static_cast<int>(c.valid_from.year());
    if (!c.valid_from.ok()) throw ValidationError("valid_from", Message{MessageCode::date_not_real, {}});
    if (year < kFirstYear || year > kLastYear)
        throw ValidationError("valid_from", Message{MessageCode::date_outside_years, {format_danish_date(c.valid_from),
                                                                                      std::to_string(kFirstYear),
                                                                                      std::to_string(kLastYear)}});
    if (helper.employment.to && c.valid_from > *helper.employment.to)
        throw ValidationError("valid_from", Message{MessageCode::tax_card_after_employment,
                                                    {format_danish_date(c.valid_from), format_danish_date(*helper.employment.to)}});
    limits::check(limits::kPercentage, c.withholding, "withholding");
    limits::check(limits::kMonthlyDeduction, c.monthly_deduction, "monthly_deduction");
    limits::check(kFreeAmount, c.free_amount, "free_amount");
    if (c.kind != TaxCardKind::main && c.monthly_deduction != Money{})
        throw ValidationError("monthly_deduction", Message{MessageCode::tax_card_no_deduction, {danish_label(c.kind)}});
    if (c.kind != TaxCardKind::free && c.free_amount != Money{})
        throw ValidationError("free_amount", Message{MessageCode::tax_card_no_free_amount, {danish_label(c.kind)}});
}

// One row read into a card; problems go to `errors`.
std::optional<DatedTaxCard> card_of_row(soci::session& sql, const FieldReader& row) {
    const std::string helper_text = row.text("hjælper");
    const std::string kind_text = row.text("skattekort");
    DatedTaxCard card;
    card.valid_from = row.date("gælder_fra");
    card.withholding = row.percent("trækprocent");
    if (!row.optional_text("månedsfradrag").empty()) card.monthly_deduction = row.amount("månedsfradrag");
    if (!row.optional_text("frikortbeløb").empty()) card.free_amount = row.amount("frikortbeløb");
    const auto kind = parse_code<TaxCardKind>(kind_text);
    if (!kind_text.empty() && !kind)
        row.fail("skattekort", Message{MessageCode::value_not_allowed, {kind_text, "hovedkort / bikort / frikort"}});
    const auto helper = helper_text.empty() ? std::nullopt : find_helper_by_reference(sql, helper_text);
    if (!helper_text.empty() && !helper) row.fail("hjælper", Message{MessageCode::helper_unknown, {helper_text}});
    if (!kind || !helper) return std::nullopt;
    card.kind = *kind;
    card.helper_id = helper->id;
    return card;
}

} // namespace

DatedTaxCard register_tax_card(soci::session& sql, const User& actor, DatedTaxCard card) {
    require_permission(actor, Operation::family_edit);
    const Helper helper = existing_helper(sql, card.helper_id);
    require_permission(actor, Operation::family_edit, helper.family_id);
    check_card(card, helper);
    // A card changes the payslips of its months: not in a year already reconciled.
    store::refuse_if_closed(sql, helper.family_id, static_cast<int>(card.valid_from.year()), "skattekortene");
    card.registered_by = actor.username;
    card.registered_at = support::utc_now();
    card.id = store::insert_tax_card(sql, card);
    store::append_audit(sql, {actor.username, "create", "helper_tax_card", std::to_string(card.id), "",
                              stringify(to_json(card))});
    return card;
}

std::vector<DatedTaxCard> list_tax_cards(soci::session& sql, const User& actor, Id helper_id) {
    require_permission(actor, Operation::read_own_family);
    const Helper helper = existing_helper(sql, helper_id);
    require_permission(actor, Operation::read_own_family, helper.family_id);
    return store::list_tax_cards(sql, helper_id);
}

std::vector<DatedTaxCard> import_tax_cards(soci::session& sql, const User& actor, std::string_view csv,
                                           const std::string& source) {
    require_permission(actor, Operation::family_edit);
    const auto rows = parse_csv(csv, ';', source);
    if (rows.empty())
        throw ValidationError(source, Message{MessageCode::csv_columns_missing, {"hjælper, skattekort, gælder_fra, trækprocent",
                                                                                 "hjælper;skattekort;gælder_fra;trækprocent"}});
    const CsvHeader header(rows.front(), source, {"hjælper", "skattekort", "gælder_fra", "trækprocent"},
                           {"månedsfradrag", "frikortbeløb"});
    ImportErrors errors;
    std::vector<DatedTaxCard> stored;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Source at{source, rows[i].line};
        const FieldReader row(header, rows[i], at, errors);
        auto card = card_of_row(sql, row);
        if (!card) continue;
        try {
            stored.push_back(register_tax_card(sql, actor, *card));
        } catch (const ValidationError& e) {
            errors.add(at.where() + ": " + e.field(), e);
        } catch (const NotFound&) {
            errors.add(at, "hjælper", Message{MessageCode::helper_unknown, {row.text("hjælper")}});
        }
    }
    // Rows already stored go with the transaction this throw rolls back: all or nothing.
    if (!errors.empty()) {
        std::string lines;
        for (const auto& m : errors.messages()) lines += "\n  " + m;
        throw ValidationError(errors.first_location(),
                              Message{MessageCode::import_problems, {std::to_string(errors.messages().size()), source, lines}});
    }
    return stored;
}

} // namespace hjt::app
