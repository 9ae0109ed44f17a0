// `hjt letters bundle`'s service on the Holm family's 2024: one MeMo message
// with the annual statement to the family's CVR and one with Mette's
// lost-earnings decision to her CPR, the PDF inside each, a manifest with the
// CPR masked, no CPR in any file name; finance only.
#include <catch2/catch.hpp>

#include <Poco/AutoPtr.h>
#include <Poco/Base64Decoder.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/NodeList.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "app/digital_post_bundle.h"
#include "app/register_service.h"
#include "domain/errors.h"
#include "import/scratch_folder.h"
#include "letters/pdf_probe.h"
#include "payout/payout_domain_fixtures.h"
#include "statement_world.h"
#include "test_actor.h"

using namespace hjt;

namespace {

std::string read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string memo_text(const Poco::XML::Document* doc, const std::string& name) {
    Poco::AutoPtr<Poco::XML::NodeList> nodes = doc->getElementsByTagNameNS("https://DigitalPost.dk/MeMo-1", name);
    return nodes->length() ? nodes->item(0)->innerText() : "";
}

// The MeMo file's recipient and the text of its PDF.
std::pair<std::string, std::string> open_memo(const std::filesystem::path& file) {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(read(file));
    std::istringstream encoded(memo_text(doc, "content"));
    Poco::Base64Decoder decoder(encoded);
    const std::string pdf(std::istreambuf_iterator<char>(decoder), {});
    return {memo_text(doc, "recipientID"), test::squeezed(test::pdf_text(pdf))};
}

} // namespace

TEST_CASE("the Digital Post bundle holds a MeMo per family and per lost-earnings award, CPR only inside",
          "[statements][letters][memo]") {
    test::StatementWorld world("digital_post_bundle");
    world.pay_year();
    world.make_final();
    auto award = test::award_for(world.child, 30'000);
    award.parent_cpr = "0101801234";
    Id award_id = 0;
    world.db().in_transaction(
        [&](soci::session& sql) { award_id = app::create_award(sql, test::caseworker_actor("sag"), award).id; });
    testing::ScratchFolder dir("digital_post_bundle");
    const auto settings = app::load_letter_settings("config");
    app::DigitalPostBundle bundle;
    world.db().in_transaction([&](soci::session& sql) {
        bundle = app::write_digital_post_bundle(sql, test::finance_actor("okonomi"), 2024, settings,
                                                test::day(2025, 2, 3), dir.file("post").string());
    });
    REQUIRE(bundle.messages.size() == 2);
    const auto family_file = dir.file("post") / ("memo-familie-" + std::to_string(world.family) + "-2024.xml");
    const auto [family_recipient, family_text] = open_memo(family_file);
    CHECK(family_recipient == bundle.messages[0].recipient_shown);
    CHECK(bundle.messages[0].recipient_type == "CVR");
    CHECK(family_text.find("Afgørelse om årsopgørelse for hjemmetræning 2024") != std::string::npos);
    CHECK(family_text.find("Familien betaler 8.700,00 kr tilbage til kommunen.") != std::string::npos);

    const auto award_file =
        dir.file("post") / ("memo-tabt-arbejdsfortjeneste-" + std::to_string(award_id) + "-2024.xml");
    const auto [parent_recipient, award_text] = open_memo(award_file);
    CHECK(parent_recipient == "0101801234");
    CHECK(award_text.find("Afgørelse om tabt arbejdsfortjeneste 2024") != std::string::npos);
    CHECK(award_text.find("CPR 010180-XXXX") != std::string::npos);

    const std::string manifest = read(bundle.manifest_file);
    CHECK(manifest.find("010180-XXXX") != std::string::npos);
    CHECK(manifest.find("0101801234") == std::string::npos);
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("post")))
        CHECK(entry.path().filename().string().find("0101801234") == std::string::npos);
}

TEST_CASE("only finance bundles letters for Digital Post", "[statements][letters][memo]") {
    test::StatementWorld world("digital_post_bundle_refused");
    testing::ScratchFolder dir("digital_post_bundle_refused");
    const auto settings = app::load_letter_settings("config");
    world.db().in_transaction([&](soci::session& sql) {
        CHECK_THROWS_AS(app::write_digital_post_bundle(sql, test::caseworker_actor("sag"), 2024, settings,
                                                       test::day(2025, 2, 3), dir.file("post").string()),
                        Forbidden);
    });
    CHECK_FALSE(std::filesystem::exists(dir.file("post")));
}
