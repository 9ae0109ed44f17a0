#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "domain/errors.h"
#include "domain/messages.h"

using namespace hjt;

namespace {

std::set<int> placeholders(std::string_view text) {
    std::set<int> found;
    const std::string s(text);
    const std::regex place(R"(\{([1-9])\})");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), place); it != std::sregex_iterator(); ++it)
        found.insert(std::stoi((*it)[1]));
    return found;
}

} // namespace

TEST_CASE("every refusal in the catalogue has a Danish and an English text with the same values", "[messages]") {
    std::set<std::string> names;
    const std::regex snake("[a-z][a-z0-9_]*");
    for (MessageCode code : every_message_code()) {
        const std::string name(code_name(code));
        INFO(name);
        CHECK(std::regex_match(name, snake));
        CHECK(names.insert(name).second);  // a code names one refusal
        const auto da = message_template(code, Language::da);
        const auto en = message_template(code, Language::en);
        CHECK_FALSE(da.empty());
        CHECK_FALSE(en.empty());
        CHECK(da != en);  // an English text is not a copy of the Danish one
        const auto values = placeholders(da);
        CHECK(values == placeholders(en));
        for (int n = 1; n <= static_cast<int>(values.size()); ++n) CHECK(values.count(n));  // {1}..{k}, no gaps
    }
    CHECK(names.size() > 40);
}

TEST_CASE("a refusal renders its values into the reader's language", "[messages]") {
    const Message too_long{MessageCode::shift_too_long, {"18,00"}};
    CHECK(render(too_long, Language::da) == "vagten varer 18,00 timer; en vagt må højst vare 16 timer");
    CHECK(render(too_long, Language::en) == "the shift lasts 18,00 hours; a shift may last at most 16 hours");
    CHECK(render(Message{MessageCode::shift_too_long, {}}, Language::da) ==
          "vagten varer {1} timer; en vagt må højst vare 16 timer");  // a missing value is visible, not a crash

    const ValidationError e("end", too_long);
    CHECK(std::string(e.what()) == "vagten varer 18,00 timer; en vagt må højst vare 16 timer");
    CHECK(e.code() == "shift_too_long");
    CHECK(text_in(e, Language::en) == "the shift lasts 18,00 hours; a shift may last at most 16 hours");
    const Conflict four_eyes(Message{MessageCode::four_eyes_preparer_approves, {"november 2026", "finance1"}});
    CHECK(std::string(four_eyes.what()) ==
          "fire øjne: udbetalingen for november 2026 er forberedt af finance1; en anden økonomimedarbejder skal godkende den");
    CHECK(code_of(four_eyes, "conflict") == "four_eyes_preparer_approves");
    const Conflict outside("en ældre tekst");
    CHECK(text_in(outside, Language::en) == "en ældre tekst");
    CHECK(code_of(outside, "conflict") == "conflict");
}

TEST_CASE("a field's name for people, in each language", "[messages]") {
    CHECK(field_label("end", Language::da) == "Slut");
    CHECK(field_label("end", Language::en) == "End");
    CHECK(field_label("valid_from", Language::da) == "Gælder fra");
    CHECK(field_label("policy.properties:window.end", Language::da) == "policy.properties:window.end");
}
