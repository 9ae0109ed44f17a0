// The receipt (bilag) a family uploads with an expense (issue 19): PDF, JPEG
// or PNG by its first bytes, at most limits::kMaxReceiptBytes
// (domain/receipt_file.h), stored with the expense (store/receipt_store.h),
// audited with its name, size and SHA-256, and shown to whoever may read the
// expense: the caseworker deciding it, finance, the auditor, the family.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <soci/soci.h>

#include <optional>
#include <string>

#include "app/auth.h"
#include "domain/receipt_file.h"

namespace hjt::app {

// What describes a stored receipt (the file itself: receipt_file).
struct ReceiptInfo {
    Id expense_id = 0;
    std::string file_name;
    ReceiptType type = ReceiptType::pdf;
    long long size_bytes = 0;
    std::string sha256;  // hex
    std::string uploaded_by;
    std::string uploaded_at;
};

// Attaches `bytes` as the receipt of a submitted expense, in the caller's
// transaction (the route creates the expense and attaches in one, so a refused
// file stores neither). Permission as for creating the expense; ValidationError
// "receipt" for a file check_receipt refuses or a blank name; Conflict when the
// expense is decided or has a receipt already (a receipt is never replaced).
ReceiptInfo attach_receipt(soci::session& sql, const User& actor, Id expense_id, const std::string& file_name,
                           const std::string& bytes);

std::optional<ReceiptInfo> expense_receipt(soci::session& sql, Id expense_id);

struct ReceiptFile {
    ReceiptInfo info;
    std::string bytes;
};
// NotFound when the expense has no receipt.
ReceiptFile receipt_file(soci::session& sql, Id expense_id);

// {file_name, type, media_type, size_bytes, sha256, uploaded_by, uploaded_at}, or null.
Poco::Dynamic::Var to_json(const std::optional<ReceiptInfo>& receipt);

} // namespace hjt::app
