#include "payout_register.h"

#include "payout_domain_fixtures.h"
#include "store/register_repository.h"
#include "test_actor.h"

namespace hjt::test {
namespace {

// The n-th valid CVR number: seven digits and the check digit that makes the
// weighted sum (2,7,6,5,4,3,2,1) divisible by 11; bases needing a check of 10 are skipped.
std::string cvr_number(int n) {
    static constexpr int weights[] = {2, 7, 6, 5, 4, 3, 2};
    for (int base = 1000000 + n * 13;; ++base) {
        std::string digits = std::to_string(base);
        int sum = 0;
        for (int i = 0; i < 7; ++i) sum += (digits[i] - '0') * weights[i];
        int check = (11 - sum % 11) % 11;
        if (check < 10) return digits + std::to_string(check);
    }
}

} // namespace

Id PayoutRegister::family(const std::string& name, bool with_bank) {
    Family f;
    f.name = name;
    f.cvr = cvr_number(++families_);
    if (with_bank) f.bank = BankAccount{"1234", std::to_string(1000000 + families_)};
    return store::insert_family(sql(), f);
}

Id PayoutRegister::child(Id family_id, Date birth, const std::string& name) {
    Child c;
    c.family_id = family_id;
    c.name = name;
    c.cpr = "010101-0000";
    c.birth_date = birth;
    return store::insert_child(sql(), c);
}

Id PayoutRegister::grant(Id child_id, Date from, long long weekly_hours_h100, long long wage_ore) {
    Grant g;
    g.child_id = child_id;
    g.decision_ref = "BEV-" + std::to_string(child_id);
    g.decision_date = from;
    g.valid = Period{from, std::nullopt};
    g.versions = {test::version(from, weekly_hours_h100, wage_ore)};
    return store::insert_grant(sql(), g, "sagsbehandler");
}

Id PayoutRegister::version(Id grant_id, Date from, long long weekly_hours_h100, long long wage_ore) {
    GrantVersion v = test::version(from, weekly_hours_h100, wage_ore);
    v.grant_id = grant_id;
    return store::insert_grant_version(sql(), v, "sagsbehandler");
}

Id PayoutRegister::approved_expense(Id family_id, Id child_id, Date day, long long amount_ore) {
    Expense e;
    e.family_id = family_id;
    e.child_id = child_id;
    e.date = day;
    e.category = "træningsredskaber";
    e.amount = Money::ore(amount_ore);
    e.document_ref = "bilag";
    e.status = ExpenseStatus::approved;
    return store::insert_expense(sql(), e);
}

app::PrepareOutcome PayoutRegister::prepare(const std::string& actor, Month month,
                                            const app::PrepareOptions& options) {
    app::PrepareOutcome outcome;
    db().in_transaction(
        [&](soci::session& s) { outcome = app::prepare_payout(s, finance_actor(actor), month, example_rates(), options); });
    return outcome;
}

PayoutRunHeader PayoutRegister::approve(const std::string& actor, Month month) {
    PayoutRunHeader run;
    db().in_transaction([&](soci::session& s) { run = app::approve_payout(s, finance_actor(actor), month); });
    return run;
}

} // namespace hjt::test
