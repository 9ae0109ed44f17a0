#include "store/payout_store.h"

#include "domain/danish_format.h"
#include "domain/errors.h"
#include "store/batch_insert.h"
#include "store/payout_columns.h"
#include "store/sql_dialect.h"
#include "support/sha256.h"

namespace hjt::store {
using namespace payout_columns;

namespace {

std::vector<Month> months_of_text(const std::string& text) {
    std::vector<Month> months;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = std::min(text.find(',', at), text.size());
        months.push_back(to_month(text.substr(at, end - at)));
        at = end + 1;
    }
    return months;
}

// Calls `each` with every payee row `where` selects (one bound parameter) and its run's month.
template <class Param, class Each>
void for_each_payee(soci::session& sql, const std::string& where, Param param, Each each) {
    long long family_id = 0, award_id = 0;
    std::string payee, name, cvr, reg_no, account_no, parent_name, month;
    soci::indicator award_ind = soci::i_null, reg_ind = soci::i_null, account_ind = soci::i_null;
    soci::statement st =
        (sql.prepare << "SELECT p.payee, p.family_id, p.award_id, p.name, p.cvr, p.reg_no, p.account_no,"
                        " p.parent_name, r.month FROM payout_payees p JOIN payout_runs r ON r.id = p.run_id " + where,
         soci::into(payee), soci::into(family_id), soci::into(award_id, award_ind), soci::into(name), soci::into(cvr),
         soci::into(reg_no, reg_ind), soci::into(account_no, account_ind), soci::into(parent_name),
         soci::into(month), soci::use(param));
    st.execute();
    while (st.fetch()) {
        auto kind = parse_payee(payee);
        if (!kind) throw std::runtime_error("corrupt payee '" + payee + "'");
        each(RunPayee{*kind, family_id, to_optional_id(award_id, award_ind), name, cvr,
                      to_bank_account(reg_no, reg_ind, account_no, account_ind), parent_name},
             month);
    }
}

// The runs `where` selects (one bound parameter at most), in month order.
template <class... Param>
std::vector<PayoutRunHeader> select_runs(soci::session& sql, const std::string& where, Param... param) {
    long long id = 0, total = 0, line_count = 0, held = 0;
    std::string month, status, prepared_by, prepared_at, approved_by, approved_at, paid_by, paid_at, hash, catch_up;
    soci::indicator approved_by_ind = soci::i_null, approved_at_ind = soci::i_null, paid_by_ind = soci::i_null,
                    paid_at_ind = soci::i_null;
    soci::statement st =
        ((sql.prepare << "SELECT id, month, status, prepared_by, prepared_at, approved_by, approved_at, paid_by,"
                         " paid_at, total_ore, line_count, content_hash, catch_up_months,"
                         " (SELECT COALESCE(SUM(l.amount_ore), 0) FROM payout_lines l"
                         "  WHERE l.run_id = payout_runs.id AND l.held_back <> '')"
                         " FROM payout_runs " + where + " ORDER BY month",
          soci::into(id), soci::into(month), soci::into(status), soci::into(prepared_by), soci::into(prepared_at),
          soci::into(approved_by, approved_by_ind), soci::into(approved_at, approved_at_ind),
          soci::into(paid_by, paid_by_ind), soci::into(paid_at, paid_at_ind), soci::into(total),
          soci::into(line_count), soci::into(hash), soci::into(catch_up), soci::into(held)),
         ..., soci::use(param));
    st.execute();
    std::vector<PayoutRunHeader> runs;
    while (st.fetch()) {
        auto parsed = parse_run_status(status);
        if (!parsed) throw std::runtime_error("corrupt run status '" + status + "'");
        runs.push_back(PayoutRunHeader{id, to_month(month), *parsed, prepared_by, prepared_at,
                                       to_optional_text(approved_by, approved_by_ind),
                                       to_optional_text(approved_at, approved_at_ind),
                                       to_optional_text(paid_by, paid_by_ind), to_optional_text(paid_at, paid_at_ind),
                                       Money::ore(total), line_count, Money::ore(held), hash,
                                       months_of_text(catch_up)});
    }
    return runs;
}

std::vector<PayoutLine> load_lines(soci::session& sql, Id run_id) {
    long long family_id = 0, child_id = 0, expense_id = 0, amount = 0, computed = 0, award_id = 0, atp = 0, am = 0,
              a_skat = 0, saved = 0, released_id = 0;
    int capped = 0;
    std::string kind, concerned, description, held_back, released_month;
    soci::indicator child_ind = soci::i_ok, expense_ind = soci::i_ok, award_ind = soci::i_ok,
                    released_ind = soci::i_ok, released_month_ind = soci::i_ok;
    soci::statement st =
        (sql.prepare << "SELECT l.family_id, l.child_id, l.kind, l.month_concerned, l.expense_id, l.amount_ore,"
                        " l.computed_ore, l.capped, l.description, l.award_id, l.atp_ore, l.am_bidrag_ore,"
                        " l.a_skat_ore, l.saved_costs_ore, l.held_back, l.released_line_id, hr.month"
                        " FROM payout_lines l LEFT JOIN payout_lines h ON h.id = l.released_line_id"
                        " LEFT JOIN payout_runs hr ON hr.id = h.run_id WHERE l.run_id = :run ORDER BY l.seq",
         soci::into(family_id), soci::into(child_id, child_ind), soci::into(kind), soci::into(concerned),
         soci::into(expense_id, expense_ind), soci::into(amount), soci::into(computed), soci::into(capped),
         soci::into(description), soci::into(award_id, award_ind), soci::into(atp), soci::into(am),
         soci::into(a_skat), soci::into(saved), soci::into(held_back), soci::into(released_id, released_ind),
         soci::into(released_month, released_month_ind), soci::use(run_id));
    st.execute();
    std::vector<PayoutLine> lines;
    while (st.fetch()) {
        auto line_kind = parse_line_kind(kind);
        if (!line_kind) throw std::runtime_error("corrupt line kind '" + kind + "'");
        lines.push_back(PayoutLine{family_id, child_ind == soci::i_ok ? child_id : 0, *line_kind,
                                   to_month(concerned), to_optional_id(expense_id, expense_ind),
                                   Money::ore(amount), Money::ore(computed), capped != 0, description,
                                   to_optional_id(award_id, award_ind),
                                   Withholding{Money::ore(atp), Money::ore(am), Money::ore(a_skat), Money::ore(saved)},
                                   held_back, to_optional_id(released_id, released_ind),
                                   released_month_ind == soci::i_ok ? std::optional(to_month(released_month))
                                                                    : std::nullopt});
    }
    return lines;
}

std::vector<RunPayee> load_payees(soci::session& sql, Id run_id) {
    std::vector<RunPayee> payees;
    for_each_payee(sql, "WHERE p.run_id = :run ORDER BY p.seq", run_id,
                   [&](const RunPayee& p, const std::string&) { payees.push_back(p); });
    return payees;
}

std::vector<PayoutFlag> load_flags(soci::session& sql, Id run_id) {
    long long family_id = 0, child_id = 0;
    std::string code, message;
    soci::indicator child_ind = soci::i_ok;
    soci::statement st = (sql.prepare << "SELECT family_id, child_id, code, message FROM payout_flags"
                                         " WHERE run_id = :run ORDER BY seq",
                          soci::into(family_id), soci::into(child_id, child_ind), soci::into(code),
                          soci::into(message), soci::use(run_id));
    st.execute();
    std::vector<PayoutFlag> flags;
    while (st.fetch()) {
        auto flag_code = parse_flag_code(code);
        if (!flag_code) throw std::runtime_error("corrupt flag code '" + code + "'");
        flags.push_back(PayoutFlag{family_id, to_optional_id(child_id, child_ind), *flag_code, message});
    }
    return flags;
}

// The line's identity beyond (family, child, kind, month concerned).
std::string source_ref_of(const PayoutLine& l) {
    if (l.expense_id) return "expense:" + std::to_string(*l.expense_id);
    if (l.released_line_id) return "release:" + std::to_string(*l.released_line_id);
    if (l.award_id) return "award:" + std::to_string(*l.award_id);
    return "";
}

// A payout line's columns as bound. seq is its place in the run (1, 2, ...):
// lines and flags are read back in that order, which the content hash is over,
// whatever ids the database hands out for a multi-row insert.
struct LineRow {
    static constexpr std::size_t columns = 19;
    long long run_id = 0, seq = 0, family_id = 0, child_id = 0, amount = 0, computed = 0, expense_id = 0,
              award_id = 0, atp = 0, am = 0, a_skat = 0, saved = 0, released_id = 0;
    int capped = 0;
    std::string kind, concerned, source_ref, description, held_back;
    soci::indicator expense_ind = soci::i_null, award_ind = soci::i_null, released_ind = soci::i_null;

