#include "app/shift_service.h"
#include "app/permissions.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/entity_json.h"
#include "app/shift_json.h"
#include "domain/danish_format.h"
#include "domain/digits.h"
#include "domain/limits.h"
#include "domain/minutes.h"
#include "domain/payslip.h"
#include "domain/packed_shifts.h"
#include "domain/text_fold.h"
#include "store/audit_log.h"
#include "store/closed_years.h"
#include "store/import_keys.h"
#include "store/rates_store.h"
#include "store/register_repository.h"
#include "store/shift_store.h"

namespace hjt::app {

namespace {

constexpr std::size_t insert_batch = 5000;

std::string when(const ShiftTimes& t) {
    return format_danish_date(t.date) + " " + format_clock(t.start_minute) + "–" + format_clock(t.end_minute);
}

// What checking shifts needs, loaded once: the write lock (one family's, or
// every family's for a municipality-wide file), the grant windows of each
// family met, the helpers named so far and a classifier for each year met
// (the window and holidays are year-long policy settings, domain/policy_changes.h).
class ShiftChecker {
public:
    // `given` nullptr: the stored policy in force in each shift's year, read after the lock is taken.
    ShiftChecker(soci::session& sql, std::optional<Id> family_id, const Policy* given)
        : sql_(sql), family_id_(family_id), given_(given) {
        if (family_id) store::lock_family_shifts(sql, *family_id);
        else store::lock_all_shifts(sql);
    }

    // A municipality-wide file names the helpers of thousands of families: the
    // register's helpers, their keys and every family's grants are then read in
    // a few queries for all, not two a helper and five or more a family
    // (issue 18: those made a month's import of 10,000 families take seconds).
    void read_whole_register() {
        for (auto& h : store::list_all_helpers(sql_)) all_helpers_.emplace(h.id, std::move(h));
        helper_keys_ = store::import_keys_of(sql_, "helper");
        register_grants_ = store::grants_by_family(sql_, store::GrantParts::versions_only);
        whole_register_ = true;
    }

    // The helper a file names: its import key, or else its id; in one family's
    // file also the helper's name as the family knows it (any case), which is
    // what a family types (issue 19). ValidationError("helper") otherwise.
    const Helper& helper(const std::string& name) {
        auto cached = helpers_.find(name);
        if (cached == helpers_.end()) cached = helpers_.emplace(name, look_up(name)).first;
        if (!cached->second)
            throw ValidationError("helper", family_id_ ? Message{MessageCode::helper_unknown_in_family,
                                                                 {name, std::to_string(*family_id_)}}
                                                       : Message{MessageCode::helper_unknown, {name}});
        return *cached->second;
    }

    ShiftRecord classify(const Helper& h, const ShiftTimes& times, ShiftKind kind) {
        const int year = static_cast<int>(times.date.year());
        return ShiftRecord{0, h.id, h.family_id, times,
                           classifier(year).classify(times, h.employment, grants(h.family_id, year)), kind};
    }

    // Overlaps of one new shift with the stored shifts of its helper.
    std::vector<ShiftClash> overlaps(const ShiftSpan& span) const {
        std::vector<ShiftSpan> spans = store::stored_shift_spans(sql_, {span.helper_id}, span.start, span.end, std::nullopt);
        spans.push_back(span);
        return find_overlaps(spans);
    }

    // Overlaps among a file's `shifts` and with the stored shifts of their
    // helpers with ids up to `stored_before` (the file's millions are never
    // copied: find_overlaps).
    std::vector<PackedClash> overlaps(PackedShifts& shifts, Id stored_before) const {
        if (shifts.new_shifts() == 0) return {};
        shifts.add_stored(store::stored_shift_spans(sql_, shifts.helpers(), shifts.from(), shifts.to(), stored_before));
        return shifts.overlaps();
    }

    // "17 (10-03-2026 09:00–12:00)"
    std::string stored_shift(Id id) const {
        auto s = store::find_shift(sql_, id);
        return std::to_string(id) + (s ? " (" + when(s->times) + ")" : "");
    }

private:
    const ShiftClassifier& classifier(int year) {
        auto found = classifiers_.find(year);
        if (found == classifiers_.end())
            found = classifiers_
                        .emplace(year, given_ ? *given_ : store::load_policy(sql_, first_day_of_year(year)))
                        .first;
        return found->second;
    }

    std::optional<Helper> look_up(const std::string& name) const {
        std::optional<Helper> h;
        if (auto id = key_of(name)) h = helper_by_id(*id);
        else if (all_digits(name) && name.size() < 19) h = helper_by_id(std::stoll(name));
        if (h && family_id_ && h->family_id != *family_id_) h.reset();
        if (!h && family_id_) h = by_name(name);
        return h;
    }

