// The web application's files (src/http/web/, found through HJT_HOME like
// config/) served under "/" by the same service as the API.
//
// The folder is read once, when the service starts: a request can only name a
// file that was listed then, so "../" and other tricks find nothing (404)
// rather than being filtered. Only known kinds of file are served (html, css,
// js, svg, png, ico, json, txt), each with its Content-Type; README.md and
// the like stay private.
//
// Caching: every answer has a strong ETag (SHA-256 of the bytes) and
// "Cache-Control: no-cache", so a browser always revalidates and gets 304
// while the file is unchanged. Without a build step there are no hashed
// names, and a page must never run with a stale module after an upgrade.
//
// Every answer (404 too) carries page_security_headers() (security_headers.h).
#pragma once

#include <map>
#include <string>

namespace hjt::http {

struct StaticReply {
    int status = 200;                            // 200, 304, 404 or 405
    std::string content_type;                    // for 200 and the 404 text
    std::string body;                            // empty for 304 (a HEAD answer sends only its length)
    std::map<std::string, std::string> headers;  // ETag, Cache-Control, security headers, Allow
};

class StaticFiles {
public:
    // Lists and reads `root` (a missing folder serves nothing: every path is 404).
    explicit StaticFiles(const std::string& root);

    // `path` is the request's decoded path ("/" is "/index.html");
    // `if_none_match` the request's If-None-Match header ("" when absent).
    StaticReply reply(const std::string& method, const std::string& path, const std::string& if_none_match) const;

    std::size_t file_count() const { return files_.size(); }

private:
    struct File {
        std::string content_type;
        std::string bytes;
        std::string etag;
    };
    std::map<std::string, File> files_;  // "/index.html" -> the file
};

} // namespace hjt::http
