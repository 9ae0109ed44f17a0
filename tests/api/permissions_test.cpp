// The one permission table (app/permissions.h): every state-changing service
// refuses a role the table does not allow, at its start (nothing written, not
// even an audit entry), with a Danish message naming the role and the
// operation; and the API's route tables use the same table.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "app/account_verification.h"
#include "app/audit_baseline.h"
#include "app/backup_service.h"
#include "app/user_admin.h"
#include "app/auth.h"
#include "app/importer.h"
#include "app/payout_export.h"
#include "app/payout_service.h"
#include "app/policy_service.h"
#include "app/permissions.h"
#include "app/rate_service.h"
#include "app/reconciliation_service.h"
#include "app/register_service.h"
#include "app/retention.h"
#include "app/shift_service.h"
#include "app/subject_access.h"
#include "domain/errors.h"
#include "http/api_routes.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "test_actor.h"

using namespace hjt;
using app::Operation;
using app::Role;
using hjt::testing::ScratchDatabase;

namespace {

const Role kRoles[] = {Role::finance, Role::caseworker, Role::family, Role::auditor, Role::admin};

struct Guarded {
    std::string what;
    Operation op;
    std::function<void(ScratchDatabase&, const app::User&)> call;
};

Month april() { return Month{date::year{2024}, date::April}; }

std::vector<Guarded> guarded_services() {
    using S = ScratchDatabase;
    using U = app::User;
    const std::string no_config = "/nonexistent";
    return {
        {"payout prepare", Operation::payout_prepare, [](S& s, const U& u) { app::prepare_payout(s.sql(), u, april()); }},
        {"payout approve", Operation::payout_approve, [](S& s, const U& u) { app::approve_payout(s.sql(), u, april()); }},
        {"payout mark-paid", Operation::payout_mark_paid,
         [](S& s, const U& u) { app::mark_payout_paid(s.sql(), u, april()); }},
        {"bank files", Operation::payout_bank_file,
         [](S& s, const U& u) {
             app::export_payout(s.sql(), u, april(), "/nonexistent/run.xlsx",
                                app::BankFileRequest{"/nonexistent/bank", {}, Date{}});
         }},
        {"rates set", Operation::rates_publish,
         [](S& s, const U& u) { app::publish_figure(s.sql(), u, 2024, "home_training_cap", "1,00", "x"); }},
        {"rates open-year", Operation::rates_publish,
         [](S& s, const U& u) { app::open_rate_year(s.sql(), u, 2030); }},
        {"policy set", Operation::policy_change,
         [](S& s, const U& u) {
             app::change_policy(s.sql(), u, PolicyChange{0, "claims.due_days", "45", Date{date::year{2030} / 1 / 1},
                                                         "x", "", ""});
         }},
        {"reconcile draft", Operation::reconcile_draft,
         [](S& s, const U& u) { app::reconcile_year(s.sql(), u, 2024, std::nullopt, false, Date{}); }},
        {"reconcile final", Operation::reconcile_final,
         [](S& s, const U& u) { app::reconcile_year(s.sql(), u, 2024, std::nullopt, true, Date{}); }},
        {"create family", Operation::register_write,
         [](S& s, const U& u) { app::create_family(s.sql(), u, testing::sample_family()); }},
        {"lost-earnings accounts", Operation::register_write,
         [](S& s, const U& u) { app::set_award_accounts(s.sql(), u, 1, std::nullopt, std::nullopt); }},
        {"lost-earnings terms", Operation::register_write,
         [](S& s, const U& u) { app::set_award_terms(s.sql(), u, 1, Hours::whole(30), {}); }},
        {"create grant", Operation::register_write,
         [](S& s, const U& u) { app::create_grant(s.sql(), u, testing::sample_grant(1)); }},
        {"confirm family account", Operation::account_confirm,
         [](S& s, const U& u) { app::confirm_family_account(s.sql(), u, 1); }},
        {"confirm award accounts", Operation::account_confirm,
         [](S& s, const U& u) { app::confirm_award_accounts(s.sql(), u, 1); }},
        {"decide expense", Operation::expense_decide,
         [](S& s, const U& u) { app::decide_expense(s.sql(), u, 1, ExpenseStatus::approved, ""); }},
        {"user add", Operation::user_add,
         [](S& s, const U& u) {
             app::create_user(s.sql(), u, "ny-bruger", "korrekt hest batteri", Role::auditor, std::nullopt);
         }},
        {"user disable", Operation::user_manage, [](S& s, const U& u) { app::disable_user(s.sql(), u, "nobody"); }},
        {"user enable", Operation::user_manage, [](S& s, const U& u) { app::enable_user(s.sql(), u, "nobody"); }},
        {"user end sessions", Operation::user_manage,
         [](S& s, const U& u) { app::end_user_sessions(s.sql(), u, "nobody"); }},
        {"user unlock", Operation::user_manage, [](S& s, const U& u) { app::unlock_user(s.sql(), u, "nobody"); }},
        {"import", Operation::import_folder,
         [](S& s, const U& u) { app::import_folder(s.db(), "/nonexistent", u); }},
        {"audit baseline", Operation::audit_baseline, [](S& s, const U& u) { app::seal_baseline(s.sql(), u); }},
        {"backup", Operation::backup, [](S& s, const U& u) { app::back_up(s.db(), u, "/nonexistent/hjt-copy.db"); }},
        {"retention", Operation::retention,
         [](S& s, const U& u) { app::anonymise_closed_cases(s.sql(), u, 2000, 5, date::year{2033} / 1 / 1); }},
        {"subject access", Operation::subject_access, [](S& s, const U& u) { app::subject_access(s.sql(), u, 1); }},
    };
}

} // namespace

