#include "store/audit_log.h"

#include <map>
#include <stdexcept>

#include "store/audit_key.h"
#include "store/batch_insert.h"
#include "store/books_check.h"
#include "store/row_cursor.h"
#include "store/sql_dialect.h"
#include "support/clock.h"
#include "support/sha256.h"

namespace hjt::store {

namespace {

// The hash before the first entry.
const std::string kGenesisHash(64, '0');

// Findings listed by verify; more are counted, not listed.
constexpr std::size_t kListedFindings = 50;

struct AuditEntry {
    Id id = 0;
    std::string at, actor, action, entity, entity_id, before, after, prev_hash, hash, rows_digest, mac;
};

// The canonical form of an entry: each field as "<byte length>:<bytes>;" in
// the fixed order id, at, actor, action, entity, entity_id, before, after,
// then rows_digest and mac when not empty (so entries from before schema 4,
// which have neither, keep their hashes). Length prefixes make it
// unambiguous: no choice of field contents can make two different entries
// produce the same text.
std::string canonical(const AuditEntry& e) {
    std::string out;
    for (const std::string& field :
         {std::to_string(e.id), e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after})
        out += std::to_string(field.size()) + ":" + field + ";";
    for (const std::string* field : {&e.rows_digest, &e.mac})
        if (!field->empty()) out += std::to_string(field->size()) + ":" + *field + ";";
    return out;
}

// hash = SHA-256(previous hash (64 hex characters) + canonical entry), as hex;
// a keyed entry: HMAC-SHA-256 of the same text under `key`.
std::string entry_hash(const AuditEntry& e, const std::optional<std::string>& key) {
    const std::string text = e.prev_hash + canonical(e);
    return e.mac.empty() ? support::sha256_hex(text) : support::hmac_sha256_hex(*key, text);
}

// An entry as bound for insert_rows, in audit_log's column order.
struct AuditRow {
    static constexpr std::size_t columns = 12;
    AuditEntry entry;
    void bind(soci::statement& st) {
        st.exchange(soci::use(entry.id));
        for (auto* v : {&entry.at, &entry.actor, &entry.action, &entry.entity, &entry.entity_id, &entry.before,
                        &entry.after, &entry.prev_hash, &entry.hash, &entry.rows_digest, &entry.mac})
            st.exchange(soci::use(*v));
    }
};

const char* kEntryColumns = "id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash,"
                            " rows_digest, mac";

// Collects findings: the first kListedFindings are listed, the rest counted.
struct Findings {
    AuditVerification& result;
    void operator()(std::string text) {
        result.ok = false;
        if (result.findings.size() < kListedFindings) result.findings.push_back(std::move(text));
        else ++result.more_findings;
    }
};

void check_anchor(const std::optional<AuditHead>& anchor, const std::optional<AuditHead>& anchored_entry,
                  Id last_id, Findings& finding) {
    const std::string n = std::to_string(anchor->sequence);
    if (!anchored_entry) {
        finding("ankeret nævner post " + n + ", men kæden ender ved post " + std::to_string(last_id) +
                " (poster er slettet: kæden er afkortet)");
    } else if (anchored_entry->hash != anchor->hash) {
        finding("hashen i post " + n + " er ikke ankerets (kæden er skrevet om frem til den forankrede post)");
    } else if (anchor->mac == kKeyedMac && anchored_entry->mac != kKeyedMac) {
        finding("den forankrede post " + n + " var nøglet (HMAC), men er det ikke længere");
    }
}

} // namespace

Id append_audit(soci::session& sql, const AuditChange& change, const RowSeals& written) {
    return append_audits(sql, {change}, written).front();
}

std::vector<Id> append_audits(soci::session& sql, const std::vector<AuditChange>& changes, const RowSeals& written) {
    if (changes.empty() && !written.empty())
        throw std::logic_error("rows of the books were written without an audit entry to cover them");
    Id last_id = 0;
    std::string last_hash;
    soci::indicator ind = soci::i_null;
    lock_audit_chain(sql);
    sql << "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(last_id), soci::into(last_hash, ind);
    // The id is part of the hashed entry, so it is chosen here rather than by
    // the database; two writers racing for the same id fail on the primary key
    // instead of forking the chain.
    Id id = ind == soci::i_ok ? last_id : 0;
    std::string prev_hash = ind == soci::i_ok ? last_hash : kGenesisHash;
    const std::optional<std::string>& key = audit_key();
    std::vector<AuditEntry> entries;
    for (const AuditChange& change : changes) {
        AuditEntry e{++id, support::utc_now(), change.actor, change.action, change.entity, change.entity_id,
                     change.before_json, change.after_json, prev_hash, "", "", key ? kKeyedMac : ""};
        if (entries.empty()) e.rows_digest = seals_digest(written.rows());
        e.hash = entry_hash(e, key);
        prev_hash = e.hash;
        entries.push_back(std::move(e));
    }
    insert_rows<AuditRow>(sql, std::string("INSERT INTO audit_log (") + kEntryColumns + ")", entries.size(),
                          [&](std::size_t i, AuditRow& row) { row.entry = entries[i]; });
    if (!entries.empty()) write_seals(sql, entries.front().id, written.rows());
    std::vector<Id> ids;
    for (const auto& e : entries) ids.push_back(e.id);
    return ids;
}

std::optional<AuditHead> audit_head(soci::session& sql) {
    AuditHead head;
    soci::indicator ind = soci::i_null;
    sql << "SELECT id, hash, at, mac FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(head.sequence, ind),
        soci::into(head.hash), soci::into(head.at), soci::into(head.mac);
    if (ind != soci::i_ok) return std::nullopt;
    return head;
}

AuditVerification verify_audit_chain(soci::session& sql, const std::optional<AuditHead>& anchor) {
    // Holding the chain's lock, no writer can commit sealed rows while they are
    // compared (each commits right after appending its entry), so on
    // PostgreSQL, where each statement sees the latest commits, the audit rows
    // and the books are read as of one moment. SQLite's read transaction is one snapshot.
    lock_audit_chain(sql);
    AuditVerification result;
    Findings finding{result};
    const std::optional<std::string>& key = audit_key();
    result.mode = key ? "HMAC-SHA-256" : "SHA-256";
    const std::map<Id, std::string> digests = read_seal_digests(sql);
    std::map<Id, std::string> writers;  // "entry N (approve payout_run 2026-04)" for entries that sealed rows
    std::optional<AuditHead> anchored_entry;

    AuditEntry e;
    RowCursor entries(sql, std::string("SELECT ") + kEntryColumns + " FROM audit_log ORDER BY id", [&](soci::statement& st) {
        st.exchange(soci::into(e.id));
        for (std::string* text : {&e.at, &e.actor, &e.action, &e.entity, &e.entity_id, &e.before, &e.after,
                                  &e.prev_hash, &e.hash, &e.rows_digest, &e.mac})
            st.exchange(soci::into(*text));
    });
    std::string expected_prev = kGenesisHash;
    std::optional<Id> previous_id, first_keyed;
    auto broken = [&](const std::string& reason) {
        result.ok = false;
        result.first_broken = e.id;
        result.reason = reason;
    };
    while (entries.fetch()) {
        ++result.entries;
        if (anchor && e.id == anchor->sequence) anchored_entry = AuditHead{e.id, e.hash, e.at, e.mac};
        auto digest = digests.find(e.id);
        if (digest != digests.end())
            writers[e.id] = "post " + std::to_string(e.id) + " (" + e.action + " " + e.entity + " " + e.entity_id + ")";
        if (!e.mac.empty()) {
            ++result.keyed_entries;
            if (!first_keyed) first_keyed = e.id;
        }
        if (result.first_broken) continue;  // keep counting: the report gives the total
        if (e.prev_hash != expected_prev) {
            broken(previous_id ? "prev_hash passer ikke med hashen i post " + std::to_string(*previous_id) +
                                     " (en post før den er ændret eller slettet)"
                               : "prev_hash i den første post er ikke starthashen (er poster før den "
                                 "slettet?)");
        } else if (e.mac.empty() && first_keyed) {
            broken("posten er ikke nøglet, selv om post " + std::to_string(*first_keyed) +
                   " før den er (skrevet uden nøglen eller skrevet om)");
        } else if (!e.mac.empty() && e.mac != kKeyedMac) {
            broken("ukendt hash-type '" + e.mac + "'");
        } else if (!e.mac.empty() && !key) {
            broken("posten er nøglet (HMAC-SHA-256); kontrollen kræver nøglefilen (hjt.audit.key_file)");
        } else if ((digest == digests.end() ? std::string() : digest->second) != e.rows_digest) {
            broken("de rækker i regnskabet, som posten skrev (audit_rows), er ændret eller slettet");
        } else if (entry_hash(e, key) != e.hash) {
            broken("hashen passer ikke med postens indhold (posten er ændret)");
        }
        expected_prev = e.hash;
        previous_id = e.id;
    }
    // Seals of an entry that is not there: the entries that wrote them were deleted.
    for (const auto& [audit_id, digest] : digests)
        if (!writers.count(audit_id))
            finding("audit_rows nævner post " + std::to_string(audit_id) +
                    ", som ikke er i revisionssporet (poster er slettet)");
    auto writer = [&](Id audit_id) {
        auto found = writers.find(audit_id);
        return found != writers.end() ? found->second : "post " + std::to_string(audit_id) + " (slettet)";
    };
    result.rows_checked = check_books(sql, writer, finding);
    if (anchor) check_anchor(anchor, anchored_entry, previous_id.value_or(0), finding);
    return result;
}

} // namespace hjt::store