    // The family's helper of that name; two of the same name are refused, as
    // the file cannot say which.
    std::optional<Helper> by_name(const std::string& name) const {
        std::optional<Helper> found;
        for (auto& h : store::list_helpers(sql_, *family_id_)) {
            if (folded(h.name) != folded(name)) continue;
            if (found)
                throw ValidationError("helper", Message{MessageCode::helper_name_ambiguous, {name}});
            found = std::move(h);
        }
        return found;
    }

    std::optional<Id> key_of(const std::string& name) const {
        if (!whole_register_) return store::find_import_key(sql_, "helper", name);
        auto found = helper_keys_.find(name);
        return found == helper_keys_.end() ? std::nullopt : std::optional<Id>(found->second);
    }

    std::optional<Helper> helper_by_id(Id id) const {
        if (!whole_register_) return store::find_helper(sql_, id);
        auto found = all_helpers_.find(id);
        return found == all_helpers_.end() ? std::nullopt : std::optional<Helper>(found->second);
    }

    // The family's grant windows in `year`: each grant version's days and
    // window (the version's own or the year's policy's), so shift
    // classification takes the grant's window.
    const std::vector<GrantWindow>& grants(Id family_id, int year) {
        const std::pair key{family_id, year};
        auto found = grants_.find(key);
        if (found != grants_.end()) return found->second;
        return grants_[key] = grant_windows(family_grants(family_id), classifier(year).policy());
    }

    const std::vector<Grant>& family_grants(Id family_id) {
        auto found = register_grants_.find(family_id);
        if (found != register_grants_.end() || whole_register_)
            return register_grants_[family_id];  // read with the register: a family absent has none
        // One family's file (a municipality's reads every grant at once,
        // read_whole_register): its few children, a query for each child's grants.
        std::vector<Grant> grants;
        for (const auto& child : store::list_children(sql_, family_id))
            for (auto& grant : store::list_grants(sql_, child.id)) grants.push_back(std::move(grant));
        return register_grants_[family_id] = std::move(grants);
    }

    soci::session& sql_;
    std::optional<Id> family_id_;
    const Policy* given_;
    std::map<int, ShiftClassifier> classifiers_;
    std::map<Id, std::vector<Grant>> register_grants_;
    std::map<std::pair<Id, int>, std::vector<GrantWindow>> grants_;
    std::map<std::string, std::optional<Helper>> helpers_;
    bool whole_register_ = false;
    std::map<Id, Helper> all_helpers_;
    std::map<std::string, Id> helper_keys_;
};

ShiftSpan span_of(const ShiftRecord& r) {
    return {r.helper_id, r.classification.start_utc, r.classification.end_utc, 0, false};
}

// The hours column, when the file has one, must agree with the real length:
// a disagreement means the family and the program read the shift differently.
void check_hours(const ShiftFileRow& row, const ShiftRecord& r) {
    if (row.hours.empty()) return;
    auto stated = parse_hours(row.hours);
    if (!stated) throw ValidationError("hours", Message{MessageCode::shift_hours_unreadable, {row.hours}});
    // The file states hours with two decimals; a shift of 20 minutes is "0,33".
    Hours real = hours_of_minutes(r.classification.minutes);
    if (std::llabs(stated->hundredths() - real.hundredths()) > 1)
        throw ValidationError("hours", Message{MessageCode::shift_hours_disagree,
                                               {format_hours(*stated),
                                                format_clock(r.times.start_minute) + "–" + format_clock(r.times.end_minute),
                                                format_hours(real)}});
}

// A file's kind column: empty is work. ValidationError("kind") for anything else.
ShiftKind kind_of(const std::string& text) {
    auto kind = parse_shift_kind(text);
    if (!kind) throw ValidationError("kind", Message{MessageCode::shift_kind_unknown, {text}});
    return *kind;
}

// One shift of a helper, classified; ValidationError("start") when it overlaps
// a stored shift of the helper other than `replacing` (the shift being edited).
ShiftRecord checked_shift(soci::session& sql, Id helper_id, const ShiftTimes& times, ShiftKind kind,
                          const Policy& policy, std::optional<Id> replacing = std::nullopt) {
    limits::check_date_year(times.date, "date");
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper_id)}});
    ShiftChecker checker(sql, helper->family_id, &policy);
    ShiftRecord record = checker.classify(*helper, times, kind);
    for (const auto& clash : checker.overlaps(span_of(record))) {
        const auto other = static_cast<Id>(clash.other.ref);
        if (replacing && clash.other.stored && other == *replacing) continue;
        throw ValidationError("start", Message{MessageCode::shift_overlaps_stored, {when(times), checker.stored_shift(other)}});
    }
    return record;
}

ShiftRecord existing_shift(soci::session& sql, Id shift_id) {
    auto shift = store::find_shift(sql, shift_id);
    if (!shift) throw NotFound(Message{MessageCode::shift_not_found, {std::to_string(shift_id)}});
    return *shift;
}

