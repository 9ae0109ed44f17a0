// Payments received from camt.054 (app/claims_receipts.h): matched by payment
// ID, then amount and payer; the rest listed for finance; a bad file refused
// whole with the entry named; a file or an entry imported twice refused.
#include <catch2/catch.hpp>

#include "app/camt054.h"
#include "app/claims_receipts.h"
#include "app/reconciliation_service.h"
#include "camt_builder.h"
#include "domain/errors.h"
#include "domain/payment_reference.h"
#include "claim_world.h"
#include "reconcile_world.h"
#include "test_actor.h"

using namespace hjt;
using namespace hjt::test;

namespace {

const Date kFinalDay = Date{date::year{2025}, date::month{2}, date::day{1}};
const Date kReceiptDay = Date{date::year{2025}, date::month{3}, date::day{5}};

struct ReceiptWorld {
    ReconcileWorld w;
    Id claim = 0;
    std::string payment_id;
    explicit ReceiptWorld(const std::string& name) : w(name), claim(make_claim(w, kFinalDay)) {
        payment_id = fi_payment_id(claim);
    }
    app::CamtImport import(const std::string& xml) {
        app::CamtImport out;
        w.db().in_transaction([&](soci::session& sql) {
            out = app::import_camt(sql, finance_actor(kFinance), xml, "bank.xml", kReceiptDay);
        });
        return out;
    }
    app::ClaimView view() {
        app::ClaimView v;
        w.db().in_transaction([&](soci::session& sql) { v = app::claim_view(sql, claim, kReceiptDay); });
        return v;
    }
    std::string family_name() {
        std::string name;
        w.sql() << "SELECT name FROM families WHERE id = :id", soci::into(name), soci::use(w.family);
        return name;
    }
};

template <typename E, typename Work>
std::string refusal(Work work) {
    try {
        work();
    } catch (const E& e) {
        return e.what();
    }
    return "accepted";
}

// "<field> | <message>" of the file's refusal, or "accepted".
std::string field_and_refusal(ReceiptWorld& r, const std::string& xml) {
    try {
        r.import(xml);
    } catch (const ValidationError& e) {
        return e.field() + " | " + e.what();
    }
    return "accepted";
}

} // namespace

TEST_CASE("a camt.054 file: booked credits by payment ID settle the claim, the rest waits for finance", "[claims][camt]") {
    ReceiptWorld r("camt_match");
    auto report = r.import(camt054("MSG-1", {{"E1", "5000.00", r.payment_id, "Nogen"},
                                             {"E2", "250.50", "", "Ukendt betaler", "gave"},
                                             {"E3", "99.00", r.payment_id, "", "", "DBIT"},
                                             {"E4", "10.00", r.payment_id, "", "", "CRDT", "DKK", "2025-03-04", "PDNG"}}));
    CHECK(report.receipts == 2);
    CHECK(report.matched == 1);
    CHECK(report.left_out == 2);
    CHECK(report.settled == Money::kroner(5000));
    CHECK(report.unassigned == Money::ore(25050));
    auto v = r.view();
    CHECK(v.status.paid == Money::kroner(5000));
    CHECK(v.status.balance == Money::kroner(6700));
    CHECK(v.status.state == ClaimState::overdue);  // after the due date, still owing
    CHECK(r.w.number("SELECT COUNT(*) FROM audit_log WHERE action = 'import-camt'") == 1);
    CHECK(r.w.number("SELECT COUNT(*) FROM audit_rows WHERE table_name IN ('receipts', 'camt_files', 'claim_events')") == 4);

    // Finance assigns the unknown payment by hand; it cannot be assigned twice.
    Id unknown = r.w.number("SELECT id FROM receipts WHERE entry_ref = 'E2'");
    r.w.db().in_transaction([&](soci::session& sql) {
        app::assign_receipt(sql, finance_actor(kFinance), unknown, r.claim, std::nullopt, kReceiptDay);
    });
    CHECK(r.view().status.balance == Money::ore(1170000 - 500000 - 25050));
    CHECK(refusal<Conflict>([&] {
              r.w.db().in_transaction([&](soci::session& sql) {
                  app::assign_receipt(sql, finance_actor(kFinance), unknown, r.claim, std::nullopt, kReceiptDay);
              });
          }).find("allerede fordelt") != std::string::npos);
}

TEST_CASE("without a reference, the amount equal to the balance and the family's name match", "[claims][camt]") {
    ReceiptWorld r("camt_payer");
    r.import(camt054("MSG-2", {{"P1", "11700.00", "", r.family_name(), "tilbagebetaling"}}));
    CHECK(r.view().status.state == ClaimState::paid);
}

TEST_CASE("an overpayment settles the claim and leaves the rest unassigned, never absorbed", "[claims][camt]") {
    ReceiptWorld r("camt_over");
    auto report = r.import(camt054("MSG-3", {{"O1", "12000.00", r.payment_id, "X"}}));
    CHECK(report.settled == Money::kroner(11700));
    CHECK(report.unassigned == Money::kroner(300));
    CHECK(r.view().status.state == ClaimState::paid);
    std::vector<Receipt> open;
    r.w.db().in_transaction([&](soci::session& sql) { open = app::list_receipts(sql, finance_actor(kFinance), true); });
    REQUIRE(open.size() == 1);
    CHECK(open[0].left() == Money::kroner(300));
}

