// The web application's files: content types, caching (ETag + no-cache, 304),
// security headers on every answer, 404 for unknown or private files, no way
// out of the folder, and the service routing /api/ to the API and everything
// else to the files.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "api_fixture.h"
#include "http/api_routes.h"
#include "http/static_files.h"

using namespace hjt;
using namespace hjt::test;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// site/ holds the served files; secret.txt lies beside it, where "../" would lead.
struct WebFolder {
    explicit WebFolder(const std::string& name)
        : top(fs::temp_directory_path() / ("hjt_web_" + name + "_" + std::to_string(::getpid()))) {
        fs::remove_all(top);
        write(root() / "index.html", "<!doctype html><html lang=\"da\"><title>x</title></html>");
        write(root() / "app.js", "export const x = 1;\n");
        write(root() / "style.css", "body { color: black; }\n");
        write(root() / "favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write(root() / "pages" / "week.js", "export function week() {}\n");
        write(root() / "logo.png", std::string("\x89PNG\r\n\x1a\n", 8));
        write(root() / "README.md", "# notes for developers\n");
        write(top / "secret.txt", "not for the web\n");
    }
    ~WebFolder() { fs::remove_all(top); }
    fs::path root() const { return top / "site"; }

    fs::path top;
};

} // namespace

TEST_CASE("each kind of file is served with its content type, an ETag and no-cache", "[api][web]") {
    WebFolder folder("types");
    http::StaticFiles files(folder.root().string());
    CHECK(files.file_count() == 6);  // README.md is not a kind the service serves

    const std::pair<const char*, const char*> expected[] = {
        {"/index.html", "text/html; charset=utf-8"},     {"/app.js", "text/javascript; charset=utf-8"},
        {"/style.css", "text/css; charset=utf-8"},       {"/favicon.svg", "image/svg+xml"},
        {"/pages/week.js", "text/javascript; charset=utf-8"}, {"/logo.png", "image/png"},
    };
    for (const auto& [path, type] : expected) {
        INFO(path);
        auto reply = files.reply("GET", path, "");
        CHECK(reply.status == 200);
        CHECK(reply.content_type == type);
        CHECK(reply.headers.at("Cache-Control") == "no-cache");
        CHECK(std::regex_match(reply.headers.at("ETag"), std::regex("\"[0-9a-f]{32}\"")));
    }
    auto root = files.reply("GET", "/", "");
    CHECK(root.status == 200);
    CHECK(root.body == "<!doctype html><html lang=\"da\"><title>x</title></html>");
    CHECK(files.reply("GET", "/app.js", "").body == "export const x = 1;\n");
}

TEST_CASE("an unchanged file answers 304 to its ETag, another ETag gets the file", "[api][web]") {
    WebFolder folder("etag");
    http::StaticFiles files(folder.root().string());
    const std::string etag = files.reply("GET", "/app.js", "").headers.at("ETag");
    CHECK(etag != files.reply("GET", "/style.css", "").headers.at("ETag"));

    auto unchanged = files.reply("GET", "/app.js", etag);
    CHECK(unchanged.status == 304);
    CHECK(unchanged.body.empty());
    CHECK(unchanged.headers.at("ETag") == etag);
    auto stale = files.reply("GET", "/app.js", "\"0123\"");
    CHECK(stale.status == 200);
    CHECK(stale.body == "export const x = 1;\n");
}

TEST_CASE("every answer carries the security headers, with no inline code allowed", "[api][web]") {
    WebFolder folder("headers");
    http::StaticFiles files(folder.root().string());
    for (const auto& reply : {files.reply("GET", "/", ""), files.reply("GET", "/missing.js", ""),
                              files.reply("POST", "/", ""), files.reply("GET", "/app.js", "x")}) {
        INFO(reply.status);
        const std::string csp = reply.headers.at("Content-Security-Policy");
        CHECK(csp.find("default-src 'none'") != std::string::npos);
        CHECK(csp.find("script-src 'self'") != std::string::npos);
        CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
        CHECK(csp.find("unsafe-inline") == std::string::npos);
        CHECK(csp.find("unsafe-eval") == std::string::npos);
        CHECK(reply.headers.at("X-Content-Type-Options") == "nosniff");
        CHECK(reply.headers.at("Referrer-Policy") == "no-referrer");
    }
}

