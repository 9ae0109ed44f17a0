#include "app/eindkomst_service.h"

#include <Poco/JSON/Object.h>

#include <map>
#include <set>

#include "app/entity_json.h"
#include "app/payslip_service.h"
#include "app/permissions.h"
#include "domain/eindkomst_report.h"
#include "domain/errors.h"
#include "domain/validation.h"
#include "store/audit_log.h"
#include "store/eindkomst_store.h"
#include "store/register_repository.h"
#include "support/clock.h"

namespace hjt::app {

namespace {

const std::string kHelper = "helper";
// Record 5000's ids stand in while the file is checked, before any row is stored.
const std::string kDraftId = store::report_id_text(0);

std::string cpr_digits(const std::string& cpr) {
    std::string digits;
    for (char c : cpr)
        if (c != '-') digits += c;
    return digits;
}

std::string employee_no(const Helper& h) { return "H" + std::to_string(h.id); }

bool employed_in(const Helper& h, Month month) {
    return intersect(h.employment, Period{first_day(month), last_day(month)}).has_value();
}

bool ends_in(const Helper& h, Month month) { return h.employment.to && month_of(*h.employment.to) == month; }

// The employer's SE number, or the reason it has none (Danish, naming the field).
void require_employer_se(const Family& family) {
    const std::string where = "Familien \"" + family.name + "\" (id " + std::to_string(family.id) + ")";
    if (family.cvr.empty())
        throw ValidationError("cvr", where + " har intet CVR/SE-nummer (felt cvr): familien kan ikke indberettes "
                                             "til eIndkomst som arbejdsgiver");
    if (cvr_error(family.cvr))
        throw ValidationError("cvr", where + " har intet gyldigt CVR/SE-nummer (felt cvr): " + family.cvr +
                                         " er ikke 8 cifre, der består modulus 11-kontrollen");
}

void require_cpr(const Helper& h) {
    if (check_cpr(h.cpr).error)
        throw ValidationError("cpr", "Hjælper " + std::to_string(h.id) + " (CPR " + mask_cpr(h.cpr) +
                                         ") har intet gyldigt CPR-nummer (felt cpr): 10 cifre DDMMÅÅ-LLLL med en "
                                         "rigtig fødselsdato kræves");
}

// One person's report of the month as it goes into the file and the store.
struct PersonPlan {
    Helper helper;
    std::optional<Id> corrects;
    std::vector<eindkomst::Group> groups;
};

struct EmployerPlan {
    std::vector<PersonPlan> persons;
    std::vector<eindkomst::Employment> employments;
    bool zero_report = false;
    int unchanged = 0;
    bool empty() const { return persons.empty() && !zero_report; }
};

EmployerPlan plan_employer(soci::session& sql, const Family& family, const std::vector<Helper>& employed, Month month) {
    EmployerPlan plan;
    const auto reported = store::reported_persons(sql, family.cvr, month);
    std::map<Id, Payslip> paid;
    for (const auto& m : family_payslips(sql, family.id, month).helpers) paid.emplace(m.helper.id, m.payslip);

    // Everyone employed in the month, and everyone reported for it before (a
    // helper whose shifts were removed is corrected back to 0).
    std::map<Id, Helper> persons;
    for (const auto& h : employed) persons.emplace(h.id, h);
    for (const auto& [key, _] : reported)
        if (key.first == kHelper && !persons.count(key.second))
            if (auto h = store::find_helper(sql, key.second)) persons.emplace(h->id, *h);

    for (const auto& [id, helper] : persons) {
        const auto slip = paid.find(id);
        const auto now = slip == paid.end() ? std::vector<eindkomst::Group>{} : eindkomst::helper_fields(slip->second);
        const auto before = reported.find({kHelper, id});
        if (before == reported.end()) {
            if (now.empty()) continue;  // employed, not paid: the month's report without persons covers it
            require_cpr(helper);
            // Record 2101 tells eIndkomst of the employment when it is first reported, and of its end.
            if (!store::reported_before(sql, family.cvr, {kHelper, id}) || ends_in(helper, month))
                plan.employments.push_back({cpr_digits(helper.cpr), employee_no(helper), helper.employment});
            plan.persons.push_back({helper, std::nullopt, now});
            continue;
        }
        auto change = eindkomst::correction(now, before->second.figures);
        if (change.empty()) {
            ++plan.unchanged;
            continue;
        }
        require_cpr(helper);
        plan.persons.push_back({helper, before->second.first_report, std::move(change)});
    }
    plan.zero_report = plan.persons.empty() && plan.unchanged == 0 && !store::month_reported(sql, family.cvr, month);
    return plan;
}

eindkomst::EmployerFile file_of(const Family& family, Month month, const EmployerPlan& plan,
                                const EindkomstOptions& options, const std::string& file_id,
                                const std::vector<std::string>& report_ids) {
    const std::string now = support::utc_now();  // 2026-03-01T09:15:00Z: sent date and time in UTC
    eindkomst::EmployerFile file;
    file.reporter_se = file.employer_se = family.cvr;
    file.month = month;
    file.sent = *parse_iso_date(now.substr(0, 10));
    file.sent_time = now.substr(11, 2) + now.substr(14, 2) + now.substr(17, 2);
    file.file_id = file_id;
    file.test = options.test;
    file.system_version = "1";
    file.employments = plan.employments;
    if (plan.zero_report) file.zero_report_id = report_ids.at(0);
    for (std::size_t i = 0; i < plan.persons.size(); ++i) {
        const auto& p = plan.persons[i];
        file.reports.push_back({report_ids.at(i),
                                p.corrects ? std::optional(store::report_id_text(*p.corrects)) : std::nullopt,
                                cpr_digits(p.helper.cpr), employee_no(p.helper), p.groups});
    }
    return file;
}

// Stores what the file sends and returns the report ids, in the plan's order
// (the month without pay, or the persons).
std::vector<std::string> store_reports(soci::session& sql, const User& actor, const Family& family, Month month,
                                       const EmployerPlan& plan, Id file_row) {
    std::vector<std::string> ids;
    store::NewReport row{store::ReportKind::zero, family.cvr, month, {"", 0}, std::nullopt, file_row, actor.username, {}};
    if (plan.zero_report) ids.push_back(store::report_id_text(store::insert_report(sql, row)));
    for (const auto& p : plan.persons) {
        row.kind = store::ReportKind::person;
        row.person = {kHelper, p.helper.id};
        row.corrects = p.corrects;
        row.values = eindkomst::reported_of(p.groups);
        ids.push_back(store::report_id_text(store::insert_report(sql, row)));
    }
    return ids;
}

EmployerReport report_employer(soci::session& sql, const User& actor, const Family& family,
                               const std::vector<Helper>& employed, Month month, const EindkomstOptions& options) {
    EmployerReport out{family.id, family.name, family.cvr};
    try {
        require_employer_se(family);
        const EmployerPlan plan = plan_employer(sql, family, employed, month);
        out.unchanged = plan.unchanged;
        if (plan.empty()) return out;
        // Written once with stand-in ids: a value that does not fit its field
        // refuses the employer before anything is stored.
        const std::size_t count = plan.persons.size() + (plan.zero_report ? 1 : 0);
        eindkomst::write_file(
            eindkomst::records_of(file_of(family, month, plan, options, kDraftId, std::vector(count, kDraftId))));

        const Id file_row = store::insert_report(
            sql, {store::ReportKind::file, family.cvr, month, {"", 0}, std::nullopt, std::nullopt, actor.username, {}});
        const auto ids = store_reports(sql, actor, family, month, plan, file_row);
        const std::string file_id = store::report_id_text(file_row);
        out.content = eindkomst::write_file(eindkomst::records_of(file_of(family, month, plan, options, file_id, ids)));
        out.file_name = "eindkomst-" + family.cvr + "-" + iso(month) + "-" + file_id + ".txt";
        out.zero_report = plan.zero_report;
        for (const auto& p : plan.persons) ++(p.corrects ? out.corrections : out.reports);

        Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
        after->set("family_id", family.id);
        after->set("employer_se", family.cvr);
        after->set("month", iso(month));
        after->set("file", out.file_name);
        after->set("reports", out.reports);
        after->set("corrections", out.corrections);
        after->set("unchanged", out.unchanged);
        after->set("zero_report", out.zero_report);
        after->set("test", options.test);
        store::append_audit(sql, {actor.username, "report", "eindkomst", file_id, "", stringify(after)});
    } catch (const ValidationError& e) {
        out.refused = e.what();
        out.refused_field = e.field();
        out.file_name.clear();
        out.content.clear();
    }
    return out;
}

} // namespace

EindkomstMonth report_eindkomst(soci::session& sql, const User& actor, Month month, const EindkomstOptions& options) {
    require_permission(actor, Operation::eindkomst_report);
    EindkomstMonth out{month, {}};
    for (const auto& family : store::list_families(sql)) {
        std::vector<Helper> employed;
        for (const auto& h : store::list_helpers(sql, family.id))
            if (employed_in(h, month)) employed.push_back(h);
        // An employer this month: a helper employed in it, or reports already sent for it.
        const bool reported = !family.cvr.empty() && !store::reported_persons(sql, family.cvr, month).empty();
        if (employed.empty() && !reported) continue;
        out.employers.push_back(report_employer(sql, actor, family, employed, month, options));
    }
    return out;
}

} // namespace hjt::app