// Shifts are family_edit: a family user only its own helpers' shifts.
void require_shift_editor(soci::session& sql, const User& actor, Id helper_id) {
    require_permission(actor, Operation::family_edit);
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper_id)}});
    require_permission(actor, Operation::family_edit, helper->family_id);
}

} // namespace

ShiftRecord preview_shift(soci::session& sql, Id helper_id, const ShiftTimes& times, const Policy& policy,
                          std::optional<Id> replacing, ShiftKind kind) {
    return checked_shift(sql, helper_id, times, kind, policy, replacing);
}

ShiftRecord update_shift(soci::session& sql, const User& actor, Id shift_id, const ShiftTimes& times,
                         const Policy& policy, std::optional<ShiftKind> kind) {
    require_permission(actor, Operation::family_edit);
    const ShiftRecord before = existing_shift(sql, shift_id);
    require_permission(actor, Operation::family_edit, before.family_id);
    store::refuse_if_closed(sql, before.family_id, static_cast<int>(before.times.date.year()), "vagterne");
    store::refuse_if_closed(sql, before.family_id, static_cast<int>(times.date.year()), "vagterne");
    ShiftRecord after = checked_shift(sql, before.helper_id, times, kind.value_or(before.kind), policy, shift_id);
    after.id = shift_id;
    store::update_shift(sql, after);
    store::append_audit(sql, {actor.username, "update", "shift", std::to_string(shift_id), stringify(to_json(before, policy)),
                              stringify(to_json(after, policy))});
    return after;
}

void delete_shift(soci::session& sql, const User& actor, Id shift_id, const Policy& policy) {
    require_permission(actor, Operation::family_edit);
    const ShiftRecord before = existing_shift(sql, shift_id);
    require_permission(actor, Operation::family_edit, before.family_id);
    store::refuse_if_closed(sql, before.family_id, static_cast<int>(before.times.date.year()), "vagterne");
    store::lock_family_shifts(sql, before.family_id);
    store::delete_shift(sql, shift_id);
    store::append_audit(sql, {actor.username, "delete", "shift", std::to_string(shift_id), stringify(to_json(before, policy)), ""});
}

ShiftRecord add_shift(soci::session& sql, const User& actor, Id helper_id, const ShiftTimes& times,
                      const Policy& policy, ShiftKind kind) {
    require_shift_editor(sql, actor, helper_id);
    ShiftRecord record = checked_shift(sql, helper_id, times, kind, policy);
    store::refuse_if_closed(sql, record.family_id, static_cast<int>(record.times.date.year()), "vagterne");
    record.id = store::insert_shift(sql, record);
    store::append_audit(sql, {actor.username, "create", "shift", std::to_string(record.id), "", stringify(to_json(record, policy))});
    return record;
}