    void bind(soci::statement& st) {
        for (auto* v : {&run_id, &seq, &family_id, &child_id}) st.exchange(soci::use(*v));
        for (auto* v : {&kind, &concerned, &source_ref}) st.exchange(soci::use(*v));
        for (auto* v : {&amount, &computed}) st.exchange(soci::use(*v));
        st.exchange(soci::use(capped));
        st.exchange(soci::use(description));
        st.exchange(soci::use(expense_id, expense_ind));
        st.exchange(soci::use(award_id, award_ind));
        for (auto* v : {&atp, &am, &a_skat, &saved}) st.exchange(soci::use(*v));
        st.exchange(soci::use(held_back));
        st.exchange(soci::use(released_id, released_ind));
    }
};

void insert_lines(soci::session& sql, Id run_id, const std::vector<PayoutLine>& lines, const LineWritten& written) {
    std::size_t reported = 0;
    insert_rows<LineRow>(
        sql,
        "INSERT INTO payout_lines (run_id, seq, family_id, child_id, kind, month_concerned, source_ref, amount_ore,"
        " computed_ore, capped, description, expense_id, award_id, atp_ore, am_bidrag_ore, a_skat_ore,"
        " saved_costs_ore, held_back, released_line_id)",
        lines.size(),
        [&](std::size_t i, LineRow& row) {
            const PayoutLine& l = lines[i];
            row.run_id = run_id;
            row.seq = static_cast<long long>(i + 1);
            row.family_id = l.family_id;
            row.child_id = l.child_id;
            row.kind = to_string(l.kind);
            row.concerned = iso(l.month_concerned);
            row.source_ref = source_ref_of(l);
            row.amount = l.amount.ore();
            row.computed = l.computed.ore();
            row.capped = l.capped ? 1 : 0;
            row.description = l.description;
            row.expense_id = l.expense_id.value_or(0);
            row.expense_ind = l.expense_id ? soci::i_ok : soci::i_null;
            row.award_id = l.award_id.value_or(0);
            row.award_ind = l.award_id ? soci::i_ok : soci::i_null;
            row.atp = l.withheld.atp.ore();
            row.am = l.withheld.am_bidrag.ore();
            row.a_skat = l.withheld.a_skat.ore();
            row.saved = l.withheld.saved_costs.ore();
            row.held_back = l.held_back;
            row.released_id = l.released_line_id.value_or(0);
            row.released_ind = l.released_line_id ? soci::i_ok : soci::i_null;
        },
        // Line by line, as before: the caller sees every count from 1 to the total.
        [&](std::size_t done) {
            if (!written) return;
            while (reported < done) written(++reported, lines.size());
        });
}

struct FlagRow {
    static constexpr std::size_t columns = 6;
    long long run_id = 0, seq = 0, family_id = 0, child_id = 0;
    std::string code, message;
    soci::indicator child_ind = soci::i_null;

