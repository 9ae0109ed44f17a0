// The tables of each schema version, as portable SQL (INTEGER/BIGINT/TEXT,
// ISO dates as TEXT, money as BIGINT øre, hours as BIGINT hundredths, rates as
// INTEGER basis points).
#pragma once

#include <string>
#include <vector>

namespace hjt::store {

std::vector<std::string> schema_v1();
std::vector<std::string> schema_v3();
std::vector<std::string> schema_v4();
std::vector<std::string> schema_v5();
std::vector<std::string> schema_v6();
std::vector<std::string> schema_v7();
std::vector<std::string> schema_v8();
std::vector<std::string> schema_v9();
std::vector<std::string> schema_v11();
std::vector<std::string> schema_v12();
std::vector<std::string> schema_v13();
std::vector<std::string> schema_v14();
std::vector<std::string> schema_v15();
std::vector<std::string> schema_v16();
std::vector<std::string> schema_v17();
std::vector<std::string> schema_v18();
std::vector<std::string> schema_v20();
std::vector<std::string> schema_v24();
std::vector<std::string> schema_v25();

} // namespace hjt::store
