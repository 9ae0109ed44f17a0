// The command line's help is Danish (issue 19): `hjt --help` and every
// command's --help, read from the real executable ($HJT_BIN). Option names stay
// as they are (scripts use them); the sentences around them are Danish.
#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

#include "cli_runner.h"

using namespace hjt::test;

namespace {

// Every command name the overview lists: the words of each line before its
// first option, placeholder or description ("payout prepare", "claims list").
std::vector<std::string> command_names(const std::string& overview) {
    std::vector<std::string> names;
    std::istringstream lines(overview.substr(overview.find("Kommandoer:")));
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line) && line.rfind("  ", 0) == 0) {
        std::istringstream words(line);
        std::string word, name;
        while (words >> word && !word.empty() && word[0] >= 'a' && word[0] <= 'z')
            name += (name.empty() ? "" : " ") + word;
        names.push_back(name);
    }
    return names;
}

// Phrases of the English help this replaced: none may come back.
const char* const kEnglishPhrases[] = {
    "usage:",           "Global options",   "Exit codes",      "Commands:",        "the month",
    "the family",       "the helper",       "the award",       "the claim",        "the calendar year",
    "to write",         "(default",         "Needs an admin",  "Commands take",    "YYYY",
    "KEY|ID",           "FILE",             "Write ",          "Show ",            "List ",
    "Approve ",         "Record ",          "Compute ",        "Set ",             "Confirm ",
    "machine-readable", "help for hjt",     "refused",         " the run",         " and the ",
};

} // namespace

TEST_CASE("hjt --help and every command's --help are Danish", "[cli][language]") {
    // --help never opens the database; each test names its own (the runner names its output files after it).
    const std::string db = "/nonexistent/hjt-help-all.db";
    const CliRun overview = run_hjt_signed_out(db, "--help");
    REQUIRE(overview.exit_code == 0);
    CHECK(overview.out.rfind("brug: hjt [fælles tilvalg] <kommando> [tilvalg]\n", 0) == 0);
    const auto names = command_names(overview.out);
    CHECK(names.size() >= 70);
    std::vector<std::pair<std::string, std::string>> texts = {{"hjt --help", overview.out}};
    for (const auto& name : names) texts.emplace_back(name, run_hjt_signed_out(db, name + " --help").out);
    for (const auto& [name, text] : texts) {
        INFO(name << ":\n" << text);
        CHECK(text.find("brug: hjt") != std::string::npos);
        for (const char* phrase : kEnglishPhrases) {
            INFO("English phrase: " << phrase);
            CHECK(text.find(phrase) == std::string::npos);
        }
    }
}

TEST_CASE("hjt payout prepare --help names its options and says what they do in Danish", "[cli][language]") {
    const CliRun help = run_hjt_signed_out("/nonexistent/hjt-help-prepare.db", "payout prepare --help");
    CHECK(help.out.rfind("brug: hjt payout prepare --month ÅÅÅÅ-MM [--catch-up]\n\n"
                         "Beregn månedens a conto-kørsel som kladde",
                         0) == 0);
    CHECK(help.out.find("--month ÅÅÅÅ-MM   måneden kørslen udbetaler\n") != std::string::npos);
}