    void bind(soci::statement& st) {
        for (auto* v : {&run_id, &seq, &family_id}) st.exchange(soci::use(*v));
        st.exchange(soci::use(child_id, child_ind));
        st.exchange(soci::use(code));
        st.exchange(soci::use(message));
    }
};

void insert_flags(soci::session& sql, Id run_id, const std::vector<PayoutFlag>& flags) {
    insert_rows<FlagRow>(sql, "INSERT INTO payout_flags (run_id, seq, family_id, child_id, code, message)",
                         flags.size(), [&](std::size_t i, FlagRow& row) {
                             const PayoutFlag& f = flags[i];
                             row.run_id = run_id;
                             row.seq = static_cast<long long>(i + 1);
                             row.family_id = f.family_id;
                             row.child_id = f.child_id.value_or(0);
                             row.child_ind = f.child_id ? soci::i_ok : soci::i_null;
                             row.code = to_string(f.code);
                             row.message = f.message;
                         });
}

struct PayeeRow {
    static constexpr std::size_t columns = 10;
    long long run_id = 0, seq = 0, family_id = 0, award_id = 0;
    std::string payee, name, cvr, reg_no, account_no, parent_name;
    soci::indicator award_ind = soci::i_null, account_ind = soci::i_null;

    void bind(soci::statement& st) {
        for (auto* v : {&run_id, &seq}) st.exchange(soci::use(*v));
        st.exchange(soci::use(payee));
        st.exchange(soci::use(family_id));
        st.exchange(soci::use(award_id, award_ind));
        for (auto* v : {&name, &cvr}) st.exchange(soci::use(*v));
        st.exchange(soci::use(reg_no, account_ind));
        st.exchange(soci::use(account_no, account_ind));
        st.exchange(soci::use(parent_name));
    }
};

void insert_payees(soci::session& sql, Id run_id, const std::vector<RunPayee>& payees) {
    insert_rows<PayeeRow>(sql,
                          "INSERT INTO payout_payees (run_id, seq, payee, family_id, award_id, name, cvr, reg_no,"
                          " account_no, parent_name)",
                          payees.size(), [&](std::size_t i, PayeeRow& row) {
                              const RunPayee& p = payees[i];
                              row.run_id = run_id;
                              row.seq = static_cast<long long>(i + 1);
                              row.payee = to_string(p.payee);
                              row.family_id = p.family_id;
                              row.award_id = p.award_id.value_or(0);
                              row.award_ind = p.award_id ? soci::i_ok : soci::i_null;
                              row.name = p.name;
                              row.cvr = p.cvr;
                              row.reg_no = p.account ? p.account->reg_no : "";
                              row.account_no = p.account ? p.account->account_no : "";
                              row.account_ind = p.account ? soci::i_ok : soci::i_null;
                              row.parent_name = p.parent_name;
                          });
}

// Runs an UPDATE/INSERT and returns how many rows it touched.
template <class... Uses>
long long affected(soci::session& sql, const std::string& query, Uses&&... uses) {
    soci::statement st = ((sql.prepare << query), ..., std::forward<Uses>(uses));
    st.execute(true);
    return st.get_affected_rows();
}

} // namespace

