#include "app/audit_export_service.h"
#include "app/permissions.h"

#include <algorithm>
#include <functional>
#include <map>
#include <regex>
#include <set>

#include "app/audit_json_masking.h"
#include "app/fresh_reconciliations.h"
#include "app/payout_export.h"
#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/limits.h"
#include "domain/validation.h"
#include "reports/audit_export_csv.h"
#include "reports/audit_export_xlsx.h"
#include "store/audit_export_store.h"
#include "store/audit_log.h"
#include "store/receipt_store.h"
#include "store/claims_store.h"
#include "store/ledger_store.h"
#include "store/payout_store.h"
#include "store/rates_store.h"
#include "store/reconciliation_store.h"
#include "store/register_repository.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

// The register's names by id, read once for every sheet, in one query each
// (not a query for each family's children); the names alone, not the rows
// (issue 18: the export's memory grew with the register's rows).
struct Register {
    std::vector<store::FamilyName> families;  // by id
    std::vector<store::ChildName> children;   // by id

    explicit Register(soci::session& sql)
        : families(store::list_family_names(sql)), children(store::list_child_names(sql)) {}
    std::string family_name(Id id) const {
        const auto found = std::ranges::lower_bound(families, id, {}, &store::FamilyName::id);
        return found == families.end() || found->id != id ? "" : found->name;
    }
    const store::ChildName* child(Id id) const {
        const auto found = std::ranges::lower_bound(children, id, {}, &store::ChildName::id);
        return found == children.end() || found->id != id ? nullptr : &*found;
    }
};

bool overlaps_year(const Period& p, int year) {
    const Date first = date::year{year} / 1 / 1, last = date::year{year} / 12 / 31;
    return p.from <= last && (!p.to || *p.to >= first);
}

// Rows of the year read from the store a page at a time by id (keyset: the
// page after the last id read), each made into what the export shows or left
// out: memory holds one page, however many rows the year has.
template <class Stored, class Shown>
class Pages {
public:
    using ReadPage = std::function<std::vector<Stored>(Id after_id, int limit)>;
    using Show = std::function<std::optional<Shown>(Stored& stored)>;

    Pages(ReadPage read, Show show, int a_page) : read_(std::move(read)), show_(std::move(show)), a_page_(a_page) {}

    // Fills `shown` with the next row and returns true, or returns false when there are no more.
    bool next(Shown& shown) {
        for (;;) {
            if (at_ == page_.size()) {
                if (done_) return false;
                page_ = read_(last_id_, a_page_);
                at_ = 0;
                done_ = page_.size() < static_cast<std::size_t>(a_page_);
                if (page_.empty()) return false;
                last_id_ = page_.back().id;
            }
            if (auto made = show_(page_[at_++])) {
                shown = std::move(*made);
                ++count_;
                return true;
            }
        }
    }
    std::size_t count() const { return count_; }

private:
    ReadPage read_;
    Show show_;
    int a_page_;
    std::vector<Stored> page_;
    std::size_t at_ = 0, count_ = 0;
    Id last_id_ = 0;
    bool done_ = false;
};

using RunsById = std::map<Id, const PayoutRunHeader*>;

// The posting with the names of family and child and who prepared and
// approved the run that posted it: the one way a posting of the export is made.
reports::AuditPosting shown_posting(LedgerPosting& p, const Register& reg, const RunsById& runs) {
    reports::AuditPosting a;
    a.family_name = reg.family_name(p.family_id);
    const store::ChildName* child = p.child_id ? reg.child(*p.child_id) : nullptr;
    a.child_name = child ? child->name : "";
    if (auto found = p.run_id ? runs.find(*p.run_id) : runs.end(); found != runs.end()) {
        a.prepared_by = found->second->prepared_by;
        a.approved_by = found->second->approved_by.value_or("");
    }
    // What a child's reconciliation counts as received (domain.md §7): settlements are no line kind.
    a.received = received_kind(p.kind).has_value();
    a.posting = std::move(p);
    return a;
}

using PostingPages = Pages<LedgerPosting, reports::AuditPosting>;

