// What is approved is what is paid (domain.md §4): the run records each
// transfer's payee when it is prepared; the approval covers them and the bank
// files pay them, whatever the register says afterwards. A changed account is
// flagged in the next run and its change is audited (masked in exports).
#include <catch2/catch.hpp>

#include "test_actor.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/audit_json_masking.h"
#include "app/payout_export.h"
#include "app/register_service.h"
#include "domain/errors.h"
#include "payout_domain_fixtures.h"
#include "app/account_verification.h"
#include "payout_register.h"
#include "store/payout_store.h"
#include "store/register_repository.h"

using namespace hjt;
using namespace hjt::test;

namespace {


struct BankFiles {
    std::filesystem::path folder;
    explicit BankFiles(const std::string& name)
        : folder(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(folder);
        std::filesystem::create_directories(folder);
    }
    ~BankFiles() { std::filesystem::remove_all(folder); }
    std::string read(const std::string& name) const {
        std::ifstream in(folder / name, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
};

// One family (account 1234 1000001) with the worked example's grant and award 7's parent (5301 0000654321).
struct PaidFamily {
    PayoutRegister reg;
    Id family, child, award;
    explicit PaidFamily(const std::string& name) : reg(name) {
        family = reg.family("Familien Hansen");
        child = reg.child(family, day(2015, 6, 1));
        reg.grant(child, day(2024, 1, 1), 2000, 13500);
        LostEarningsAward a = award_for(child, 30000);
        a.parent_cpr = "050585-1234";
        award = store::insert_award(reg.sql(), a);
    }
    // With the 2024 rate table: lost earnings need its cap and ATP.
    app::PrepareOutcome prepare(Month m) {
        app::PrepareOutcome outcome;
        reg.db().in_transaction([&](soci::session& s) { outcome = app::prepare_payout(s, test::finance_actor("anna"), m, rates_2024()); });
        return outcome;
    }
    void export_bank(const BankFiles& out, Month m) {
        reg.db().in_transaction([&](soci::session& s) {
            app::export_payout(s, test::finance_actor("anna"), m, (out.folder / "run.xlsx").string(),
                               app::BankFileRequest{(out.folder / "bank").string(), kDebtor, day(2024, 4, 2)});
        });
    }
    void change_family_account(const std::string& account_no) {
        reg.db().in_transaction([&](soci::session& s) {
            Family f = *store::find_family(s, family);
            f.bank = BankAccount{"9999", account_no};
            app::update_family(s, test::caseworker_actor("sagsbehandler"), f);
        });
    }
    // Four eyes on the changed accounts: another (finance) user confirms them.
    void confirm_accounts() {
        reg.db().in_transaction([&](soci::session& s) {
            app::confirm_family_account(s, test::finance_actor("carl"), family);
            app::confirm_award_accounts(s, test::finance_actor("carl"), award);
        });
    }
    void change_parent_account(const std::string& account_no) {
        reg.db().in_transaction([&](soci::session& s) {
            auto a = *store::find_award(s, award);
            app::set_award_accounts(s, test::caseworker_actor("sagsbehandler"), award, BankAccount{"8888", account_no}, a.pension_payee);
        });
    }
};

std::optional<PayoutFlag> flag_of(const PayoutRun& run, FlagCode code) {
    for (const auto& f : run.flags)
        if (f.code == code) return f;
    return std::nullopt;
}

} // namespace

TEST_CASE("the run records its payees, the approval covers them (content hash)", "[payout][payees]") {
    PaidFamily f("payout_payees_recorded");
    auto draft = f.prepare(month(2024, 4));
    PayoutRun run = store::load_payout_run(f.reg.sql(), month(2024, 4));
    REQUIRE(run.payees.size() == 3);
    CHECK(run.payees[0].payee == Payee::family);
    CHECK(run.payees[0].name == "Familien Hansen");
    CHECK(run.payees[0].account->account_no == "1000001");
    CHECK(run.payees[1].payee == Payee::parent);
    CHECK(run.payees[1].name == "Mette");
    CHECK(run.payees[1].account->account_no == "0000654321");
    CHECK(run.payees[2].payee == Payee::pension);
    CHECK(run.payees[2].name == "Pensionskassen Syd (fiktiv)");
    CHECK(run.payees[2].parent_name == "Mette");
    CHECK(store::content_hash(run) == draft.run.content_hash);

    // A payee altered in the store after preparing is not what was prepared: approval refuses.
    f.reg.sql() << "UPDATE payout_payees SET account_no = '7777777' WHERE payee = 'family'";
    CHECK_THROWS_AS(f.reg.approve("bent", month(2024, 4)), Conflict);
}

TEST_CASE("an account changed after approval: the bank files pay the approved account, not the new one",
          "[payout][payees]") {
    PaidFamily f("payout_payees_frozen");
    f.prepare(month(2024, 4));
    f.reg.approve("bent", month(2024, 4));
    f.change_family_account("4444444444");
    f.change_parent_account("5555555555");

    BankFiles out("hjt_payout_payees_frozen");
    f.export_bank(out, month(2024, 4));
    std::string csv = out.read("bank.csv");
    CHECK(csv.find("Familien Hansen;") != std::string::npos);
    CHECK(csv.find(";1234;1000001;") != std::string::npos);    // the family's approved account
    CHECK(csv.find(";5301;0000654321;") != std::string::npos); // the parent's approved account
    CHECK(csv.find("4444444444") == std::string::npos);
    CHECK(csv.find("5555555555") == std::string::npos);
    std::string xml = out.read("bank.xml");
    CHECK(xml.find("4444444444") == std::string::npos);
    CHECK(xml.find("5555555555") == std::string::npos);
}

TEST_CASE("an account changed between prepare and approve is not paid either: the draft keeps its payees",
          "[payout][payees]") {
    PaidFamily f("payout_payees_draft");
    f.prepare(month(2024, 4));
    f.change_family_account("4444444444");
    f.reg.approve("bent", month(2024, 4));  // approves what was reviewed
    BankFiles out("hjt_payout_payees_draft");
    f.export_bank(out, month(2024, 4));
    CHECK(out.read("bank.csv").find("4444444444") == std::string::npos);
}

TEST_CASE("the next run flags a bank account changed since the family's last approved run", "[payout][payees]") {
    PaidFamily f("payout_payees_flag");
    f.prepare(month(2024, 4));
    f.reg.approve("bent", month(2024, 4));
    f.prepare(month(2024, 5));
    CHECK_FALSE(flag_of(store::load_payout_run(f.reg.sql(), month(2024, 5)), FlagCode::account_changed));

    f.change_family_account("4444444444");
    f.change_parent_account("5555555555");
    f.confirm_accounts();  // else held back until confirmed (payout_account_check_test.cpp)
    f.prepare(month(2024, 5));
    PayoutRun may = store::load_payout_run(f.reg.sql(), month(2024, 5));
    std::vector<std::string> messages;
    for (const auto& flag : may.flags)
        if (flag.code == FlagCode::account_changed) messages.push_back(flag.message);
    CHECK(messages == std::vector<std::string>{
                          "Ny bankkonto siden sidste udbetaling for Familien Hansen: reg. 9999 konto ****4444 "
                          "(før reg. 1234 konto ****0001)",
                          "Ny bankkonto siden sidste udbetaling for Mette: reg. 8888 konto ****5555 "
                          "(før reg. 5301 konto ****4321)"});
    f.reg.approve("bent", month(2024, 5));
    BankFiles out("hjt_payout_payees_flag");
    f.export_bank(out, month(2024, 5));
    CHECK(out.read("bank.csv").find(";9999;4444444444;") != std::string::npos);  // approved with the flag seen
}

TEST_CASE("changing an account is audited with old and new values, masked to the last four digits in exports",
          "[payout][payees][audit]") {
    PaidFamily f("payout_payees_audit");
    f.change_family_account("4444443210");
    f.change_parent_account("5555559876");
    std::string entity, before, after;
    soci::statement st = (f.reg.sql().prepare << "SELECT entity, before_json, after_json FROM audit_log"
                                                 " WHERE action IN ('update', 'set-accounts') ORDER BY id",
                          soci::into(entity), soci::into(before), soci::into(after));
    st.execute();
    std::vector<std::string> seen;
    while (st.fetch()) {
        seen.push_back(entity);
        std::string masked_before = app::masked_audit_json(before), masked_after = app::masked_audit_json(after);
        if (entity == "family") {
            CHECK(before.find("\"1000001\"") != std::string::npos);  // the trail keeps the old and the new
            CHECK(after.find("\"4444443210\"") != std::string::npos);
            CHECK(masked_before.find("****0001") != std::string::npos);
            CHECK(masked_after.find("****3210") != std::string::npos);
            CHECK(masked_after.find("4444443210") == std::string::npos);
        } else {
            CHECK(masked_before.find("****4321") != std::string::npos);
            CHECK(masked_after.find("****9876") != std::string::npos);
            CHECK(masked_after.find("5555559876") == std::string::npos);
            CHECK(masked_before.find("0000654321") == std::string::npos);
        }
    }
    CHECK(seen == std::vector<std::string>{"family", "lost_earnings_award"});
}