std::optional<PayoutRunHeader> find_payout_run(soci::session& sql, Month month) {
    auto runs = select_runs(sql, "WHERE month = :month", iso(month));
    if (runs.empty()) return std::nullopt;
    return runs.front();
}

std::optional<PayoutRunHeader> find_payout_run(soci::session& sql, Id run_id) {
    auto runs = select_runs(sql, "WHERE id = :id", static_cast<long long>(run_id));
    if (runs.empty()) return std::nullopt;
    return runs.front();
}

std::vector<PayoutRunHeader> list_payout_runs(soci::session& sql) { return select_runs(sql, ""); }

std::optional<Month> latest_approved_month(soci::session& sql) {
    std::string month;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(month) FROM payout_runs WHERE status <> 'draft'", soci::into(month, ind);
    if (ind != soci::i_ok) return std::nullopt;
    return to_month(month);
}

PayoutRun load_payout_run(soci::session& sql, Month month) {
    auto header = find_payout_run(sql, month);
    if (!header) throw NotFound(Message{MessageCode::run_not_prepared, {danish_month(month)}});
    return PayoutRun{*header, load_lines(sql, header->id), load_flags(sql, header->id), load_payees(sql, header->id)};
}

std::string content_hash(const PayoutRun& run) {
    // Unit and record separators cannot occur in the fields, so the text is unambiguous.
    std::string text;
    auto field = [&text](const std::string& value) { text += value + '\x1f'; };
    auto optional_id = [](const std::optional<Id>& id) { return id ? std::to_string(*id) : ""; };
    for (const auto& l : run.lines) {
        field("line");
        field(std::to_string(l.family_id));
        field(std::to_string(l.child_id));
        field(to_string(l.kind));
        field(iso(l.month_concerned));
        field(optional_id(l.expense_id));
        field(std::to_string(l.amount.ore()));
        field(std::to_string(l.computed.ore()));
        field(l.capped ? "1" : "0");
        field(l.description);
        field(optional_id(l.award_id));
        for (Money withheld : {l.withheld.atp, l.withheld.am_bidrag, l.withheld.a_skat})
            field(std::to_string(withheld.ore()));
        // Only when there are any, so the hash of a run from before saved costs stays what it was.
        if (l.withheld.saved_costs != Money{}) field("saved " + std::to_string(l.withheld.saved_costs.ore()));
        field(l.held_back);
        field(optional_id(l.released_line_id));
        text += '\x1e';
    }
    for (const auto& f : run.flags) {
        field("flag");
        field(std::to_string(f.family_id));
        field(optional_id(f.child_id));
        field(to_string(f.code));
        field(f.message);
        text += '\x1e';
    }
    // Who is paid: the approval covers the accounts, not only the amounts.
    for (const auto& p : run.payees) {
        field("payee");
        field(to_string(p.payee));
        field(std::to_string(p.family_id));
        field(optional_id(p.award_id));
        field(p.name);
        field(p.cvr);
        field(p.account ? p.account->reg_no : "");
        field(p.account ? p.account->account_no : "");
        field(p.parent_name);
        text += '\x1e';
    }
    field("catch-up");
    field(settled_months_text(run.header.catch_up_months));
    return support::sha256_hex(text);
}

