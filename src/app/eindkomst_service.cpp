#include "app/eindkomst_service.h"

#include <Poco/JSON/Object.h>

#include <functional>
#include <map>

#include "app/entity_json.h"
#include "app/payslip_service.h"
#include "app/permissions.h"
#include "domain/eindkomst_report.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/line_kinds.h"
#include "domain/validation.h"
#include "store/audit_log.h"
#include "store/eindkomst_store.h"
#include "store/payout_store.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/retention_store.h"
#include "support/clock.h"

namespace hjt::app {

namespace {

const std::string kHelper = "helper";
const std::string kParent = "parent";
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
    const std::string id = std::to_string(family.id);
    if (family.cvr.empty()) throw ValidationError("cvr", Message{MessageCode::employer_cvr_missing, {family.name, id}});
    if (cvr_error(family.cvr))
        throw ValidationError("cvr", Message{MessageCode::employer_cvr_invalid, {family.name, id, family.cvr}});
}

void require_cpr(const Helper& h) {
    if (check_cpr(h.cpr).error)
        throw ValidationError("cpr", Message{MessageCode::helper_cpr_invalid, {std::to_string(h.id), mask_cpr(h.cpr)}});
}

void require_parent_cpr(const LostEarningsAward& award) {
    if (check_cpr(award.parent_cpr).error)
        throw ValidationError("parent_cpr", Message{MessageCode::parent_cpr_invalid,
                                                    {std::to_string(award.id), mask_cpr(award.parent_cpr)}});
}

// An employer: a family, or the municipality (family id 0).
struct Employer {
    Id family_id = 0;
    std::string name;
    std::string se;
};

// One person's report of the month as it goes into the file and the store.
struct PersonPlan {
    store::PersonKey key;
    std::string cpr;  // 10 digits
    std::string employee_no;
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

using Reported = std::map<store::PersonKey, store::ReportedPerson>;

// The person's figures now (`person.groups`) against what was reported: a
// first report, a correction of the month's first report, or nothing.
// True when a first report was planned.
bool plan_person(EmployerPlan& plan, const Reported& reported, PersonPlan person) {
    const auto before = reported.find(person.key);
    if (before == reported.end()) {
        if (person.groups.empty()) return false;
        plan.persons.push_back(std::move(person));
        return true;
    }
    auto change = eindkomst::correction(person.groups, before->second.figures);
    if (change.empty()) {
        ++plan.unchanged;
        return false;
    }
    person.corrects = before->second.first_report;
    person.groups = std::move(change);
    plan.persons.push_back(std::move(person));
    return false;
}

EmployerPlan plan_family(soci::session& sql, const Family& family, const std::vector<Helper>& employed, Month month) {
    EmployerPlan plan;
    const Reported reported = store::reported_persons(sql, family.cvr, month);
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
        const store::PersonKey key{kHelper, id};
        const auto slip = paid.find(id);
        auto now = slip == paid.end() ? std::vector<eindkomst::Group>{} : eindkomst::helper_fields(slip->second);
        if (now.empty() && !reported.count(key)) continue;  // employed, not paid: the report without persons covers it
        require_cpr(helper);
        // Record 2101 tells eIndkomst of the employment when it is first reported, and of its end.
        if (plan_person(plan, reported, {key, cpr_digits(helper.cpr), employee_no(helper), std::nullopt, std::move(now)}) &&
            (!store::reported_before(sql, family.cvr, key) || ends_in(helper, month)))
            plan.employments.push_back({cpr_digits(helper.cpr), employee_no(helper), helper.employment});
    }
    plan.zero_report = plan.persons.empty() && plan.unchanged == 0 && !store::month_reported(sql, family.cvr, month);
    return plan;
}

// What the month's approved run paid each award's parent (lines held back are not paid).
std::map<Id, eindkomst::LostEarningsPaid> lost_earnings_paid(soci::session& sql, Month month) {
    std::map<Id, eindkomst::LostEarningsPaid> paid;
    const auto header = store::find_payout_run(sql, month);
    if (!header || header->status == RunStatus::draft) return paid;
    const RateBook rates = store::load_rates(sql);
    for (const auto& line : store::load_payout_run(sql, month).lines) {
        if (!line.award_id || !line.held_back.empty()) continue;
        auto& p = paid[*line.award_id];
        if (line.kind == LineKind::lost_earnings_pension) {
            p.pension += line.amount;
        } else if (line.kind == LineKind::lost_earnings) {
            p.gross += line.amount;
            p.atp_employee += line.withheld.atp;
            p.am_bidrag += line.withheld.am_bidrag;
            p.a_skat += line.withheld.a_skat;
            // The employer's share is the table's partner of the withheld employee share.
            const auto employer =
                eindkomst::atp_employer_share(rates.year(static_cast<int>(line.month_concerned.year())), line.withheld.atp);
            if (!employer)
                throw ValidationError("atp", Message{MessageCode::atp_share_unknown,
                                                     {format_kroner(line.withheld.atp), std::to_string(*line.award_id),
                                                      danish_month(line.month_concerned)}});
            p.atp_employer += *employer;
        }
    }
    return paid;
}

// The municipality reports no month without pay: its SE number carries its
// own payroll too, which hjt does not see.
EmployerPlan plan_municipality(soci::session& sql, const std::string& se, Month month) {
    EmployerPlan plan;
    const Reported reported = store::reported_persons(sql, se, month);
    auto paid = lost_earnings_paid(sql, month);
    for (const auto& [key, _] : reported)
        if (key.first == kParent) paid.try_emplace(key.second);  // reported before, paid nothing now: back to 0
    for (const auto& [award_id, sums] : paid) {
        const auto award = store::find_award(sql, award_id);
        if (!award) throw NotFound(Message{MessageCode::award_not_found, {std::to_string(award_id)}});
        require_parent_cpr(*award);
        const bool nothing = sums.gross == Money{} && sums.pension == Money{};
        plan_person(plan, reported,
                    {{kParent, award_id}, cpr_digits(award->parent_cpr), "A" + std::to_string(award_id), std::nullopt,
                     nothing ? std::vector<eindkomst::Group>{} : eindkomst::lost_earnings_fields(sums)});
    }
    return plan;
}

eindkomst::EmployerFile file_of(const Employer& employer, Month month, const EmployerPlan& plan,
                                const EindkomstOptions& options, const std::string& file_id,
                                const std::vector<std::string>& report_ids) {
    const std::string now = support::utc_now();  // 2026-03-01T09:15:00Z: sent date and time in UTC
    eindkomst::EmployerFile file;
    file.reporter_se = file.employer_se = employer.se;
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
        file.reports.push_back({report_ids.at(i), p.cpr, p.employee_no, p.groups});
    }
    return file;
}

