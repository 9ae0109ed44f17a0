#include "store/connection.h"

#include <regex>
#include <sstream>

#include "domain/errors.h"

namespace hjt::store {

namespace {

const std::string kSqlitePrefix = "sqlite3://";
const std::string kPostgresPrefix = "postgresql://";

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// Takes "schema=NAME" out of libpq's key=value words (libpq would refuse it).
Connection postgres_keywords(const std::string& words) {
    Connection c{Backend::postgresql, "", ""};
    std::istringstream in(words);
    std::string word;
    while (in >> word) {
        if (starts_with(word, "schema="))
            c.schema = word.substr(7);
        else
            c.target += (c.target.empty() ? "" : " ") + word;
    }
    static const std::regex identifier("[a-z_][a-z0-9_]{0,62}");
    if (!c.schema.empty() && !std::regex_match(c.schema, identifier))
        throw ValidationError("hjt.database", Message{MessageCode::schema_name_invalid, {c.schema}});
    return c;
}

} // namespace

Connection parse_connection(const std::string& text) {
    if (!starts_with(text, kPostgresPrefix)) {
        Connection c{Backend::sqlite, starts_with(text, kSqlitePrefix) ? text.substr(kSqlitePrefix.size()) : text, ""};
        const std::string read_only = kSqliteReadOnly;
        if (c.target.size() > read_only.size() && c.target.ends_with(read_only)) {
            c.target.resize(c.target.size() - read_only.size());
            c.read_only = true;
        }
        return c;
    }
    std::string rest = text.substr(kPostgresPrefix.size());
    if (rest.find('=') == std::string::npos || rest.find('/') < rest.find('='))
        return {Backend::postgresql, text, ""};  // a URI: libpq reads it as it is
    return postgres_keywords(rest);
}

} // namespace hjt::store