// The year's postings as the export shows them, `a_page` at a time (`runs`:
// the year's; a run of the year posts lines concerning its year).
PostingPages posting_pages(soci::session& sql, int year, const Register& reg,
                           const std::vector<PayoutRunHeader>& runs, int a_page) {
    RunsById by_id;
    for (const auto& r : runs) by_id[r.id] = &r;
    return PostingPages([&sql, year](Id after, int limit) { return store::postings_of_year(sql, year, after, limit); },
                        [&reg, by_id](LedgerPosting& p) { return std::optional(shown_posting(p, reg, by_id)); },
                        a_page);
}

std::vector<PayoutRunHeader> runs(soci::session& sql, int year) {
    std::vector<PayoutRunHeader> out;
    for (auto& r : store::list_payout_runs(sql))
        if (int(r.month.year()) == year) out.push_back(std::move(r));
    return out;
}

// Rows made a page of the register's families or children at a time:
// make_page(first_id, last_id) makes the rows of the ids first..last, the next
// `a_page` of the ids by id (id_at(i) the i-th of `count`). Memory holds one
// page's rows and what made them, however many the register has.
template <class Shown>
class RegisterPages {
public:
    using IdAt = std::function<Id(std::size_t)>;
    using MakePage = std::function<std::vector<Shown>(Id first_id, Id last_id)>;

    RegisterPages(std::size_t count, IdAt id_at, std::size_t a_page, MakePage make_page)
        : count_(count), id_at_(std::move(id_at)), a_page_(std::max<std::size_t>(a_page, 1)),
          make_page_(std::move(make_page)) {}

    // Fills `shown` with the next row and returns true, or returns false when there are no more.
    bool next(Shown& shown) {
        while (at_ == page_.size()) {
            if (from_ == count_) return false;
            const std::size_t to = std::min(from_ + a_page_, count_);
            page_ = make_page_(id_at_(from_), id_at_(to - 1));
            at_ = 0;
            from_ = to;
        }
        shown = std::move(page_[at_++]);
        return true;
    }

private:
    std::size_t count_;
    IdAt id_at_;
    std::size_t a_page_;
    MakePage make_page_;
    std::vector<Shown> page_;
    std::size_t at_ = 0, from_ = 0;
};

// A reconciliation as its sheet shows it: the one way a row of the sheet is made.
reports::AuditReconciliation shown_reconciliation(const DocumentReconciliation& d, const Register& reg) {
    const auto& stored = d.shown;
    const auto& r = stored.figures;
    return {stored.id, r.family_id, reg.family_name(r.family_id), r.child_id, r.child_name,
            to_string(stored.status), r.received.total(), r.eligible, r.balance, r.outcome,
            r.settlement, r.uses_estimates, stored.computed_at, d.stale_draft_computed_at};
}

using ReconciliationPages = RegisterPages<reports::AuditReconciliation>;

ReconciliationPages family_pages(const Register& reg, std::size_t a_page, ReconciliationPages::MakePage make_page) {
    return {reg.families.size(), [&reg](std::size_t i) { return reg.families[i].id; }, a_page, std::move(make_page)};
}

// The year's reconciliations as the sheet shows them, by family then child,
// `a_page` families at a time: a stale draft is shown recomputed
// (app/fresh_reconciliations.h), so the tie-out compares the ledger with
// figures that count every run.
ReconciliationPages reconciliation_pages(soci::session& sql, int year, const Register& reg, Date today,
                                         std::size_t a_page) {
    return family_pages(reg, a_page, [&sql, &reg, year, today](Id first, Id last) {
        std::vector<reports::AuditReconciliation> out;
        for (const auto& d : document_reconciliations(sql, year, store::FamilyScope::page(first, last), today, false))
            out.push_back(shown_reconciliation(d, reg));
        return out;
    });
}

// The stale drafts a pass of reconciliation_pages showed recomputed, by
// reconciliation id: held (only those) so that a second pass in the same
// transaction needs no computing: for a year of drafts, computing is 3.6 s
// of the export's 12 at 10,000 families (every one a stale draft).
using RecomputedDrafts = std::map<Id, reports::AuditReconciliation>;