// Stores what the file sends and returns the report ids, in the plan's order
// (the month without pay, or the persons).
std::vector<std::string> store_reports(soci::session& sql, const User& actor, const Employer& employer, Month month,
                                       const EmployerPlan& plan, Id file_row) {
    std::vector<std::string> ids;
    store::NewReport row{store::ReportKind::zero, employer.se, month, {"", 0}, std::nullopt, file_row, actor.username, {}};
    if (plan.zero_report) ids.push_back(store::report_id_text(store::insert_report(sql, row)));
    for (const auto& p : plan.persons) {
        row.kind = store::ReportKind::person;
        row.person = p.key;
        row.corrects = p.corrects;
        row.values = eindkomst::reported_of(p.groups);
        ids.push_back(store::report_id_text(store::insert_report(sql, row)));
    }
    return ids;
}

EmployerReport report_employer(soci::session& sql, const User& actor, const Employer& employer, Month month,
                               const EindkomstOptions& options, const std::function<EmployerPlan()>& plan_of) {
    EmployerReport out{employer.family_id, employer.name, employer.se};
    try {
        const EmployerPlan plan = plan_of();
        out.unchanged = plan.unchanged;
        if (plan.empty()) return out;
        // Written once with stand-in ids: a value that does not fit its field
        // refuses the employer before anything is stored.
        const std::size_t count = plan.persons.size() + (plan.zero_report ? 1 : 0);
        eindkomst::write_file(
            eindkomst::records_of(file_of(employer, month, plan, options, kDraftId, std::vector(count, kDraftId))));

        const Id file_row = store::insert_report(
            sql, {store::ReportKind::file, employer.se, month, {"", 0}, std::nullopt, std::nullopt, actor.username, {}});
        const auto ids = store_reports(sql, actor, employer, month, plan, file_row);
        const std::string file_id = store::report_id_text(file_row);
        out.content = eindkomst::write_file(eindkomst::records_of(file_of(employer, month, plan, options, file_id, ids)));
        out.file_name = "eindkomst-" + employer.se + "-" + iso(month) + "-" + file_id + ".txt";
        out.zero_report = plan.zero_report;
        for (const auto& p : plan.persons) ++(p.corrects ? out.corrections : out.reports);

        Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
        after->set("family_id", employer.family_id);
        after->set("employer_se", employer.se);
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
    }
    return out;
}

} // namespace

EindkomstMonth report_eindkomst(soci::session& sql, const User& actor, Month month, const EindkomstOptions& options) {
    require_permission(actor, Operation::eindkomst_report);
    EindkomstMonth out{month, {}};
    // A family (employer) at a time, some ten indexed queries each (its helpers,
    // its reports sent before, its payslips): each employer's report is its own
    // file and audit entry, planned from what was sent for that CVR number
    // before and refused or written on its own, once a month, not a step a
    // large municipality repeats (issue 18 measured the year's other steps).
    for (const auto& family : store::list_families(sql)) {
        // Anonymised (README "Persondata"): its case closed years ago, its CVR/SE number is gone.
        if (store::family_anonymised(sql, family.id)) continue;
        std::vector<Helper> employed;
        for (const auto& h : store::list_helpers(sql, family.id))
            if (employed_in(h, month)) employed.push_back(h);
        // An employer this month: a helper employed in it, or reports already sent for it.
        const bool reported = !family.cvr.empty() && !store::reported_persons(sql, family.cvr, month).empty();
        if (employed.empty() && !reported) continue;
        out.employers.push_back(report_employer(sql, actor, {family.id, family.name, family.cvr}, month, options, [&] {
            require_employer_se(family);
            return plan_family(sql, family, employed, month);
        }));
    }
    if (options.municipality_se)
        out.employers.push_back(report_employer(sql, actor, {0, "Kommunen (tabt arbejdsfortjeneste)", *options.municipality_se},
                                                month, options,
                                                [&] { return plan_municipality(sql, *options.municipality_se, month); }));
    return out;
}

} // namespace hjt::app