std::string stored_settled_months(soci::session& sql, Id run_id) {
    std::string text;
    sql << "SELECT settled_months FROM payout_runs WHERE id = :id", soci::into(text), soci::use(run_id);
    return text;
}

Id store_draft_run(soci::session& sql, const PayoutRun& run, const std::string& settled_months,
                   const LineWritten& line_written) {
    check_header_matches_lines(run);  // the header written beside the lines and their hash must add up
    const PayoutRunHeader& header = run.header;
    std::string month = iso(header.month);
    std::string catch_up = settled_months_text(header.catch_up_months);
    long long total = header.total.ore();
    long long count = static_cast<long long>(run.lines.size());
    Id run_id = header.id;
    if (run_id == 0) {
        sql << "INSERT INTO payout_runs (month, status, prepared_by, prepared_at, total_ore, line_count,"
               " content_hash, settled_months, catch_up_months)"
               " VALUES (:month, 'draft', :by, :at, :total, :count, :hash, :settled, :catch_up)",
            soci::use(month), soci::use(header.prepared_by), soci::use(header.prepared_at), soci::use(total),
            soci::use(count), soci::use(header.content_hash), soci::use(settled_months), soci::use(catch_up);
        run_id = last_insert_id(sql, "payout_runs");
    } else {
        long long updated = affected(sql,
                                     "UPDATE payout_runs SET prepared_by = :by, prepared_at = :at, total_ore = :total,"
                                     " line_count = :count, content_hash = :hash, settled_months = :settled,"
                                     " catch_up_months = :catch_up WHERE id = :id AND status = 'draft'",
                                     soci::use(header.prepared_by), soci::use(header.prepared_at), soci::use(total),
                                     soci::use(count), soci::use(header.content_hash), soci::use(settled_months),
                                     soci::use(catch_up), soci::use(run_id));
        if (updated != 1) throw Conflict(Message{MessageCode::run_no_longer_draft, {month}});
        sql << "DELETE FROM payout_lines WHERE run_id = :id", soci::use(run_id);
        sql << "DELETE FROM payout_flags WHERE run_id = :id", soci::use(run_id);
        sql << "DELETE FROM payout_payees WHERE run_id = :id", soci::use(run_id);
    }
    insert_lines(sql, run_id, run.lines, line_written);
    insert_flags(sql, run_id, run.flags);
    insert_payees(sql, run_id, run.payees);
    return run_id;
}

long long approve_run(soci::session& sql, Id run_id, const std::string& by, const std::string& at) {
    if (affected(sql,
                 "UPDATE payout_runs SET status = 'approved', approved_by = :by, approved_at = :at"
                 " WHERE id = :id AND status = 'draft'",
                 soci::use(by), soci::use(at), soci::use(run_id)) != 1)
        throw Conflict(Message{MessageCode::run_status_changed, {}});
    long long posted = affected(
        sql,
        "INSERT INTO ledger_postings (family_id, child_id, run_id, line_id, kind, month_concerned, amount_ore,"
        " description, posted_at, posted_by)"
        " SELECT family_id, child_id, run_id, id, kind, month_concerned, amount_ore, description, :at, :by"
        " FROM payout_lines WHERE run_id = :run AND amount_ore <> 0 AND held_back = '' ORDER BY seq",
        soci::use(at), soci::use(by), soci::use(run_id));

    long long expense_lines = 0;
    sql << "SELECT COUNT(*) FROM payout_lines WHERE run_id = :run AND expense_id IS NOT NULL",
        soci::into(expense_lines), soci::use(run_id);
    long long marked = affected(sql,
                                "UPDATE expenses SET paid_run_id = :run WHERE paid_run_id IS NULL AND id IN"
                                " (SELECT expense_id FROM payout_lines WHERE run_id = :run2 AND expense_id IS NOT NULL)",
                                soci::use(run_id), soci::use(run_id));
    if (marked != expense_lines)
        throw Conflict(Message{MessageCode::run_expense_paid_elsewhere, {}});
    return posted;
}