// The rows of reconciliation_pages again, after a pass of it found the stale
// drafts `recomputed`: the others are shown as stored, so they are read, not computed.
ReconciliationPages reconciliation_pages_again(soci::session& sql, int year, const Register& reg,
                                               const RecomputedDrafts& recomputed, std::size_t a_page) {
    return family_pages(reg, a_page, [&sql, &reg, &recomputed, year](Id first, Id last) {
        std::vector<reports::AuditReconciliation> out;
        for (auto& stored : store::list_reconciliations(sql, year, store::FamilyScope::page(first, last))) {
            const auto found = recomputed.find(stored.id);
            out.push_back(found != recomputed.end() ? found->second
                                                    : shown_reconciliation({std::move(stored), true, ""}, reg));
        }
        return out;
    });
}

// Every grant touching the year, by child (as each child's grants are
// listed), read `a_page` children at a time: a few queries a page, not three
// or more a child.
RegisterPages<reports::AuditGrant> grant_pages(soci::session& sql, int year, const Register& reg, std::size_t a_page) {
    auto child_at = [&reg](std::size_t i) { return reg.children[i].id; };
    return {reg.children.size(), child_at, a_page, [&sql, &reg, year](Id first, Id last) {
                std::vector<reports::AuditGrant> out;
                for (auto& g : store::grants_of_children(sql, first, last)) {
                    if (!overlaps_year(g.valid, year)) continue;
                    const store::ChildName* child = reg.child(g.child_id);
                    check_invariant(child != nullptr, "a grant's child is in the register read in the same transaction");
                    out.push_back({std::move(g), child->family_id, reg.family_name(child->family_id), child->name,
                                   mask_cpr(child->cpr)});
                }
                return out;
            }};
}

std::vector<reports::AuditAward> awards(soci::session& sql, int year, const Register& reg) {
    std::vector<reports::AuditAward> out;
    for (auto& a : store::awards_touching(sql, date::year{year} / 1 / 1, date::year{year} / 12 / 31)) {
        a.parent_cpr = mask_cpr(a.parent_cpr);
        const store::ChildName* child = reg.child(a.child_id);
        Id family_id = child ? child->family_id : 0;
        out.push_back({std::move(a), family_id, reg.family_name(family_id), child ? child->name : ""});
    }
    return out;
}

std::vector<reports::AuditRateRow> rates(soci::session& sql, int year) {
    std::vector<reports::AuditRateRow> out;
    for (auto& figure : store::load_year_figures(sql, year)) {
        auto unit = figure_unit(figure.name);
        std::string shown = unit ? format_figure(*unit, figure.value) : std::to_string(figure.value);
        out.push_back({std::move(figure), std::move(shown)});
    }
    return out;
}

// The year an entry concerns, when it says: a run's month, a
// reconciliation's or a rate table's year lead its entity id; a shift's or
// an expense's date is in its JSON.
std::optional<int> year_concerned(const store::StoredAuditEntry& e) {
    static const std::set<std::string> year_keyed{"payout_run", "reconciliation", "rate_table", "rate"};
    static const std::regex leading_year("^(\\d{4})");
    static const std::regex json_date("\"date\":\"(\\d{4})-");
    std::smatch m;
    if (year_keyed.count(e.entity) && std::regex_search(e.entity_id, m, leading_year)) return std::stoi(m[1]);
    if (e.entity == "shift" || e.entity == "expense")
        for (const std::string* json : {&e.after_json, &e.before_json})
            if (std::regex_search(*json, m, json_date)) return std::stoi(m[1]);
    return std::nullopt;
}

// Why the entry is in the year's export ("" : it is not).
std::string included_because(const store::StoredAuditEntry& e, int year) {
    const bool made = e.at.rfind(std::to_string(year), 0) == 0;
    const bool concerns = year_concerned(e) == year;
    if (made && concerns) return "foretaget i og vedrører " + std::to_string(year);
    if (made) return "foretaget i " + std::to_string(year);
    if (concerns) return "vedrører " + std::to_string(year) + " (foretaget " + e.at.substr(0, 10) + ")";
    return "";
}

