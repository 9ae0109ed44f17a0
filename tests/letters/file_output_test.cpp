// app::write_file, through which every letter, bundle and journal reaches the
// disk: the whole content or an error, never a short file under the target's name.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/file_output.h"

namespace fs = std::filesystem;

namespace {

std::string contents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("a file is written whole, and a write that fails leaves nothing behind", "[files]") {
    const fs::path dir = fs::temp_directory_path() / "hjt_file_output";
    fs::remove_all(dir);
    fs::create_directories(dir / "taken");
    hjt::app::write_file((dir / "brev.pdf").string(), "%PDF-1.5 hele brevet");
    CHECK(contents(dir / "brev.pdf") == "%PDF-1.5 hele brevet");
    CHECK_FALSE(fs::exists(dir / "brev.pdf.part"));
    // The target is a folder: the rename fails, the partial file is removed.
    CHECK_THROWS_WITH(hjt::app::write_file((dir / "taken").string(), "x"), Catch::Contains("cannot write"));
    CHECK_FALSE(fs::exists(dir / "taken.part"));
    CHECK_THROWS_WITH(hjt::app::write_file((dir / "missing" / "brev.pdf").string(), "x"),
                      Catch::Contains("cannot write"));
    fs::remove_all(dir);
}