void mark_run_paid(soci::session& sql, Id run_id, const std::string& by, const std::string& at) {
    if (affected(sql,
                 "UPDATE payout_runs SET status = 'paid', paid_by = :by, paid_at = :at"
                 " WHERE id = :id AND status = 'approved'",
                 soci::use(by), soci::use(at), soci::use(run_id)) != 1)
        throw Conflict(Message{MessageCode::run_status_changed, {}});
}

std::map<Id, std::vector<OwedLine>> owed_lines(soci::session& sql, std::optional<Id> family_id) {
    long long line_id = 0, family = 0, child_id = 0, amount = 0, award_id = 0, atp = 0, am = 0, a_skat = 0, saved = 0;
    std::string run_month, kind, concerned, description, held_back;
    soci::indicator child_ind = soci::i_ok, award_ind = soci::i_ok;
    long long only = family_id.value_or(0);
    int all = family_id ? 0 : 1;
    // Held back by an approved run, and named by no line of an approved run since.
    soci::statement st =
        (sql.prepare << "SELECT l.id, r.month, l.family_id, l.child_id, l.kind, l.month_concerned, l.amount_ore,"
                        " l.description, l.award_id, l.atp_ore, l.am_bidrag_ore, l.a_skat_ore, l.saved_costs_ore, l.held_back"
                        " FROM payout_lines l JOIN payout_runs r ON r.id = l.run_id"
                        " WHERE r.status <> 'draft' AND l.held_back <> '' AND l.amount_ore <> 0"
                        " AND (l.family_id = :family OR 1 = :all) AND NOT EXISTS"
                        " (SELECT 1 FROM payout_lines x JOIN payout_runs xr ON xr.id = x.run_id"
                        "  WHERE x.released_line_id = l.id AND xr.status <> 'draft')"
                        " ORDER BY r.month, l.seq",
         soci::into(line_id), soci::into(run_month), soci::into(family), soci::into(child_id, child_ind),
         soci::into(kind), soci::into(concerned), soci::into(amount), soci::into(description),
         soci::into(award_id, award_ind), soci::into(atp), soci::into(am), soci::into(a_skat), soci::into(saved),
         soci::into(held_back), soci::use(only), soci::use(all));
    st.execute();
    std::map<Id, std::vector<OwedLine>> owed;
    while (st.fetch()) {
        auto line_kind = parse_line_kind(kind);
        if (!line_kind) throw std::runtime_error("corrupt line kind '" + kind + "'");
        PayoutLine line = uncapped_line(family, child_ind == soci::i_ok ? child_id : 0, *line_kind, to_month(concerned),
                                        Money::ore(amount), description);
        line.award_id = to_optional_id(award_id, award_ind);
        line.withheld = Withholding{Money::ore(atp), Money::ore(am), Money::ore(a_skat), Money::ore(saved)};
        line.held_back = held_back;
        owed[family].push_back(OwedLine{line_id, to_month(run_month), std::move(line)});
    }
    return owed;
}

std::map<Id, std::vector<RunPayee>> last_approved_payees(soci::session& sql, Month before) {
    // Oldest run first, so each family ends with the payees of its latest run.
    std::map<Id, std::pair<std::string, std::vector<RunPayee>>> latest;
    for_each_payee(sql, "WHERE r.status <> 'draft' AND r.month < :month ORDER BY r.month, p.seq", iso(before),
                   [&](const RunPayee& p, const std::string& month) {
                       auto& [run_month, payees] = latest[p.family_id];
                       if (run_month != month) payees.clear();
                       run_month = month;
                       payees.push_back(p);
                   });
    std::map<Id, std::vector<RunPayee>> out;
    for (auto& [family, entry] : latest) out[family] = std::move(entry.second);
    return out;
}

} // namespace hjt::store
