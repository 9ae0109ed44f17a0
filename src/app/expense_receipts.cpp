#include "app/expense_receipts.h"

#include <Poco/JSON/Object.h>

#include <sstream>
#include <stdexcept>

#include "app/base64_text.h"
#include "app/permissions.h"
#include "domain/errors.h"
#include "store/audit_log.h"
#include "store/receipt_store.h"
#include "store/register_repository.h"
#include "support/clock.h"
#include "support/sha256.h"

namespace hjt::app {
namespace {

ReceiptInfo info_of(const store::ReceiptRecord& r) {
    auto type = parse_code<ReceiptType>(r.file_type);
    if (!type) throw std::runtime_error("corrupt receipt of expense " + std::to_string(r.expense_id));
    return {r.expense_id, r.file_name, *type, r.size_bytes, r.sha256, r.uploaded_by, r.uploaded_at};
}

Poco::JSON::Object::Ptr json_of(const ReceiptInfo& r) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("file_name", r.file_name);
    o->set("type", to_string(r.type));
    o->set("media_type", media_type(r.type));
    o->set("size_bytes", r.size_bytes);
    o->set("sha256", r.sha256);
    o->set("uploaded_by", r.uploaded_by);
    o->set("uploaded_at", r.uploaded_at);
    return o;
}

} // namespace

ReceiptInfo attach_receipt(soci::session& sql, const User& actor, Id expense_id, const std::string& file_name,
                           const std::string& bytes) {
    auto expense = store::find_expense(sql, expense_id);
    if (!expense) throw NotFound(Message{MessageCode::expense_not_found, {std::to_string(expense_id)}});
    require_permission(actor, Operation::family_edit, expense->family_id);
    if (file_name.find_first_not_of(" \t") == std::string::npos)
        throw ValidationError("receipt", Message{MessageCode::attachment_name_missing, {}});
    const ReceiptType type = check_receipt(file_name, bytes, "receipt");
    if (expense->status != ExpenseStatus::submitted)
        throw Conflict(Message{MessageCode::attachment_expense_decided, {std::to_string(expense_id)}});
    if (store::find_receipt(sql, expense_id))
        throw Conflict(Message{MessageCode::attachment_exists, {std::to_string(expense_id)}});
    ReceiptInfo info{expense_id, file_name, type, static_cast<long long>(bytes.size()), support::sha256_hex(bytes),
                     actor.username, support::utc_now()};
    store::insert_receipt(sql, {expense_id, info.file_name, to_string(type), info.size_bytes, info.sha256,
                                info.uploaded_by, info.uploaded_at},
                          to_base64(bytes));
    Poco::JSON::Object::Ptr after = json_of(info);
    std::ostringstream text;
    after->stringify(text);
    store::append_audit(sql, {actor.username, "attach-receipt", "expense", std::to_string(expense_id), "", text.str()});
    return info;
}

std::optional<ReceiptInfo> expense_receipt(soci::session& sql, Id expense_id) {
    auto found = store::find_receipt(sql, expense_id);
    if (!found) return std::nullopt;
    return info_of(*found);
}

ReceiptFile receipt_file(soci::session& sql, Id expense_id) {
    auto info = expense_receipt(sql, expense_id);
    auto content = store::receipt_content(sql, expense_id);
    if (!info || !content) throw NotFound(Message{MessageCode::attachment_missing, {std::to_string(expense_id)}});
    auto bytes = from_base64(*content);
    if (!bytes) throw std::runtime_error("corrupt receipt of expense " + std::to_string(expense_id));
    return {*info, std::move(*bytes)};
}

Poco::Dynamic::Var to_json(const std::optional<ReceiptInfo>& receipt) {
    if (!receipt) return Poco::Dynamic::Var();
    return json_of(*receipt);
}

} // namespace hjt::app