// The entry as the export shows it (masked), or nullopt when it is not in the year's export.
std::optional<reports::AuditEntryRow> export_row(store::StoredAuditEntry& e, int year) {
    std::string because = included_because(e, year);
    if (because.empty()) return std::nullopt;
    return reports::AuditEntryRow{e.id, std::move(e.at), std::move(e.actor), std::move(e.action),
                                  std::move(e.entity), mask_cpr_shaped(e.entity_id), masked_audit_json(e.before_json),
                                  masked_audit_json(e.after_json), std::move(e.prev_hash), std::move(e.hash),
                                  std::move(because)};
}

// The year's entries for the export as it writes them, read from the store a
// page at a time.
Pages<store::StoredAuditEntry, reports::AuditEntryRow> audit_entry_pages(soci::session& sql, int year) {
    constexpr int kPage = 1000;
    return {[&sql, year](Id after, int limit) { return store::audit_entries_touching_year(sql, year, after, limit); },
            [year](store::StoredAuditEntry& e) { return export_row(e, year); }, kPage};
}

reports::AuditChainResult chain(soci::session& sql) {
    auto v = store::verify_audit_chain(sql);
    return {v.ok, v.entries, v.first_broken, v.reason, v.mode, v.rows_checked, v.findings};
}

// The claims of the year's reconciliations as they stand now, the payments
// received booked in the year and the set-offs dated in it.
void add_claims(soci::session& sql, int year, reports::AuditExportData& data) {
    auto claims = store::load_claims(sql);
    const Date today = today_in_copenhagen();
    const ClaimTerms terms = claims.empty() ? ClaimTerms{} : store::load_policy(sql, today).claims;
    for (auto& c : claims) {
        for (const auto& e : c.events)
            if (e.kind == ClaimEventKind::set_off && static_cast<int>(e.date.year()) == year)
                data.set_offs.push_back({c.id, e.source_id.value_or(0), e.date, e.amount});
        if (c.year != year) continue;
        ClaimStatus status = claim_status(c, terms, today);
        data.claims.push_back({std::move(c), status});
    }
    for (auto& r : store::load_receipts(sql, false))
        if (static_cast<int>(r.payment.booked.year()) == year) data.receipts.push_back(std::move(r));
}

// The receipts of the expenses dated in the year (store/receipt_store.h).
void add_expense_receipts(soci::session& sql, int year, reports::AuditExportData& data) {
    for (auto& r : store::list_receipts_of_year(sql, year))
        data.expense_receipts.push_back({r.expense_id, std::move(r.file_name), r.size_bytes, std::move(r.sha256),
                                         std::move(r.uploaded_by), std::move(r.uploaded_at)});
}

// The year's books but the postings, the audit entries, the reconciliations
// and the grants, and the register whose names those are shown with.
struct Books {
    reports::AuditExportData data;
    Register reg;
    Date today;  // the export's day: what a stale draft is recomputed as of, in every pass
};

Books gather_books(soci::session& sql, int year, const User& actor) {
    require_permission(actor, Operation::read_books);
    limits::checked_year(year, "year");
    reports::AuditExportData data;
    // The chain first: verifying it holds every sealed row's seal (tens of MB
    // at thousands of families), freed before the year's rows are gathered,
    // so the two are never held at once. Its lock (PostgreSQL: until the
    // transaction ends, as before) now also covers the gathering, so the rows
    // gathered are those of the chain it verified, and the postings read
    // twice by export_audit are the same both times.
    data.chain = chain(sql);
    Books books{std::move(data), Register(sql), today_in_copenhagen()};
    auto& d = books.data;
    d.year = year;
    d.generated_at = support::utc_now();
    d.generated_by = actor.username;
    d.runs = runs(sql, year);
    d.awards = awards(sql, year, books.reg);
    d.rates = rates(sql, year);
    add_claims(sql, year, d);
    add_expense_receipts(sql, year, d);
    return books;
}

} // namespace

constexpr auto kAuditExportFormatCodes =
    enum_table<AuditExportFormat>({{AuditExportFormat::xlsx, "xlsx"}, {AuditExportFormat::csv, "csv"}});
