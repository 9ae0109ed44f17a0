// The bank notifications the receipt tests import (camt_builder.h) are real
// camt.054.001.02 documents: valid against ISO 20022's published schema, so
// what the importer is tested on is what a Danish bank sends.
#include <catch2/catch.hpp>

#include "camt_builder.h"
#include "domain/payment_reference.h"
#include "schema_validation.h"

using namespace hjt::test;

TEST_CASE("the tests' camt.054 files are valid against the published camt.054.001.02 schema", "[claims][camt]") {
    const std::string xsd = schema_path("iso20022/camt.054.001.02.xsd");
    const std::vector<CamtEntry> entries{
        {"E1", "5000.00", hjt::fi_payment_id(17)},             // a payment with the FI payment ID
        {"E2", "120.50", "", "Familien A", "krav 17"},          // a payer's name and free text only
        {"E3", "10.00", "", "", "", "DBIT"},                    // a debit: refused by the importer, valid here
        {"E4", "10.00", "", "", "", "CRDT", "DKK", "2025-03-04", "PDNG"},   // not yet booked
        {"E5", "300.00", "", "", "", "CRDT", "DKK", "2025-03-04", "BOOK",   // a batch booking of two payments
         {{"200.00", hjt::fi_payment_id(18), "Familien B"}, {"100.00", "", "", "krav 19"}}}};
    CHECK(schema_errors(xsd, camt054("M1", entries)) == std::vector<std::string>{});
    CHECK(schema_errors(xsd, camt054("M2", {})) == std::vector<std::string>{});
    // The check can fail: an entry without its credit/debit indicator is reported.
    std::string broken = camt054("M3", {{"E5", "10.00"}});
    broken.erase(broken.find("<CdtDbtInd>"), std::string("<CdtDbtInd>CRDT</CdtDbtInd>").size());
    CHECK_FALSE(schema_errors(xsd, broken).empty());
}
