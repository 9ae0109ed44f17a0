// A scratch database with a small register for payout runs, written through
// the store's repository, and the run operations with the worked example's
// rates (holiday pay 12,5 %, on-cost 6,00 kr/h, the 2024 cap 706.600 kr).
#pragma once

#include <optional>
#include <string>

#include "app/payout_service.h"
#include "reports/pain001.h"
#include "store/scratch_database.h"

namespace hjt::test {

// The municipality paying in the bank files the tests write.
inline const reports::Debtor kDebtor{"Hjemby Kommune", "DK4515510001234567", ""};

class PayoutRegister {
public:
    explicit PayoutRegister(const std::string& name) : scratch_(name) {}

    store::Database& db() { return scratch_.db(); }
    soci::session& sql() { return scratch_.sql(); }
    std::string path() const { return scratch_.path(); }
    std::string side_file(const std::string& suffix) const { return scratch_.side_file(suffix); }
    long long count(const std::string& table) { return scratch_.count(table); }

    Id family(const std::string& name, bool with_bank = true);
    Id child(Id family_id, Date birth, const std::string& name = "Barn");
    // A grant valid from `from` (open-ended) with one version: weekly hours in hundredths, wage in øre.
    Id grant(Id child_id, Date from, long long weekly_hours_h100, long long wage_ore);
    Id version(Id grant_id, Date from, long long weekly_hours_h100, long long wage_ore);
    Id approved_expense(Id family_id, Id child_id, Date day, long long amount_ore);

    // Each in its own transaction, as the command line runs them.
    app::PrepareOutcome prepare(const std::string& actor, Month month, const app::PrepareOptions& options = {});
    PayoutRunHeader approve(const std::string& actor, Month month);

private:
    testing::ScratchDatabase scratch_;
    int families_ = 0;
};

} // namespace hjt::test
