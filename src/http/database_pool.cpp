#include "http/database_pool.h"

namespace hjt::http {

DatabasePool::DatabasePool(std::string path, std::size_t capacity) : path_(std::move(path)), capacity_(capacity) {
    idle_.push_back(std::make_unique<store::Database>(path_));
    opened_ = 1;
}

DatabasePool::Lease::~Lease() {
    if (db_) pool_->give_back(std::move(db_));
}

DatabasePool::Lease DatabasePool::borrow() {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [&] { return !idle_.empty() || opened_ < capacity_; });
    if (!idle_.empty()) {
        auto db = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(db));
    }
    ++opened_;
    lock.unlock();
    try {
        return Lease(*this, std::make_unique<store::Database>(path_));
    } catch (...) {
        std::lock_guard again(mutex_);
        --opened_;
        returned_.notify_one();
        throw;
    }
}

void DatabasePool::give_back(std::unique_ptr<store::Database> db) {
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(db));
    }
    returned_.notify_one();
}

} // namespace hjt::http