TEST_CASE("a refusal names the role and the operation in Danish", "[permissions]") {
    try {
        app::require_permission(test::caseworker_actor("caseworker1"), Operation::payout_approve);
        FAIL("a caseworker approved a payout run");
    } catch (const Forbidden& e) {
        CHECK(std::string(e.what()) == "Din rolle (sagsbehandler) må ikke godkende udbetalinger (bruger caseworker1)");
    }
    CHECK_THROWS_AS(app::require_permission(test::auditor_actor("a"), Operation::register_write), Forbidden);
    CHECK_NOTHROW(app::require_permission(test::finance_actor("f"), Operation::payout_approve));
}

TEST_CASE("every state-changing service refuses each role the table does not allow, writing nothing",
          "[permissions]") {
    ScratchDatabase s("permissions_services");
    for (const auto& g : guarded_services())
        for (Role role : kRoles) {
            const app::User actor = test::test_actor("bruger", role, role == Role::family ? std::optional<Id>(1) : std::nullopt);
            const bool allowed = app::allowed_roles(g.op).contains(role);
            INFO(g.what << " as " << app::to_string(role));
            const long long audit = s.count("audit_log");
            bool forbidden = false;
            try {
                g.call(s, actor);
            } catch (const Forbidden&) {
                forbidden = true;
            } catch (const std::exception&) {
                // An allowed role gets as far as the missing run, rate or file.
            }
            CHECK(forbidden == !allowed);
            if (forbidden) CHECK(s.count("audit_log") == audit);
        }
}

TEST_CASE("the table itself: finance moves money, auditors never write, admins do not decide expenses",
          "[permissions]") {
    for (Operation op : {Operation::payout_prepare, Operation::payout_approve, Operation::payout_mark_paid,
                         Operation::payout_bank_file, Operation::rates_publish, Operation::policy_change,
                         Operation::reconcile_draft,
                         Operation::reconcile_final, Operation::account_confirm})
        CHECK(app::allowed_roles(op) == app::Roles{Role::finance});
    for (Operation op : {Operation::register_write, Operation::family_edit, Operation::expense_decide,
                         Operation::user_add, Operation::import_folder})
        CHECK_FALSE(app::allowed_roles(op).contains(Role::auditor));
    CHECK_FALSE(app::allowed_roles(Operation::expense_decide).contains(Role::admin));
    CHECK(app::allowed_roles(Operation::user_add) == app::Roles{Role::admin});
    CHECK(app::allowed_roles(Operation::backup) == app::Roles{Role::admin});
    CHECK(app::allowed_roles(Operation::retention) == app::Roles{Role::admin});
    CHECK(app::allowed_roles(Operation::user_manage) == app::Roles{Role::admin});
}

