#include "app/permissions.h"

#include "domain/errors.h"

namespace hjt::app {

namespace {

constexpr auto kRoleLabels = enum_table<Role>({{Role::finance, "økonomi"},
                                               {Role::caseworker, "sagsbehandler"},
                                               {Role::family, "familie"},
                                               {Role::auditor, "revisor"},
                                               {Role::admin, "administrator"}});
// What the role may not do, in "Din rolle (...) må ikke ...".
constexpr auto kOperationLabels = enum_table<Operation>({
    {Operation::read_own_family, "se familiens oplysninger"},
    {Operation::read_across_families, "se oplysninger på tværs af familier"},
    {Operation::read_books, "se regnskabet og revisionssporet"},
    {Operation::register_write, "ændre registret (familier, børn, bevillinger, tabt arbejdsfortjeneste)"},
    {Operation::family_edit, "ændre hjælpere, udgifter og vagter"},
    {Operation::expense_decide, "godkende eller afvise udgifter"},
    {Operation::payout_prepare, "forberede udbetalinger"},
    {Operation::payout_approve, "godkende udbetalinger"},
    {Operation::payout_mark_paid, "markere udbetalinger som betalt"},
    {Operation::payout_bank_file, "danne betalingsfiler"},
    {Operation::rates_publish, "ændre satser"},
    {Operation::policy_change, "ændre kommunens politik"},
    {Operation::reconcile_draft, "beregne årsafstemninger"},
    {Operation::reconcile_final, "gøre årsafstemninger endelige"},
    {Operation::account_confirm, "bekræfte bankkonti til kontrol"},
    {Operation::user_add, "oprette brugere"},
    {Operation::user_manage, "spærre brugere, afslutte deres sessioner eller ophæve en spærring af login"},
    {Operation::import_folder, "importere registerdata"},
    {Operation::audit_baseline, "lægge en baseline for regnskabet i revisionssporet"},
    {Operation::backup, "tage sikkerhedskopier"},
    {Operation::backup_verify, "kontrollere sikkerhedskopier"},
    {Operation::cpr_log, "se loggen over viste CPR-numre"},
    {Operation::retention, "anonymisere afsluttede sager"},
    {Operation::subject_access, "udlevere en families oplysninger (indsigt)"},
    {Operation::eindkomst_report, "indberette til eIndkomst"},
    {Operation::claims_manage, "behandle tilbagebetalingskrav"},
    {Operation::claims_handover, "oversende krav til inddrivelse"},
    {Operation::digital_post_bundle, "samle breve til Digital Post"},
});

} // namespace

std::string danish_role(Role r) { return text_of(kRoleLabels, r); }

std::string danish_operation(Operation op) { return text_of(kOperationLabels, op); }

void require_permission(const User& actor, Operation op) {
    if (!allowed_roles(op).contains(actor.role))
        throw Forbidden(Message{MessageCode::role_may_not, {danish_role(actor.role), danish_operation(op), actor.username}});
}

void require_permission(const User& actor, Operation op, Id family_id) {
    require_permission(actor, op);
    if (actor.role == Role::family && actor.family_id != family_id)
        throw NotFound(Message{MessageCode::family_not_found, {std::to_string(family_id)}});
}

} // namespace hjt::app
