#include "app/permissions.h"

#include "domain/errors.h"

namespace hjt::app {

std::string danish_role(Role r) {
    switch (r) {
    case Role::finance: return "økonomi";
    case Role::caseworker: return "sagsbehandler";
    case Role::family: return "familie";
    case Role::auditor: return "revisor";
    case Role::admin: return "administrator";
    }
    return "ukendt";
}

std::string danish_operation(Operation op) {
    switch (op) {
    case Operation::read_own_family: return "se familiens oplysninger";
    case Operation::read_across_families: return "se oplysninger på tværs af familier";
    case Operation::read_books: return "se regnskabet og revisionssporet";
    case Operation::register_write: return "ændre registret (familier, børn, bevillinger, tabt arbejdsfortjeneste)";
    case Operation::family_edit: return "ændre hjælpere, udgifter og vagter";
    case Operation::expense_decide: return "godkende eller afvise udgifter";
    case Operation::payout_prepare: return "forberede udbetalinger";
    case Operation::payout_approve: return "godkende udbetalinger";
    case Operation::payout_mark_paid: return "markere udbetalinger som betalt";
    case Operation::payout_bank_file: return "danne betalingsfiler";
    case Operation::rates_publish: return "ændre satser";
    case Operation::reconcile_draft: return "beregne årsafstemninger";
    case Operation::reconcile_final: return "gøre årsafstemninger endelige";
    case Operation::account_confirm: return "bekræfte bankkonti til kontrol";
    case Operation::user_add: return "oprette brugere";
    case Operation::import_folder: return "importere registerdata";
    case Operation::audit_baseline: return "lægge en baseline for regnskabet i revisionssporet";
    }
    return "gøre dette";
}

void require_permission(const User& actor, Operation op) {
    if (!allowed_roles(op).contains(actor.role))
        throw Forbidden("Din rolle (" + danish_role(actor.role) + ") må ikke " + danish_operation(op) + " (bruger " +
                        actor.username + ")");
}

void require_permission(const User& actor, Operation op, Id family_id) {
    require_permission(actor, op);
    if (actor.role == Role::family && actor.family_id != family_id)
        throw NotFound("familie " + std::to_string(family_id) + " findes ikke");
}

} // namespace hjt::app