TEST_CASE("the same file, or an entry of it, imported again is refused and changes nothing", "[claims][camt]") {
    ReceiptWorld r("camt_twice");
    std::string xml = camt054("MSG-4", {{"T1", "100.00", r.payment_id, "X"}});
    r.import(xml);
    long long events = r.w.count("claim_events"), audit = r.w.count("audit_log");
    CHECK(refusal<Conflict>([&] { r.import(xml); }).find("allerede indlæst") != std::string::npos);
    // Another message id, an entry seen before.
    CHECK(refusal<Conflict>([&] { r.import(camt054("MSG-5", {{"T1", "100.00", r.payment_id, "X"}})); })
              .find("T1") != std::string::npos);
    CHECK(r.w.count("claim_events") == events);
    CHECK(r.w.count("audit_log") == audit);
    CHECK(r.w.count("receipts") == 1);
    CHECK(r.view().status.paid == Money::kroner(100));
}

TEST_CASE("a bad file is refused whole with the entry named in Danish, nothing is stored", "[claims][camt]") {
    ReceiptWorld r("camt_bad");
    auto field_of = [&](const std::string& xml) { return field_and_refusal(r, xml); };
    auto bad_amount = field_of(camt054("B1", {{"G1", "10.00", r.payment_id}, {"G2", "12,50", r.payment_id}}));
    CHECK(bad_amount.find("post 2 (NtryRef G2)") != std::string::npos);
    CHECK(bad_amount.find("beløbet") != std::string::npos);
    CHECK(field_of(camt054("B2", {{"G3", "10.00", "", "", "", "CRDT", "EUR"}})).find("kun DKK") != std::string::npos);
    CHECK(field_of(camt054("B3", {{"G4", "10.00"}, {"G4", "11.00"}})).find("samme reference") != std::string::npos);
    CHECK(field_of(camt054("B4", {{"G5", "10.00", "", "", "", "CRDT", "DKK", "2025-02-30"}})).find("bogføringsdato") !=
          std::string::npos);
    CHECK(field_of("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>").find("camt.054") !=
          std::string::npos);
    CHECK(field_of("<Document").find("gyldig XML") != std::string::npos);
    CHECK(r.w.count("receipts") == 0);
    CHECK(r.w.count("camt_files") == 0);
    CHECK(r.w.count("claim_events") == 0);
}

TEST_CASE("a batch entry is a payment per transaction: each matched on its own, the sum tied to the entry", "[claims][camt]") {
    ReceiptWorld r("camt_batch");
    // One booking of 6,000.00 kr carrying two payers' payments: the claim's, and one nobody knows.
    auto report = r.import(camt054("MSG-B", {{"K1", "6000.00", "", "", "", "CRDT", "DKK", "2025-03-04", "BOOK",
                                              {{"4000.00", r.payment_id, "Nogen"}, {"2000.00", "", "Ukendt", "gave"}}}}));
    CHECK(report.receipts == 2);
    CHECK(report.matched == 1);
    CHECK(report.settled == Money::kroner(4000));
    CHECK(report.unassigned == Money::kroner(2000));
    CHECK(r.view().status.paid == Money::kroner(4000));
    CHECK(r.w.number("SELECT amount_ore FROM receipts WHERE entry_ref = 'K1/1'") == 400000);
    CHECK(r.w.number("SELECT amount_ore FROM receipts WHERE entry_ref = 'K1/2'") == 200000);
    // The same booking sent again in another file: seen before, nothing stored twice.
    CHECK(refusal<Conflict>([&] {
              r.import(camt054("MSG-B2", {{"K1", "6000.00", "", "", "", "CRDT", "DKK", "2025-03-04", "BOOK",
                                           {{"4000.00", r.payment_id}, {"2000.00"}}}}));
          }).find("K1/1") != std::string::npos);
    CHECK(r.w.count("receipts") == 2);
}

TEST_CASE("a batch entry whose transactions do not add up, or are not in DKK, is refused whole", "[claims][camt]") {
    ReceiptWorld r("camt_batch_bad");
    auto refusal_of = [&](const std::string& xml) { return field_and_refusal(r, xml); };
    const CamtEntry fine{"F1", "10.00", r.payment_id};
    CHECK(refusal_of(camt054("BB1", {fine, {"K2", "6000.00", "", "", "", "CRDT", "DKK", "2025-03-04", "BOOK",
                                            {{"4000.00", r.payment_id}, {"1999.99"}}}})) ==
          "bank.xml: post 2 (NtryRef K2) | post 2 (K2) har transaktioner på i alt 5.999,99 kr, men posten er på "
          "6.000,00 kr; intet er indlæst");
    CHECK(refusal_of(camt054("BB2", {{"K3", "30.00", "", "", "", "CRDT", "DKK", "2025-03-04", "BOOK",
                                      {{"10.00"}, {"20.00", "", "", "", "EUR"}}}})) ==
          "bank.xml: post 1 (NtryRef K3) | post 1 (K3) beløbet i transaktion 2 er i 'EUR'; kun DKK modtages; intet er "
          "indlæst");
    CHECK(r.w.count("receipts") == 0);
    CHECK(r.w.count("claim_events") == 0);
}

TEST_CASE("only finance imports payments and assigns them", "[claims][camt]") {
    ReceiptWorld r("camt_roles");
    CHECK_THROWS_AS(r.w.db().in_transaction([&](soci::session& sql) {
        app::import_camt(sql, caseworker_actor("sag"), camt054("R1", {}), "x", kReceiptDay);
    }),
                    Forbidden);
    CHECK_THROWS_AS(r.w.db().in_transaction([&](soci::session& sql) {
        app::list_receipts(sql, family_actor("fam", r.w.family), false);
    }),
                    Forbidden);
}
