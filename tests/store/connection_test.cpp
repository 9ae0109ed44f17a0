#include <catch2/catch.hpp>

#include "domain/errors.h"
#include "store/connection.h"

using namespace hjt;
using store::Backend;

TEST_CASE("a connection string names SQLite or PostgreSQL, a bare path is SQLite as before", "[store][connection]") {
    auto file = store::parse_connection("sqlite3://var/hjt.db");
    CHECK(file.backend == Backend::sqlite);
    CHECK(file.target == "var/hjt.db");
    CHECK(store::parse_connection("sqlite3:///srv/hjt.db").target == "/srv/hjt.db");
    auto bare = store::parse_connection("/tmp/x.db");
    CHECK(bare.backend == Backend::sqlite);
    CHECK(bare.target == "/tmp/x.db");

    auto words = store::parse_connection("postgresql://host=/run/pg port=5433 dbname=hjt schema=egeskov user=hjt");
    CHECK(words.backend == Backend::postgresql);
    CHECK(words.target == "host=/run/pg port=5433 dbname=hjt user=hjt");
    CHECK(words.schema == "egeskov");

    auto uri = store::parse_connection("postgresql://hjt@db.example.dk/hjt?sslmode=require");
    CHECK(uri.backend == Backend::postgresql);
    CHECK(uri.target == "postgresql://hjt@db.example.dk/hjt?sslmode=require");
    CHECK(uri.schema.empty());
}

TEST_CASE("a schema that is not a plain lower-case name is refused", "[store][connection]") {
    for (const char* bad : {"schema=Egeskov", "schema=a;drop", "schema=1abc", "schema=a-b"})
        CHECK_THROWS_AS(store::parse_connection(std::string("postgresql://dbname=hjt ") + bad), ValidationError);
}
