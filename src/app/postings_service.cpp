#include "app/postings_service.h"

#include <filesystem>

#include "app/config_loader.h"
#include "app/payout_service.h"
#include "app/permissions.h"
#include "domain/csv.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/invariant.h"
#include "domain/line_kinds.h"
#include "store/claims_store.h"

namespace hjt::app {

namespace {

// "1234,56": no thousands dots, so the financial system's import reads a number.
std::string csv_amount(Money m) {
    std::string text = format_amount(m);
    std::erase(text, '.');
    return text;
}

std::string journal_csv(const std::vector<JournalEntry>& entries) {
    std::string csv = csv_record({"måned", "kørsel", "familie", "art", "funktion", "kontoart", "debet", "kredit", "tekst"});
    for (const auto& e : entries)
        csv += csv_record({iso(e.month), std::to_string(e.run_id), std::to_string(e.family_id), e.kind,
                           e.account.function, e.account.type, csv_amount(e.debit), csv_amount(e.credit), e.text});
    return csv;
}

// The line kinds' net must be the run's total: the journal ties to what was approved.
void check_ties(const std::vector<JournalEntry>& entries, const PayoutRunHeader& run) {
    Money lines;
    for (LineKind k : kAllLineKinds)
        for (const auto& e : entries)
            if (e.kind == rules_of(k).code) lines += e.debit - e.credit;
    const auto totals = journal_totals(entries);
    if (lines != run.total || totals.debit != totals.credit)
        throw InvariantBroken("postings journal of run " + std::to_string(run.id) + " does not tie: lines " +
                              format_kroner(lines) + ", run " + format_kroner(run.total));
}

} // namespace

AccountMap load_account_map(const std::string& config_dir) {
    const auto props = read_properties((std::filesystem::path(config_dir) / "postings.properties").string());
    AccountMap accounts;
    for (const auto& [key, value] : props) {
        const auto last = key.rfind('.');
        if (key.rfind("postings.", 0) != 0 || last <= 9) continue;
        const std::string kind = key.substr(9, last - 9);
        (key.substr(last + 1) == "function" ? accounts[kind].function : accounts[kind].type) = value;
    }
    for (const auto& [kind, account] : accounts)
        if (account.function.empty() || account.type.empty())
            throw ValidationError("postings.properties:postings." + kind + (account.function.empty() ? ".function" : ".type"),
                                  Message{MessageCode::postings_account_incomplete, {kind}});
    return accounts;
}

PostingsJournal postings_journal(soci::session& sql, const User& actor, Month month, const AccountMap& accounts) {
    require_permission(actor, Operation::read_books);
    const PayoutRun run = load_payout_run(sql, month);
    if (run.header.status == RunStatus::draft)
        throw ValidationError("month", Message{MessageCode::postings_run_not_approved, {danish_month(month)}});
    auto entries = run_journal(run, accounts);
    const auto claims = claims_journal(month, store::load_claims(sql), store::load_receipts(sql, false), accounts);
    entries.insert(entries.end(), claims.begin(), claims.end());
    check_ties(entries, run.header);
    PostingsJournal j{month, run.header.id, run.header.total, journal_totals(entries), journal_csv(entries),
                      static_cast<long long>(entries.size())};
    for (const auto& e : claims) {
        if (e.kind == "repayment_claim") j.claims_raised += e.credit;
        if (e.kind == "receipt") j.received += e.debit;
        if (e.kind == "unassigned_receipt") j.unassigned_change += e.credit - e.debit;
        if (e.kind == "claim_written_off") j.written_off += e.debit;
    }
    return j;
}

} // namespace hjt::app
