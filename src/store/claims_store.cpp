#include "store/claims_store.h"

#include "domain/payment_reference.h"
#include "store/payout_columns.h"
#include "store/sql_dialect.h"

namespace hjt::store {
using namespace payout_columns;

namespace sealed {
const SealedTable claims{"claims", "CAST(id AS TEXT)",
                         {"family_id", "child_id", "year", "reconciliation_id", "ledger_posting_id", "amount_ore",
                          "issued_on", "due_on", "created_at", "created_by"}};
const SealedTable claim_events{
    "claim_events", "CAST(id AS TEXT)",
    {"claim_id", "kind", "event_date", "amount_ore", "source_id", "note", "recorded_at", "recorded_by"}};
const SealedTable camt_files{"camt_files", "CAST(id AS TEXT)",
                             {"message_id", "sha256", "entries", "total_ore", "imported_at", "imported_by"}};
const SealedTable receipts{"receipts", "CAST(id AS TEXT)",
                           {"camt_file_id", "entry_ref", "booked_on", "amount_ore", "reference", "payer_name"}};
} // namespace sealed

namespace {

void seal_id(soci::session& sql, RowSeals& written, const SealedTable& table, Id id) {
    long long key = id;
    written.seal(sql, table, "id = :id", key);
}

void events_where(soci::session& sql, const std::string& where, long long value,
                                     std::map<Id, std::vector<ClaimEvent>>& by_claim) {
    long long id = 0, claim = 0, amount = 0, source = 0;
    std::string kind, on, note, at, by;
    soci::indicator source_ind = soci::i_ok;
    soci::statement st = (sql.prepare << "SELECT e.id, e.claim_id, e.kind, e.event_date, e.amount_ore, e.source_id,"
                                         " e.note, e.recorded_at, e.recorded_by FROM claim_events e"
                                         " JOIN claims c ON c.id = e.claim_id " +
                                             where + " ORDER BY e.id",
                          soci::into(id), soci::into(claim), soci::into(kind), soci::into(on), soci::into(amount),
                          soci::into(source, source_ind), soci::into(note), soci::into(at), soci::into(by),
                          soci::use(value));
    st.execute();
    while (st.fetch()) {
        auto parsed = parse_claim_event_kind(kind);
        if (!parsed) throw std::runtime_error("corrupt stored claim event kind '" + kind + "'");
        by_claim[claim].push_back(
            {id, *parsed, to_date(on), Money::ore(amount), to_optional_id(source, source_ind), note, by, at});
    }
}

std::vector<Claim> claims_where(soci::session& sql, const std::string& where, long long value) {
    long long id = 0, family = 0, child = 0, posting = 0, amount = 0;
    int year = 0;
    std::string issued, due;
    soci::indicator posting_ind = soci::i_ok;
    soci::statement st = (sql.prepare << "SELECT c.id, c.family_id, c.child_id, c.year, c.ledger_posting_id,"
                                         " c.amount_ore, c.issued_on, c.due_on FROM claims c " +
                                             where + " ORDER BY c.id",
                          soci::into(id), soci::into(family), soci::into(child), soci::into(year),
                          soci::into(posting, posting_ind), soci::into(amount), soci::into(issued), soci::into(due),
                          soci::use(value));
    st.execute();
    std::vector<Claim> claims;
    while (st.fetch())
        claims.push_back({id, family, child, year, to_optional_id(posting, posting_ind), Money::ore(amount),
                          to_date(issued), to_date(due), fi_payment_id(id), {}});
    std::map<Id, std::vector<ClaimEvent>> events;
    events_where(sql, where, value, events);
    for (auto& c : claims) c.events = std::move(events[c.id]);
    return claims;
}

std::vector<Receipt> receipts_where(soci::session& sql, const std::string& where, long long value) {
    long long id = 0, file = 0, amount = 0, assigned = 0;
    std::string ref, booked, reference, payer;
    soci::statement st =
        (sql.prepare << "SELECT r.id, r.camt_file_id, r.entry_ref, r.booked_on, r.amount_ore, r.reference,"
                        " r.payer_name, COALESCE((SELECT SUM(e.amount_ore) FROM claim_events e"
                        " WHERE e.kind = 'payment' AND e.source_id = r.id), 0) FROM receipts r " +
                            where + " ORDER BY r.id",
         soci::into(id), soci::into(file), soci::into(ref), soci::into(booked), soci::into(amount),
         soci::into(reference), soci::into(payer), soci::into(assigned), soci::use(value));
    st.execute();
    std::vector<Receipt> out;
    while (st.fetch()) {
        Receipt r;
        r.id = id;
        r.camt_file_id = file;
        r.payment = {0, ref, to_date(booked), Money::ore(amount), reference, payer};
        r.assigned = Money::ore(assigned);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

void insert_claims(soci::session& sql, const std::vector<NewClaim>& claims, const std::string& at,
                   const std::string& by, RowSeals& written) {
    for (const auto& c : claims) {
        long long family = c.family_id, child = c.child_id, reconciliation = c.reconciliation_id,
                  posting = c.ledger_posting_id.value_or(0), amount = c.amount.ore();
        soci::indicator posting_ind = c.ledger_posting_id ? soci::i_ok : soci::i_null;
        std::string issued = iso(c.issued), due = iso(c.due);
        sql << "INSERT INTO claims (family_id, child_id, year, reconciliation_id, ledger_posting_id, amount_ore,"
               " issued_on, due_on, created_at, created_by) VALUES (:f, :c, :y, :r, :p, :a, :i, :d, :at, :by)",
            soci::use(family), soci::use(child), soci::use(c.year), soci::use(reconciliation),
            soci::use(posting, posting_ind), soci::use(amount), soci::use(issued), soci::use(due), soci::use(at),
            soci::use(by);
        seal_id(sql, written, sealed::claims, last_insert_id(sql, "claims"));
    }
}

std::vector<Claim> load_claims(soci::session& sql, std::optional<Id> family_id) {
    if (family_id) return claims_where(sql, "WHERE c.family_id = :v", *family_id);
    return claims_where(sql, "WHERE c.id > :v", 0);
}

std::optional<Claim> load_claim(soci::session& sql, Id claim_id) {
    auto found = claims_where(sql, "WHERE c.id = :v", claim_id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

Id append_claim_event(soci::session& sql, Id claim_id, const ClaimEvent& e, RowSeals& written) {
    long long claim = claim_id, amount = e.amount.ore(), source = e.source_id.value_or(0);
    soci::indicator source_ind = e.source_id ? soci::i_ok : soci::i_null;
    std::string kind = to_string(e.kind), on = iso(e.date);
    sql << "INSERT INTO claim_events (claim_id, kind, event_date, amount_ore, source_id, note, recorded_at,"
           " recorded_by) VALUES (:c, :k, :d, :a, :s, :n, :at, :by)",
        soci::use(claim), soci::use(kind), soci::use(on), soci::use(amount), soci::use(source, source_ind),
        soci::use(e.note), soci::use(e.recorded_at), soci::use(e.recorded_by);
    Id id = last_insert_id(sql, "claim_events");
    seal_id(sql, written, sealed::claim_events, id);
    return id;
}

bool camt_file_seen(soci::session& sql, const std::string& message_id, const std::string& sha256) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM camt_files WHERE message_id = :m OR sha256 = :s", soci::into(n),
        soci::use(message_id), soci::use(sha256);
    return n > 0;
}

std::vector<std::string> known_entry_refs(soci::session& sql, const std::vector<std::string>& entry_refs) {
    std::vector<std::string> known;
    for (const auto& ref : entry_refs) {
        long long n = 0;
        sql << "SELECT COUNT(*) FROM receipts WHERE entry_ref = :r", soci::into(n), soci::use(ref);
        if (n > 0) known.push_back(ref);
    }
    return known;
}

Id insert_camt_file(soci::session& sql, const std::string& message_id, const std::string& sha256, long long entries,
                    Money total, const std::string& at, const std::string& by, RowSeals& written) {
    long long total_ore = total.ore();
    sql << "INSERT INTO camt_files (message_id, sha256, entries, total_ore, imported_at, imported_by)"
           " VALUES (:m, :s, :e, :t, :at, :by)",
        soci::use(message_id), soci::use(sha256), soci::use(entries), soci::use(total_ore), soci::use(at),
        soci::use(by);
    Id id = last_insert_id(sql, "camt_files");
    seal_id(sql, written, sealed::camt_files, id);
    return id;
}

Id insert_receipt(soci::session& sql, Id camt_file_id, const IncomingPayment& p, RowSeals& written) {
    long long file = camt_file_id, amount = p.amount.ore();
    std::string booked = iso(p.booked);
    sql << "INSERT INTO receipts (camt_file_id, entry_ref, booked_on, amount_ore, reference, payer_name)"
           " VALUES (:f, :r, :b, :a, :ref, :p)",
        soci::use(file), soci::use(p.entry_ref), soci::use(booked), soci::use(amount), soci::use(p.reference),
        soci::use(p.payer_name);
    Id id = last_insert_id(sql, "receipts");
    seal_id(sql, written, sealed::receipts, id);
    return id;
}

std::vector<Receipt> load_receipts(soci::session& sql, bool only_unassigned) {
    auto all = receipts_where(sql, "WHERE r.id > :v", 0);
    if (only_unassigned) std::erase_if(all, [](const Receipt& r) { return r.left() == Money(); });
    return all;
}

std::optional<Receipt> load_receipt(soci::session& sql, Id receipt_id) {
    auto found = receipts_where(sql, "WHERE r.id = :v", receipt_id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::map<Id, std::vector<std::string>> payer_names(soci::session& sql) {
    std::map<Id, std::vector<std::string>> names;
    long long family = 0;
    std::string name;
    soci::statement st = (sql.prepare << "SELECT id, name FROM families UNION SELECT c.family_id, a.parent_name"
                                         " FROM lost_earnings_awards a JOIN children c ON c.id = a.child_id",
                          soci::into(family), soci::into(name));
    st.execute();
    while (st.fetch()) names[family].push_back(name);
    return names;
}

namespace {
const char* const kUnsettledSetOff =
    " l.kind = 'set_off' AND NOT EXISTS (SELECT 1 FROM claim_events e WHERE e.kind = 'set_off' AND e.source_id = l.id)";
} // namespace

std::map<Id, Money> pending_set_offs(soci::session& sql) {
    std::map<Id, Money> pending;
    long long child = 0, amount = 0;
    soci::statement st = (sql.prepare << std::string("SELECT l.child_id, SUM(-l.amount_ore) FROM payout_lines l"
                                                     " JOIN payout_runs r ON r.id = l.run_id WHERE r.status <> 'draft'"
                                                     " AND") + kUnsettledSetOff + " GROUP BY l.child_id",
                          soci::into(child), soci::into(amount));
    st.execute();
    while (st.fetch()) pending[child] = Money::ore(amount);
    return pending;
}

std::vector<SetOffLine> unsettled_set_off_lines(soci::session& sql, Id run_id) {
    std::vector<SetOffLine> lines;
    long long id = 0, family = 0, child = 0, amount = 0, run = run_id;
    soci::statement st = (sql.prepare << std::string("SELECT l.id, l.family_id, l.child_id, -l.amount_ore"
                                                     " FROM payout_lines l WHERE l.run_id = :run AND") +
                                             kUnsettledSetOff + " ORDER BY l.id",
                          soci::into(id), soci::into(family), soci::into(child), soci::into(amount), soci::use(run));
    st.execute();
    while (st.fetch()) lines.push_back({id, family, child, Money::ore(amount)});
    return lines;
}

void post_claim_set_off(soci::session& sql, const SetOffLine& line, Month month, Money amount,
                        const std::string& description, const std::string& at, const std::string& by,
                        RowSeals& written) {
    long long family = line.family_id, child = line.child_id, ore = amount.ore();
    std::string concerned = iso(month), kind = "claim_set_off";
    sql << "INSERT INTO ledger_postings (family_id, child_id, kind, month_concerned, amount_ore, description,"
           " posted_at, posted_by) VALUES (:f, :c, :k, :m, :a, :d, :at, :by)",
        soci::use(family), soci::use(child), soci::use(kind), soci::use(concerned), soci::use(ore),
        soci::use(description), soci::use(at), soci::use(by);
    seal_id(sql, written, sealed::ledger_postings, last_insert_id(sql, "ledger_postings"));
}

std::map<Id, Debtor> claim_debtors(soci::session& sql) {
    std::map<Id, Debtor> debtors;
    long long claim = 0;
    std::string name, cvr, child;
    soci::statement st = (sql.prepare << "SELECT c.id, f.name, f.cvr, k.name FROM claims c"
                                         " JOIN families f ON f.id = c.family_id JOIN children k ON k.id = c.child_id",
                          soci::into(claim), soci::into(name), soci::into(cvr), soci::into(child));
    st.execute();
    while (st.fetch()) debtors[claim] = {name, cvr, child};
    return debtors;
}

} // namespace hjt::store
