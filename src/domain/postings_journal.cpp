#include "domain/postings_journal.h"

#include "domain/errors.h"
#include "domain/line_kinds.h"

namespace hjt {

namespace {

const Account& account_of(const AccountMap& accounts, const std::string& kind) {
    auto found = accounts.find(kind);
    if (found == accounts.end())
        throw ValidationError("postings.properties:" + kind, Message{MessageCode::postings_account_missing, {kind}});
    return found->second;
}

class JournalWriter {
public:
    JournalWriter(const PayoutRun& run, const AccountMap& accounts) : run_(run), accounts_(accounts) {}

    // A signed amount on one side: a negative debit (an adjustment that takes
    // back) is posted as a credit, and the other way round.
    void post(const PayoutLine& line, const std::string& kind, Money amount, bool debit_side) {
        if (amount == Money{}) return;
        const bool debit = (amount > Money{}) == debit_side;
        const Money positive = amount > Money{} ? amount : -amount;
        entries_.push_back({run_.header.month, run_.header.id, line.family_id, kind, account(kind),
                            debit ? positive : Money{}, debit ? Money{} : positive, line.description});
    }
    std::vector<JournalEntry> take() { return std::move(entries_); }

private:
    const Account& account(const std::string& kind) const { return account_of(accounts_, kind); }

    const PayoutRun& run_;
    const AccountMap& accounts_;
    std::vector<JournalEntry> entries_;
};

void post_line(JournalWriter& w, const PayoutLine& line) {
    w.post(line, rules_of(line.kind).code, line.amount, true);
    if (!line.held_back.empty()) {
        w.post(line, "held_back", line.amount, false);
        return;
    }
    const Withholding& kept = line.withheld;
    w.post(line, "withheld_atp", kept.atp, false);
    w.post(line, "withheld_am_bidrag", kept.am_bidrag, false);
    w.post(line, "withheld_a_skat", kept.a_skat, false);
    w.post(line, "withheld_saved_costs", kept.saved_costs, false);
    w.post(line, "paid", line.amount - kept.total(), false);
}

// A movement as a double entry: `amount` debited on one kind, credited on the other.
void post_pair(std::vector<JournalEntry>& out, const AccountMap& accounts, Month month, Id family_id,
               const std::string& debit_kind, const std::string& credit_kind, Money amount, const std::string& line) {
    if (amount == Money{}) return;
    out.push_back({month, 0, family_id, debit_kind, account_of(accounts, debit_kind), amount, Money{}, line});
    out.push_back({month, 0, family_id, credit_kind, account_of(accounts, credit_kind), Money{}, amount, line});
}

// A claim's movement, its text naming the claim.
void post_claim_pair(std::vector<JournalEntry>& out, const AccountMap& accounts, Month month, const Claim& claim,
                     const std::string& debit_kind, const std::string& credit_kind, Money amount,
                     const std::string& text) {
    post_pair(out, accounts, month, claim.family_id, debit_kind, credit_kind, amount,
              text + " (krav " + std::to_string(claim.id) + ")");
}

bool in_month(Date d, Month m) { return date::year_month_day{d}.year() == m.year() && date::year_month_day{d}.month() == m.month(); }

} // namespace

std::vector<JournalEntry> claims_journal(Month month, const std::vector<Claim>& claims,
                                         const std::vector<Receipt>& receipts, const AccountMap& accounts) {
    std::vector<JournalEntry> out;
    for (const auto& r : receipts)
        if (in_month(r.payment.booked, month))
            post_pair(out, accounts, month, 0, "receipt", "unassigned_receipt", r.payment.amount,
                      "Indbetaling modtaget (indbetaling " + std::to_string(r.id) + ", " + r.payment.entry_ref + ")");
    for (const auto& c : claims) {
        if (in_month(c.issued, month))
            post_claim_pair(out, accounts, month, c, "claim_receivable", "repayment_claim", c.claimed,
                            "Tilbagebetalingskrav " + std::to_string(c.year) + " rejst");
        for (const auto& e : c.events) {
            if (!in_month(e.date, month)) continue;
            if (e.kind == ClaimEventKind::payment)
                post_claim_pair(out, accounts, month, c, "unassigned_receipt", "claim_receivable", e.amount,
                                "Indbetaling " + std::to_string(e.source_id.value_or(0)) + " fordelt på krav");
            if (e.kind == ClaimEventKind::write_off_approved)
                for (const auto& prepared : c.events)
                    if (prepared.kind == ClaimEventKind::write_off_prepared && e.source_id == prepared.id)
                        post_claim_pair(out, accounts, month, c, "claim_written_off", "claim_receivable",
                                        prepared.amount, "Afskrivning af krav: " + prepared.note);
        }
    }
    return out;
}

std::vector<JournalEntry> run_journal(const PayoutRun& run, const AccountMap& accounts) {
    JournalWriter w(run, accounts);
    for (const auto& line : run.lines) post_line(w, line);
    return w.take();
}

JournalTotals journal_totals(const std::vector<JournalEntry>& entries) {
    JournalTotals t;
    for (const auto& e : entries) {
        t.debit += e.debit;
        t.credit += e.credit;
    }
    return t;
}

} // namespace hjt
