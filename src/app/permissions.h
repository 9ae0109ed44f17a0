// Who may do what (domain.md §11): the ONE table of operation -> roles.
// Every service that changes state calls require_permission() at its start,
// so the CLI and the API share the check and neither front end can forget it;
// the API's route tables take their roles from allowed_roles() (http/access.h),
// so a route answers 403 exactly when its service would refuse.
//
//   operation                   finance  caseworker  family      auditor  admin
//   read_own_family             yes      yes         own family  yes      yes
//   read_across_families        yes      yes         -           yes      yes
//   read_books (audit export)   yes      -           -           yes      yes
//   register_write              -        yes         -           -        yes
//   family_edit (helpers,       -        yes         own family  -        yes
//     expenses, shifts)
//   expense_decide              yes      yes         -           -        -   (admin: separation of duties)
//   payout_prepare / approve /  yes      -           -           -        -
//     mark_paid / bank_file
//   rates_publish               yes      -           -           -        -
//   policy_change               yes      -           -           -        -   (dated, with a reason; audited)
//   reconcile_draft / final     yes      -           -           -        -
//   account_confirm             yes      -           -           -        -   (four eyes: not who set it)
//   eindkomst_report            yes      -           -           -        -
//   claims_manage (receipts,    yes      -           -           -        -   (write-offs: four eyes)
//     plans, write-offs, reminders)
//   claims_handover             yes      -           -           -        -   (the export with CPR/CVR, audited)
//   digital_post_bundle         yes      -           -           -        -   (full CPR/CVR as recipients)
//   user_add, import_folder,    -        -           -           -        yes
//     audit_baseline
// Auditors never write. The bootstrap (the first users of an empty database,
// app/auth.h bootstrap_actor) is the one way in without a session.
#pragma once

#include <initializer_list>
#include <string>

#include "app/auth.h"
#include "domain/entities.h"

namespace hjt::app {

// A set of roles.
class Roles {
public:
    constexpr Roles() = default;
    constexpr Roles(std::initializer_list<Role> roles) {
        for (Role r : roles) bits_ |= bit(r);
    }
    constexpr bool contains(Role r) const { return (bits_ & bit(r)) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr bool operator==(const Roles&) const = default;

private:
    static constexpr unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
    unsigned bits_ = 0;
};

enum class Operation {
    read_own_family,       // a family's register, ledger, payslips, statements
    read_across_families,  // lists and runs across families, rates, run sheets
    read_books,            // the auditor's export and the audit chain
    register_write,        // families, children, grants (+versions), lost-earnings awards, their accounts and terms
    family_edit,           // helpers, expenses, shifts
    expense_decide,
    payout_prepare,
    payout_approve,
    payout_mark_paid,
    payout_bank_file,
    rates_publish,
    policy_change,         // a dated change of the municipal policy (hjt policy set)
    reconcile_draft,
    reconcile_final,
    account_confirm,       // confirming an account under verification (not the user who set it)
    user_add,
    user_manage,           // disabling a user, ending a user's sessions, lifting a login lockout
    import_folder,
    audit_baseline,        // sealing the books written before schema 4 (once)
    // Personal data and backups (README "Sikkerhedskopier", "Persondata").
    backup,                // a copy of the database (hjt backup)
    backup_verify,         // checking a copy against the live chain
    cpr_log,               // reading who was shown full CPR numbers
    retention,             // anonymising families closed beyond the bookkeeping period
    subject_access,        // a family's own data, exported on request
    eindkomst_report,      // the month's reports to eIndkomst (families as employers, the municipality's own)
    claims_manage,         // repayment claims: payments received, assignment, plans, write-offs, reminders
    claims_handover,       // the hand-over of unpaid claims to debt collection (names the debtor in full)
    digital_post_bundle,   // letters for the Digital Post sender, addressed by full CPR/CVR
};

constexpr Roles allowed_roles(Operation op) {
    using enum Role;
    switch (op) {
    case Operation::read_own_family: return {finance, caseworker, family, auditor, admin};
    case Operation::read_across_families: return {finance, caseworker, auditor, admin};
    case Operation::read_books: return {auditor, finance, admin};
    case Operation::register_write: return {caseworker, admin};
    case Operation::family_edit: return {caseworker, admin, family};
    case Operation::expense_decide: return {caseworker, finance};
    case Operation::payout_prepare:
    case Operation::payout_approve:
    case Operation::payout_mark_paid:
    case Operation::payout_bank_file:
    case Operation::rates_publish:
    case Operation::policy_change:
    case Operation::reconcile_draft:
    case Operation::reconcile_final:
    case Operation::account_confirm:
    case Operation::eindkomst_report:
    case Operation::claims_manage:
    case Operation::claims_handover:
    case Operation::digital_post_bundle: return {finance};
    case Operation::user_add:
    case Operation::user_manage:
    case Operation::import_folder:
    case Operation::audit_baseline:
    case Operation::backup:
    case Operation::retention: return {admin};
    case Operation::backup_verify:
    case Operation::cpr_log: return {auditor, admin};
    case Operation::subject_access: return {family, admin};
    }
    return {};
}

// The role in Danish, as refusals name it: "sagsbehandler".
std::string danish_role(Role r);
// What the operation is, in Danish after "må ikke": "godkende udbetalinger".
std::string danish_operation(Operation op);

// Forbidden ("Din rolle (sagsbehandler) må ikke godkende udbetalinger") unless
// the actor's role may do `op`.
void require_permission(const User& actor, Operation op);
// The same for something of one family: a family user only for its own
// (NotFound otherwise, as the API answers: another family's ids are not confirmed).
void require_permission(const User& actor, Operation op, Id family_id);

} // namespace hjt::app
