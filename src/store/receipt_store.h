// The receipts uploaded with expenses (schema v20): one per expense, the file
// as base64 text (the app layer encodes and decodes) and what describes it.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/entities.h"

namespace hjt::store {

struct ReceiptRecord {
    Id expense_id = 0;
    std::string file_name;
    std::string file_type;  // ReceiptType's code: pdf, jpeg, png
    long long size_bytes = 0;
    std::string sha256;     // hex, of the file's bytes
    std::string uploaded_by;
    std::string uploaded_at;
};

void insert_receipt(soci::session& sql, const ReceiptRecord& receipt, const std::string& content_base64);
std::optional<ReceiptRecord> find_receipt(soci::session& sql, Id expense_id);
// The file as stored (base64); nullopt when the expense has no receipt.
std::optional<std::string> receipt_content(soci::session& sql, Id expense_id);
// The receipts of the expenses dated in `year`, by expense id (the auditor's export).
std::vector<ReceiptRecord> list_receipts_of_year(soci::session& sql, int year);

} // namespace hjt::store