TEST_CASE("unknown and private files are 404, other methods 405, a missing folder serves nothing", "[api][web]") {
    WebFolder folder("missing");
    http::StaticFiles files(folder.root().string());
    for (const char* path : {"/nope.js", "/README.md", "/pages", "/pages/", "/index.html/", "/INDEX.HTML", ""}) {
        INFO(path);
        auto reply = files.reply("GET", path, "");
        CHECK(reply.status == 404);
        CHECK(reply.content_type == "text/plain; charset=utf-8");
    }
    auto post = files.reply("POST", "/index.html", "");
    CHECK(post.status == 405);
    CHECK(post.headers.at("Allow") == "GET, HEAD");
    CHECK(files.reply("HEAD", "/app.js", "").status == 200);

    http::StaticFiles none((folder.top / "no-such-folder").string());
    CHECK(none.file_count() == 0);
    CHECK(none.reply("GET", "/", "").status == 404);
}

TEST_CASE("no path leads out of the folder", "[api][web]") {
    WebFolder folder("traversal");
    http::StaticFiles files(folder.root().string());
    for (const char* path : {"/../secret.txt", "/pages/../../secret.txt", "/./../secret.txt", "..", "/..",
                             "/pages/../index.html", "//secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt"}) {
        INFO(path);
        CHECK(files.reply("GET", path, "").status == 404);
    }
}

TEST_CASE("the service sends /api/ to the API and every other path to the web files", "[api][web]") {
    WebFolder folder("server");
    Settings settings;
    settings.database = (folder.top / "web.db").string();
    settings.config_dir = "config";
    settings.port = 0;
    settings.web_dir = folder.root().string();
    http::Server server(settings, http::api_routes(settings));
    server.start();
    ApiClient client(server.port());

    auto page = client.get("/", "");
    CHECK(page.status == 200);
    CHECK(page.headers["Content-Type"] == "text/html; charset=utf-8");
    CHECK(page.headers["X-Content-Type-Options"] == "nosniff");
    CHECK(page.headers.count("Content-Security-Policy") == 1);
    auto module = client.get("/pages/week.js?v=2", "");
    CHECK(module.status == 200);
    CHECK(module.body == "export function week() {}\n");
    CHECK(module.headers["Content-Type"] == "text/javascript; charset=utf-8");
    CHECK(client.request("GET", "/app.js", "").headers["ETag"] == client.get("/app.js", "").headers["ETag"]);

    // The API keeps its JSON answers, also for its unknown paths.
    auto api = client.get("/api/v1/nothing-here", "");
    CHECK(api.status == 404);
    CHECK(api.headers["Content-Type"] == "application/json; charset=utf-8");
    CHECK(client.get("/healthz", "").text("status") == "ok");
    CHECK(client.post("/api/v1/login", R"({"username": "x", "password": "y"})", "").status == 401);

    // Raw request lines, as a hostile client would send them.
    for (const char* target : {"/../secret.txt", "/pages/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                               "/..%5csecret.txt", "/api/../../secret.txt"}) {
        INFO(target);
        auto r = client.raw(std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        CHECK((r.status == 404 || r.status == 400));
        CHECK(r.body.find("not for the web") == std::string::npos);
    }
    auto head = client.raw("HEAD /app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    CHECK(head.status == 200);
    CHECK(head.body.empty());
    server.stop();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(settings.database + suffix);
}

TEST_CASE("the real web application: Danish, and every script is a file (the CSP allows no inline code)", "[api][web]") {
    http::StaticFiles files("src/http/web");
    auto index = files.reply("GET", "/", "");
    REQUIRE(index.status == 200);
    CHECK(index.body.find("<html lang=\"da\">") != std::string::npos);
    CHECK(index.body.find("<main id=\"main\"") != std::string::npos);
    // Every <script> names its file; no inline handlers or styles, which the CSP would block.
    std::regex script("<script([^>]*)>");
    for (auto it = std::sregex_iterator(index.body.begin(), index.body.end(), script); it != std::sregex_iterator(); ++it)
        CHECK((*it)[1].str().find("src=") != std::string::npos);
    CHECK(index.body.find(" onclick=") == std::string::npos);
    CHECK(index.body.find(" style=") == std::string::npos);
    for (const char* path : {"/app.js", "/api.js", "/dom.js", "/format.js", "/routes.js", "/style.css", "/pages/week.js"}) {
        INFO(path);
        CHECK(files.reply("GET", path, "").status == 200);
    }
}
