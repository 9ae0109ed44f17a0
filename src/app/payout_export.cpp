#include "app/payout_export.h"
#include "app/permissions.h"

#include <Poco/JSON/Object.h>
#include <date/tz.h>

#include <filesystem>
#include <fstream>

#include "app/entity_json.h"
#include "domain/bank_transfer.h"
#include "domain/errors.h"
#include "reports/bank_csv.h"
#include "reports/payout_run_sheet.h"
#include "store/audit_log.h"
#include "store/clock.h"
#include "store/payout_store.h"

namespace hjt::app {
namespace {

void write_file(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path);
}

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
    auto local = date::make_zoned("Europe/Copenhagen", std::chrono::system_clock::now()).get_local_time();
    return Date{date::sys_days{date::floor<date::days>(local).time_since_epoch()}};
}

PayoutExport export_payout(soci::session& sql, const User& actor, Month month, const std::string& xlsx_path,
                           const std::optional<BankFileRequest>& bank) {
    // The run sheet is a read for staff; bank files are what the bank pays.
    require_permission(actor, bank ? Operation::payout_bank_file : Operation::read_across_families);
    PayoutRun run = store::load_payout_run(sql, month);
    if (bank && run.header.status == RunStatus::draft)
        throw Conflict("the run for " + iso(month) + " is a draft; bank files are made only from an approved run");
    // The payees the run recorded and the approver approved: never the register as it is now.
    RunSettlement settlement = settle_run(run);

    PayoutExport result;
    result.xlsx = xlsx_path;
    result.transfers = settlement.transfers.size();
    result.transfer_total = total_of(settlement.transfers);
    result.withholding_total = total_of(settlement.withholding);
    result.saved_costs_total = settlement.saved_costs;
    result.held_back_total = total_of(settlement.held_back);
    reports::write_payout_run_sheet(xlsx_path, run, settlement, store::stored_settled_months(sql, run.header.id));
    if (!bank) return result;

    std::string now = store::utc_now();
    reports::PaymentBatch batch{message_id(run.header, now), now, bank->execution_date, bank->debtor,
                                settlement.transfers};
    std::string base = without_bank_extension(bank->base);
    result.csv = base + ".csv";
    result.xml = base + ".xml";
    write_file(*result.csv, reports::bank_csv(batch.transfers));
    write_file(*result.xml, reports::pain001_xml(batch));

    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("message_id", batch.message_id);
    after->set("csv", *result.csv);
    after->set("xml", *result.xml);
    after->set("transfers", static_cast<long long>(result.transfers));
    after->set("control_sum", result.transfer_total.ore());
    after->set("withholding", result.withholding_total.ore());
    after->set("saved_costs", result.saved_costs_total.ore());
    after->set("held_back", result.held_back_total.ore());
    after->set("execution_date", iso(batch.execution_date));
    store::append_audit(sql, {actor.username, "export-bank", "payout_run", iso(month), "", stringify(after)});
    return result;
}

} // namespace hjt::app