TEST_CASE("a family user edits only its own family's helpers and shifts, a municipal file is not its", "[permissions]") {
    ScratchDatabase s("permissions_family");
    const Family own = app::create_family(s.sql(), test::caseworker_actor("k"), testing::sample_family());
    const Family other = app::create_family(s.sql(), test::caseworker_actor("k"), testing::sample_family("10000017"));
    const app::User family = test::family_actor("familie1", own.id);
    CHECK(app::create_helper(s.sql(), family, testing::sample_helper(own.id)).id > 0);
    CHECK_THROWS_AS(app::create_helper(s.sql(), family, testing::sample_helper(other.id)), NotFound);
    Helper theirs = app::create_helper(s.sql(), test::caseworker_actor("k"), testing::sample_helper(other.id));
    CHECK_THROWS_AS(app::update_helper(s.sql(), family, theirs), NotFound);
    Helper moved = theirs;
    moved.family_id = own.id;
    CHECK_THROWS_AS(app::update_helper(s.sql(), family, moved), NotFound);  // not by moving it either
    CHECK_THROWS_AS(app::import_shifts(s.sql(), family, std::nullopt, app::ShiftFile{}, Policy{}), Forbidden);
    CHECK(s.count("helpers") == 2);
}

TEST_CASE("the API's route tables take their roles from the permission table", "[permissions][api]") {
    const http::Router router = http::api_routes(Settings{});
    auto roles_of = [&](http::Method m, const std::string& pattern) {
        for (const auto& r : router.routes())
            if (r.method == m && r.pattern == pattern) return r.roles;
        FAIL("no route " << pattern);
        return app::Roles{};
    };
    using http::Method;
    const std::string runs = "/api/v1/payout-runs";
    CHECK(roles_of(Method::post, runs) == app::allowed_roles(Operation::payout_prepare));
    CHECK(roles_of(Method::post, runs + "/{id}/approve") == app::allowed_roles(Operation::payout_approve));
    CHECK(roles_of(Method::post, runs + "/{id}/mark-paid") == app::allowed_roles(Operation::payout_mark_paid));
    CHECK(roles_of(Method::post, runs + "/{id}/bank-file") == app::allowed_roles(Operation::payout_bank_file));
    CHECK(roles_of(Method::put, "/api/v1/rates/{id}") == app::allowed_roles(Operation::rates_publish));
    CHECK(roles_of(Method::post, "/api/v1/rates/{id}") == app::allowed_roles(Operation::rates_publish));
    CHECK(roles_of(Method::post, "/api/v1/policy") == app::allowed_roles(Operation::policy_change));
    CHECK(roles_of(Method::post, "/api/v1/reconciliations") == app::allowed_roles(Operation::reconcile_draft));
    CHECK(roles_of(Method::post, "/api/v1/reconciliations/final") == app::allowed_roles(Operation::reconcile_final));
    CHECK(roles_of(Method::post, "/api/v1/families") == app::allowed_roles(Operation::register_write));
    CHECK(roles_of(Method::post, "/api/v1/families/{id}/helpers") == app::allowed_roles(Operation::family_edit));
    CHECK(roles_of(Method::post, "/api/v1/expenses/{id}/decision") == app::allowed_roles(Operation::expense_decide));
    CHECK(roles_of(Method::post, "/api/v1/families/{id}/account/confirm") ==
          app::allowed_roles(Operation::account_confirm));
    CHECK(roles_of(Method::post, "/api/v1/children/{id}/lost-earnings/{award_id}/accounts/confirm") ==
          app::allowed_roles(Operation::account_confirm));
    CHECK(roles_of(Method::get, "/api/v1/audit-export") == app::allowed_roles(Operation::read_books));
    // Every route's roles are some operation's: no route keeps a rule of its own.
    std::vector<app::Roles> table;
    for (int op = 0; op <= static_cast<int>(Operation::subject_access); ++op)
        table.push_back(app::allowed_roles(static_cast<Operation>(op)));
    for (const auto& r : router.routes()) {
        if (!r.needs_token) continue;
        INFO(http::to_string(r.method) << " " << r.pattern);
        CHECK(std::find(table.begin(), table.end(), r.roles) != table.end());
    }
}