namespace {

// `given` nullptr: the stored policy, read after the family lock (ShiftChecker).
ShiftImportReport import_with(soci::session& sql, const User& actor, std::optional<Id> family_id,
                              ShiftFile& file, const Policy* given, const Progress& progress) {
    if (family_id) {
        require_permission(actor, Operation::family_edit, *family_id);
    } else {
        require_permission(actor, Operation::family_edit);
        // A municipality-wide file names helpers of any family: never a family user's.
        if (actor.role == Role::family)
            throw Forbidden(Message{MessageCode::family_imports_own_shifts, {}});
    }
    ShiftChecker checker(sql, family_id, given);
    if (!family_id) checker.read_whole_register();

    // The file is read a row at a time as its shifts are checked, and they are
    // stored a batch at a time while no line has a problem, so the import holds
    // neither the file nor its rows (issue 18), only a batch of classified
    // shifts and, for every shift, what the overlap check and its messages
    // need, packed in 16 bytes (PackedShifts). A problem anywhere throws, and
    // the caller's transaction takes back what was stored. The stored shifts
    // checked for overlaps are those stored before this import (ids up to
    // `stored_before`): the lock keeps others' out.
    const Id stored_before = store::largest_shift_id(sql);
    std::vector<LineProblem> problems;  // the rows'; the file's form's are file.problems()
    auto no_problems = [&] { return problems.empty() && file.problems().empty(); };
    std::vector<ShiftRecord> batch;
    batch.reserve(insert_batch);
    PackedShifts shifts;
    ShiftImportReport report{file.source(), 0, 0, 0};
    auto store_batch = [&] {
        if (no_problems()) store::insert_shifts(sql, batch);
        batch.clear();
    };
    const auto closed = store::closed_years(sql);
    ProgressTicker checking(progress, "kontrollerer og gemmer vagter", file.extent());
    for (ShiftFileRow row; file.next(row); checking.reach(file.reached())) {
        try {
            const Helper& helper = checker.helper(row.helper);
            ShiftTimes times = parse_shift_times(row.date, row.start, row.end);
            limits::check_date_year(times.date, "date");
            ShiftRecord r = checker.classify(helper, times, kind_of(row.kind));
            check_hours(row, r);
            if (int year = static_cast<int>(r.times.date.year()); closed.count({r.family_id, year}))
                throw ValidationError("date", store::closed_year(r.family_id, year, "vagterne"));
            shifts.add(r.helper_id, r.times, r.classification.start_utc, r.classification.end_utc, row.line);
            report.minutes += r.classification.minutes;
            report.subsidisable_minutes += r.classification.subsidisable_minutes;
            batch.push_back(std::move(r));
            if (batch.size() == insert_batch) store_batch();
        } catch (const ValidationError& e) {
            problems.push_back({row.line, e.field(), e.what()});
        }
    }
    checking.reach(file.extent());
    store_batch();
    problems.insert(problems.begin(), file.problems().begin(), file.problems().end());
    report.shifts = static_cast<long long>(shifts.new_shifts());
    if (report.shifts == 0 && problems.empty()) problems.push_back({0, "", render(Message{MessageCode::shift_file_empty, {}}, Language::da)});
    if (progress) progress("kontrollerer overlap", 0, report.shifts);

    for (const auto& clash : checker.overlaps(shifts, stored_before)) {
        const std::string shift = when(PackedShifts::times(clash.shift));
        const Message overlap =
            clash.other.stored
                ? Message{MessageCode::shift_overlaps_stored, {shift, checker.stored_shift(shifts.stored_id(clash.other))}}
                : Message{MessageCode::shift_overlaps_in_file, {shift, std::to_string(PackedShifts::line(clash.other)),
                                                                when(PackedShifts::times(clash.other))}};
        problems.push_back({PackedShifts::line(clash.shift), "start", render(overlap, Language::da)});
    }
    if (!problems.empty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const LineProblem& a, const LineProblem& b) { return a.line < b.line; });
        throw ShiftFileRejected(file.source(), std::move(problems));
    }

    store::analyse_shifts_if_grown(sql, stored_before, report.shifts);
    Poco::JSON::Object::Ptr after = new Poco::JSON::Object;
    after->set("source", file.source());
    after->set("shifts", report.shifts);
    after->set("minutes", report.minutes);
    after->set("subsidisable_minutes", report.subsidisable_minutes);
    store::append_audit(sql, {actor.username, "import", "shifts", family_id ? std::to_string(*family_id) : "all", "",
                              stringify(after)});
    return report;
}

} // namespace

ShiftImportReport import_shifts(soci::session& sql, const User& actor, std::optional<Id> family_id,
                                ShiftFile file, const Policy& policy, const Progress& progress) {
    return import_with(sql, actor, family_id, file, &policy, progress);
}

Policy shift_policy(soci::session& sql, Date day) {
    return store::load_policy(sql, first_day_of_year(static_cast<int>(day.year())));
}

ShiftImportReport import_shifts(soci::session& sql, const User& actor, std::optional<Id> family_id,
                                ShiftFile file, const Progress& progress) {
    return import_with(sql, actor, family_id, file, nullptr, progress);
}

ShiftRecord add_shift(soci::session& sql, const User& actor, Id helper_id, const ShiftTimes& times, ShiftKind kind) {
    return add_shift(sql, actor, helper_id, times, shift_policy(sql, times.date), kind);
}

ShiftRecord preview_shift(soci::session& sql, Id helper_id, const ShiftTimes& times, std::optional<Id> replacing,
                          ShiftKind kind) {
    return preview_shift(sql, helper_id, times, shift_policy(sql, times.date), replacing, kind);
}

ShiftRecord update_shift(soci::session& sql, const User& actor, Id shift_id, const ShiftTimes& times,
                         std::optional<ShiftKind> kind) {
    return update_shift(sql, actor, shift_id, times, shift_policy(sql, times.date), kind);
}

void delete_shift(soci::session& sql, const User& actor, Id shift_id) {
    delete_shift(sql, actor, shift_id, shift_policy(sql, existing_shift(sql, shift_id).times.date));
}

HelperShifts helper_shifts(soci::session& sql, const User& actor, Id helper_id, Month month) {
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound(Message{MessageCode::helper_not_found, {std::to_string(helper_id)}});
    require_permission(actor, Operation::read_own_family, helper->family_id);
    HelperShifts out{*helper, month, store::load_policy(sql, first_day_of_year(static_cast<int>(month.year()))),
                     store::list_helper_shifts(sql, helper_id, month), 0, 0};
    for (const auto& s : out.shifts) {
        out.minutes += s.classification.minutes;
        out.subsidisable_minutes += s.classification.subsidisable_minutes;
    }
    return out;
}

} // namespace hjt::app
