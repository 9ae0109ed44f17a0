#include "app/payout_export.h"

#include "app/claims_set_off.h"
#include "app/file_output.h"
#include "app/payout_payroll_dues.h"
#include "app/permissions.h"

#include <Poco/JSON/Object.h>
#include <date/tz.h>

#include <filesystem>
#include <fstream>

#include "app/entity_json.h"
#include "domain/bank_transfer.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "reports/bank_csv.h"
#include "reports/payout_run_sheet.h"
#include "reports/workbook_bytes.h"
#include "store/audit_log.h"
#include "store/payout_store.h"
#include "support/clock.h"

namespace hjt::app {
namespace {

std::string without_bank_extension(const std::string& base) {
    std::filesystem::path p(base);
    if (p.extension() == ".csv" || p.extension() == ".xml") p.replace_extension();
    return p.string();
}

// "HJT-2026-03-R7-20260325101500": unique per file, as the bank requires of MsgId.
std::string message_id(const PayoutRunHeader& run, const std::string& timestamp) {
    std::string compact;
    for (char c : timestamp)
        if (c >= '0' && c <= '9') compact += c;
    return "HJT-" + iso(run.month) + "-R" + std::to_string(run.id) + "-" + compact;
}

} // namespace

Date default_execution_date(Month month, Date today) {
    Date first = first_day(month);
    return date::sys_days{first} < date::sys_days{today} ? today : first;
}

Date today_in_copenhagen() {
    auto local = date::make_zoned("Europe/Copenhagen", support::now()).get_local_time();
    return Date{date::sys_days{date::floor<date::days>(local).time_since_epoch()}};
}

namespace {

struct SettledRun {
    PayoutRun run;
    RunSettlement settlement;
};

// The month's run and its settlement from the payees the run recorded and the
// approver approved: never the register as it is now.
SettledRun settled_run(soci::session& sql, const User& actor, Month month, bool bank) {
    // The run sheet is a read for staff; bank files are what the bank pays.
    require_permission(actor, bank ? Operation::payout_bank_file : Operation::read_across_families);
    PayoutRun run = store::load_payout_run(sql, month);
    if (bank && run.header.status == RunStatus::draft)
        throw Conflict(Message{MessageCode::bank_files_need_approval, {danish_month(month)}});
    RunSettlement settlement = settle_run(run);
    return {std::move(run), std::move(settlement)};
}

void write_run_sheet(soci::session& sql, const SettledRun& s, const std::string& path) {
    reports::write_payout_run_sheet(path, s.run, s.settlement, store::stored_settled_months(sql, s.run.header.id),
                                    run_sheet_dues(sql, s.run));
}

// Both bank files of the settled run, audited under the names they are
// written or sent as.
BankFileBytes bank_file_bytes(soci::session& sql, const User& actor, const SettledRun& s, const reports::Debtor& debtor,
                              Date execution_date, const std::string& csv_name, const std::string& xml_name) {
    const RunSettlement& settlement = s.settlement;
    std::string now = support::utc_now();
    reports::PaymentBatch batch{message_id(s.run.header, now), now, execution_date, debtor, settlement.transfers};
    BankFileBytes files{reports::bank_csv(batch.transfers), reports::pain001_xml(batch)};

    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("message_id", batch.message_id);
    after->set("csv", csv_name);
    after->set("xml", xml_name);
    after->set("transfers", static_cast<long long>(settlement.transfers.size()));
    after->set("control_sum", total_of(settlement.transfers).ore());
    after->set("withholding", total_of(settlement.withholding).ore());
    after->set("saved_costs", settlement.saved_costs.ore());
    after->set("held_back", total_of(settlement.held_back).ore());
    after->set("execution_date", iso(batch.execution_date));
    store::append_audit(sql, {actor.username, "export-bank", "payout_run", iso(s.run.header.month), "", stringify(after)});
    // Only now, the run approved and its payments on their way, do its set-offs settle claims.
    settle_set_offs(sql, actor, s.run.header.id, s.run.header.month, batch.execution_date);
    return files;
}

} // namespace

PayoutExport export_payout(soci::session& sql, const User& actor, Month month, const std::string& xlsx_path,
                           const std::optional<BankFileRequest>& bank) {
    const SettledRun s = settled_run(sql, actor, month, bank.has_value());
    const RunSettlement& settlement = s.settlement;

    PayoutExport result;
    result.xlsx = xlsx_path;
    result.transfers = settlement.transfers.size();
    result.transfer_total = total_of(settlement.transfers);
    result.withholding_total = total_of(settlement.withholding);
    result.saved_costs_total = settlement.saved_costs;
    result.held_back_total = total_of(settlement.held_back);
    write_run_sheet(sql, s, xlsx_path);
    if (!bank) return result;

    std::string base = without_bank_extension(bank->base);
    result.csv = base + ".csv";
    result.xml = base + ".xml";
    BankFileBytes files = bank_file_bytes(sql, actor, s, bank->debtor, bank->execution_date, *result.csv, *result.xml);
    write_file(*result.csv, files.csv);
    write_file(*result.xml, files.xml);
    return result;
}

std::string payout_run_sheet(soci::session& sql, const User& actor, Month month) {
    const SettledRun s = settled_run(sql, actor, month, false);
    return reports::workbook_bytes([&](const std::string& path) { write_run_sheet(sql, s, path); });
}

BankFileBytes payout_bank_files(soci::session& sql, const User& actor, Month month, const reports::Debtor& debtor,
                                Date execution_date, const std::string& download_base) {
    const SettledRun s = settled_run(sql, actor, month, true);
    return bank_file_bytes(sql, actor, s, debtor, execution_date, download_base + ".csv", download_base + ".xml");
}

} // namespace hjt::app