std::span<const EnumText<AuditExportFormat>> codes(AuditExportFormat) { return kAuditExportFormatCodes; }

AuditExportFormat audit_export_format(const std::optional<std::string>& text) {
    if (!text) return AuditExportFormat::xlsx;
    if (auto format = parse_code<AuditExportFormat>(*text)) return *format;
    throw ValidationError("format", Message{MessageCode::value_not_allowed, {*text, code_list<AuditExportFormat>(" / ")}});
}

namespace {

// Every row `pages` gives, held: the export gathered whole.
template <class Row, class Reader>
std::vector<Row> every_row(Reader pages) {
    std::vector<Row> out;
    for (Row row; pages.next(row);) out.push_back(std::move(row));
    return out;
}

} // namespace

reports::AuditExportData gather_audit_export(soci::session& sql, int year, const User& actor) {
    auto books = gather_books(sql, year, actor);
    auto& d = books.data;
    const AuditExportPages pages{};
    d.postings = every_row<reports::AuditPosting>(posting_pages(sql, year, books.reg, d.runs, pages.postings));
    auto reconciliations = every_row<reports::AuditReconciliation>(
        reconciliation_pages(sql, year, books.reg, books.today, pages.families));
    if (!reconciliations.empty()) d.reconciliations = std::move(reconciliations);
    d.grants = every_row<reports::AuditGrant>(grant_pages(sql, year, books.reg, pages.children));
    d.audit = every_row<reports::AuditEntryRow>(audit_entry_pages(sql, year));
    return std::move(d);
}

AuditExportResult export_audit(soci::session& sql, const User& actor, int year, const std::string& out,
                               AuditExportFormat format, const AuditExportPages& pages) {
    // The audit entries, the postings, the reconciliations and the grants go
    // from the store to the file a page at a time as the sheets are written
    // (the workbook row by row too: reports/audit_export_xlsx.h), so memory
    // does not grow with them. The postings' and the reconciliations' totals,
    // which the sheets' totals and tie-outs need first, are summed in a pass
    // over them before (in the same transaction: the same rows both times).
    const auto books = gather_books(sql, year, actor);
    const auto& data = books.data;
    reports::AuditExportStream stream;
    auto summed = posting_pages(sql, year, books.reg, data.runs, pages.postings);
    for (reports::AuditPosting p; summed.next(p);) stream.posting_totals.add(p);
    reports::AuditReconciliationTotals reconciled;
    RecomputedDrafts recomputed;
    auto computed = reconciliation_pages(sql, year, books.reg, books.today, pages.families);
    for (reports::AuditReconciliation r; computed.next(r);) {
        reconciled.add(r);
        if (!r.stale_draft_computed_at.empty()) recomputed.emplace(r.id, std::move(r));
    }
    if (reconciled.count > 0) stream.reconciliation_totals = reconciled;

    auto postings = posting_pages(sql, year, books.reg, data.runs, pages.postings);
    auto reconciliations = reconciliation_pages_again(sql, year, books.reg, recomputed, pages.families);
    auto grants = grant_pages(sql, year, books.reg, pages.children);
    auto entries = audit_entry_pages(sql, year);
    stream.postings = [&](reports::AuditPosting& p) { return postings.next(p); };
    stream.reconciliations = [&](reports::AuditReconciliation& r) { return reconciliations.next(r); };
    stream.grants = [&](reports::AuditGrant& g) { return grants.next(g); };
    stream.entries = [&](reports::AuditEntryRow& row) { return entries.next(row); };
    const auto sheets = reports::audit_export_sheets(data, stream);
    AuditExportResult result;
    if (format == AuditExportFormat::xlsx) {
        reports::write_audit_export_xlsx(out, sheets);
        result.files = {out};
    } else {
        result.files = reports::write_audit_export_csv(out, sheets);
    }
    result.postings = stream.posting_totals.count;
    result.runs = data.runs.size();
    result.audit_entries = entries.count();
    if (stream.reconciliation_totals) result.reconciliations = stream.reconciliation_totals->count;
    result.tie_out = reports::audit_tie_out(data, stream);
    result.chain = data.chain;
    return result;
}

} // namespace hjt::app
