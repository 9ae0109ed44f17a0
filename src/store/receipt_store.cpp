#include "store/receipt_store.h"

namespace hjt::store {
namespace {

const char* const kColumns =
    "SELECT r.expense_id, r.file_name, r.file_type, r.size_bytes, r.sha256, r.uploaded_by, r.uploaded_at"
    " FROM expense_receipts r";

// The receipts a query with one bound value (an id, a year's text) selects.
template <class Bound>
std::vector<ReceiptRecord> select_receipts(soci::session& sql, const std::string& rest, const Bound& bound) {
    ReceiptRecord r;
    long long expense = 0, size = 0;
    soci::statement st = (sql.prepare << kColumns + rest, soci::into(expense), soci::into(r.file_name),
                          soci::into(r.file_type), soci::into(size), soci::into(r.sha256), soci::into(r.uploaded_by),
                          soci::into(r.uploaded_at), soci::use(bound));
    st.execute();
    std::vector<ReceiptRecord> out;
    while (st.fetch()) {
        r.expense_id = expense;
        r.size_bytes = size;
        out.push_back(r);
    }
    return out;
}

} // namespace

void insert_receipt(soci::session& sql, const ReceiptRecord& r, const std::string& content_base64) {
    const long long expense = r.expense_id, size = r.size_bytes;
    sql << "INSERT INTO expense_receipts (expense_id, file_name, file_type, size_bytes, sha256, content_base64,"
           " uploaded_by, uploaded_at) VALUES (:e, :n, :t, :s, :h, :c, :by, :at)",
        soci::use(expense), soci::use(r.file_name), soci::use(r.file_type), soci::use(size), soci::use(r.sha256),
        soci::use(content_base64), soci::use(r.uploaded_by), soci::use(r.uploaded_at);
}

std::optional<ReceiptRecord> find_receipt(soci::session& sql, Id expense_id) {
    const long long expense = expense_id;
    auto found = select_receipts(sql, " WHERE r.expense_id = :e", expense);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<std::string> receipt_content(soci::session& sql, Id expense_id) {
    const long long expense = expense_id;
    std::string content;
    soci::indicator ind = soci::i_null;
    sql << "SELECT content_base64 FROM expense_receipts WHERE expense_id = :e", soci::into(content, ind),
        soci::use(expense);
    if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
    return content;
}

std::vector<ReceiptRecord> list_receipts_of_year(soci::session& sql, int year) {
    return select_receipts(sql,
                           " JOIN expenses e ON e.id = r.expense_id WHERE substr(e.expense_date, 1, 4) = :y"
                           " ORDER BY r.expense_id",
                           std::to_string(year));
}

} // namespace hjt::store
