#include "store/row_cursor.h"

#include <atomic>

#include "store/sql_dialect.h"

namespace hjt::store {
namespace {

// Unique within the process: a transaction may hold several cursors at once.
std::string next_cursor_name() {
    static std::atomic<long long> count{0};
    return "hjt_rows_" + std::to_string(++count);
}

} // namespace

RowCursor::RowCursor(soci::session& sql, const std::string& query,
                     const std::function<void(soci::statement&)>& bind_into)
    : sql_(sql), st_(sql) {
    std::string read = query;
    if (backend_of(sql) == Backend::postgresql) {
        cursor_ = next_cursor_name();
        // WITH HOLD: a read outside a transaction (audit verify from a test,
        // each statement its own) may use it too; in a transaction it is
        // read as the transaction sees the rows, and closed before it ends.
        sql << "DECLARE " + cursor_ + " NO SCROLL CURSOR WITH HOLD FOR " + query;
        read = "FETCH " + std::to_string(kCursorRows) + " FROM " + cursor_;
    }
    bind_into(st_);
    st_.alloc();
    // One-time: PostgreSQL cannot PREPARE a FETCH; it is sent again for each batch.
    prepare_once(st_, read);
    st_.define_and_bind();
    st_.execute();
}

RowCursor::~RowCursor() {
    if (cursor_.empty()) return;
    try {
        sql_ << "CLOSE " + cursor_;
    } catch (...) {
        // The transaction is failing already (the reason is on its way up);
        // its rollback drops the cursor it declared.
    }
}

bool RowCursor::fetch() {
    if (st_.fetch()) {
        ++rows_of_batch_;
        return true;
    }
    // A full batch: there may be more behind it on the server.
    if (cursor_.empty() || rows_of_batch_ < kCursorRows) return false;
    rows_of_batch_ = 0;
    st_.execute();
    return fetch();
}

} // namespace hjt::store
