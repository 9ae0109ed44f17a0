#include "domain/postings_journal.h"

#include "domain/errors.h"
#include "domain/line_kinds.h"

namespace hjt {

namespace {

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
    const Account& account(const std::string& kind) const {
        auto found = accounts_.find(kind);
        if (found == accounts_.end())
            throw ValidationError("postings.properties:" + kind,
                                  "kontoplanen mangler en konto for posteringsarten '" + kind + "'");
        return found->second;
    }

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

} // namespace

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
