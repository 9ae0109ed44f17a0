#include "app/generator.h"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <set>

#include "app/generated_shifts.h"
#include "app/import_format.h"
#include "app/synthetic_ids.h"
#include "domain/csv.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::app {

namespace {

const std::vector<std::string> female_names = {
    "Anne", "Mette", "Sofie", "Ida", "Emma", "Freja", "Laura", "Camilla", "Louise", "Signe",
    "Maja", "Clara", "Astrid", "Karen", "Hanne", "Lone", "Julie", "Nanna", "Cecilie", "Marie"};
const std::vector<std::string> male_names = {
    "Jens", "Lars", "Søren", "Mikkel", "Rasmus", "Frederik", "Oscar", "William", "Noah", "Carl",
    "Anders", "Henrik", "Morten", "Thomas", "Jakob", "Emil", "Magnus", "Viktor", "Peter", "Kasper"};
const std::vector<std::string> surnames = {
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
    "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Holm", "Bach", "Kjær"};
const std::vector<std::string> expense_categories = {"Træningsredskaber", "Kurser", "Supervision", "Kosttilskud"};
const std::vector<std::string> staff_users = {"finance1", "finance2", "caseworker1", "auditor1", "admin1"};

Date plus_days(Date d, long long n) { return Date{date::sys_days{d} + date::days{n}}; }

Date random_day(SeededRandom& random, Date from, Date to) {
    auto span = (date::sys_days{to} - date::sys_days{from}).count();
    return plus_days(from, random.between(0, span));
}

std::string key(char prefix, long long n) {
    char text[24];
    std::snprintf(text, sizeof text, "%c%06lld", prefix, n);
    return text;
}

std::string percent(long long whole) { return std::to_string(whole) + ",0"; }
std::string kroner(long long kr) { return format_amount(Money::kroner(kr)); }
std::string day(Date d) { return format_danish_date(d); }
std::string day(const std::optional<Date>& d) { return d ? day(*d) : ""; }

// One output file with its header from import_format, counting its rows.
class CsvFile {
public:
    CsvFile(const std::string& dir, const import_format::FileSpec& spec)
        : name_(spec.file), out_(Poco::Path(Poco::Path::forDirectory(dir), spec.file).toString(), std::ios::binary) {
        if (!out_) throw ValidationError("out", Message{MessageCode::file_cannot_write, {Poco::Path(Poco::Path::forDirectory(dir), spec.file).toString()}});
        out_ << csv_record(spec.columns());
    }
    void row(const std::vector<std::string>& fields) {
        out_ << csv_record(fields);
        ++rows_;
    }
    std::ostream& stream() { return out_; }
    void add_rows(long long n) { rows_ += n; }
    std::pair<std::string, long long> summary() const { return {name_, rows_}; }

private:
    std::string name_;
    std::ofstream out_;
    long long rows_ = 0;
};

struct Person {
    std::string first_name;
    std::string name;
    std::string cpr;
};

class MunicipalityGenerator {
public:
    explicit MunicipalityGenerator(const GenerateOptions& o)
        : o_(o),
          random_(o.seed),
          // Its own stream, so the register files are the same with or without --shifts.
          shift_random_(o.seed ^ 0x5348494654535EEDULL),
          first_of_year_{date::year{o.year}, date::January, date::day{1}},
          last_of_year_{date::year{o.year}, date::December, date::day{31}},
          // The BPA helper level: about 124 kr/h in 2019 (domain.md §9), some 3 kr more each year.
          wage_kr_(124 + 3 * (o.year - 2019)),
          families_(o.out_dir, import_format::families),
          children_(o.out_dir, import_format::children),
          helpers_(o.out_dir, import_format::helpers),
          grants_(o.out_dir, import_format::grants),
          versions_(o.out_dir, import_format::grant_versions),
          fixed_lines_(o.out_dir, import_format::grant_fixed_lines),
          budgets_(o.out_dir, import_format::expense_budgets),
          expenses_(o.out_dir, import_format::expenses),
          awards_(o.out_dir, import_format::lost_earnings),
          users_(o.out_dir, import_format::users) {
        if (o.shifts) {
            shifts_ = std::make_unique<CsvFile>(o.out_dir, import_format::shifts);
            shift_writer_ = std::make_unique<ShiftWriter>(shifts_->stream(), o.year);
        }
    }

    GenerateReport run(const Progress& progress) {
        ProgressTicker ticker(progress, "danner familier", o_.families);
        for (long long i = 1; i <= o_.families; ++i) {
            family(i);
            ticker.tick();
        }
        write_users();
        GenerateReport report;
        for (const CsvFile* f : {&families_, &children_, &helpers_, &grants_, &versions_, &fixed_lines_, &budgets_,
                                 &expenses_, &awards_, &users_, shifts_.get()})
            if (f) report.files.push_back(f->summary());
        return report;
    }

private:
    Person person(bool female, const std::string& surname, Date birth) {
        std::string cpr;
        do cpr = synthetic_cpr(birth, female, random_);
        while (!cprs_.insert(cpr).second);
        const std::string& first_name = random_.pick(female ? female_names : male_names);
        return {first_name, first_name + " " + surname, cpr};
    }

    Person adult(bool female, const std::string& surname) {
        return person(female, surname, random_day(random_, Date{date::year{o_.year - 60}, date::January, date::day{1}},
                                                  Date{date::year{o_.year - 21}, date::December, date::day{31}}));
    }

    void family(long long index) {
        const std::string family_key = key('F', index);
        const std::string surname = random_.pick(surnames);
        Person mother = adult(true, surname), father = adult(false, surname);
        bool single = random_.chance(20);
        std::string cvr;
        do cvr = synthetic_cvr(random_);
        while (!cvrs_.insert(cvr).second);
        std::string reg, account;
        if (!random_.chance(1)) {  // now and then a family has not yet given its account: flagged in payouts
            BankAccount bank = synthetic_bank_account(random_);
            reg = bank.reg_no;
            account = bank.account_no;
        }
        std::string email = "familie." + family_key + "@example.dk";
        std::string phone = "+45 " + std::to_string(random_.between(20000000, 99999999));
        std::string name = single ? mother.name : mother.first_name + " og " + father.name;
        families_.row({family_key, name, cvr, reg, account, email, phone});

        std::vector<Grant> grants;
        int child_count = random_.chance(80) ? 1 : 2;
        for (int c = 0; c < child_count; ++c) {
            const Person& parent = single || random_.chance(50) ? mother : father;  // who may get lost earnings
            grants.push_back(child(family_key, surname, parent));
        }

        std::vector<std::string> helper_keys;
        int helper_count = static_cast<int>(random_.between(1, 4));
        // One helper works at most 8 hours a day; more approved hours need a second.
        std::int64_t most_weekly_hundredths = 0;
        for (const auto& g : grants) {
            std::int64_t most = 0;
            for (const auto& v : g.versions) most = std::max(most, v.weekly_hours.hundredths());
            most_weekly_hundredths += most;
        }
        if (most_weekly_hundredths > 4000) helper_count = std::max(helper_count, 2);
        for (int h = 0; h < helper_count; ++h) helper_keys.push_back(helper(family_key));

        if (shift_writer_) shifts_->add_rows(shift_writer_->write_family(helper_keys, grants, shift_random_));
    }

    // A child, its grant (returned for the shifts), expenses and perhaps a
    // lost-earnings award to `parent`.
    Grant child(const std::string& family_key, const std::string& surname, const Person& parent) {
        const std::string child_key = key('C', ++child_count_);
        // Ages 0–17 at New Year; those born 18 years before the year turn 18 in it.
        Date birth = random_day(random_, Date{date::year{o_.year - 18}, date::January, date::day{2}},
                                Date{date::year{o_.year - 2}, date::December, date::day{31}});
        Person kid = person(random_.chance(50), surname, birth);
        children_.row({child_key, family_key, kid.name, kid.cpr, day(birth)});

        Grant g = grant(child_key, birth);
        Money tools_approved;
        for (int e = static_cast<int>(random_.between(0, 3)); e > 0; --e) expense(child_key, g.valid, tools_approved);
        if (random_.chance(3)) award(child_key, parent, g.valid);
        return g;
    }

    Grant grant(const std::string& child_key, Date birth) {
        Grant g;
        const std::string grant_key = key('G', ++grant_count_);
        Date end = std::min(last_of_year_, support_end(birth));
        g.valid.from = first_of_year_;
        if (random_.chance(30)) {  // a grant that starts during the year, on the 1st or mid-month
            auto month = static_cast<unsigned>(random_.between(2, 10));
            Date later{date::year{o_.year}, date::month{month}, date::day{random_.chance(50) ? 1u : 15u}};
            if (later <= end) g.valid.from = later;
        }
        g.valid.to = end;
        Date decided = plus_days(g.valid.from, -random_.between(14, 60));
        char reference[32];
        std::snprintf(reference, sizeof reference, "EGK-%d-%05lld", o_.year, grant_count_);
        grants_.row({grant_key, child_key, reference, day(decided), day(g.valid.from), day(g.valid.to)});

        GrantVersion first;
        first.effective_from = g.valid.from;
        first.weekly_hours = Hours::hundredths(250 * random_.between(4, 12));  // 10–30 h in steps of 2,5
        first.hourly_wage = Money::kroner(wage_kr_ + random_.between(0, 10));
        first.note = "Bevilling";
        g.versions.push_back(first);
        version_rows(grant_key, first);

        Month start = month_of(g.valid.from), last = month_of(end);
        if (random_.chance(35) && start + date::months{3} <= last) {
            GrantVersion second = first;
            auto months_later = random_.between(2, (last - start).count());
            second.effective_from = first_day(start + date::months{months_later});
            long long hours = first.weekly_hours.hundredths() + 250 * random_.between(-2, 3);
            second.weekly_hours = Hours::hundredths(std::max(500LL, hours));
            second.note = "Revurdering: timetal ændret";
            g.versions.push_back(second);
            version_rows(grant_key, second);
        }
        return g;
    }

    // A version and its fixed lines and budgets. Every version of a grant
    // carries the same lines: a new version replaces all of them.
    void version_rows(const std::string& grant_key, const GrantVersion& v) {
        const std::string from = day(v.effective_from);
        // Generated grants keep the policy's helper window: the window columns stay empty.
        versions_.row({grant_key, from, format_hours(v.weekly_hours), format_amount(v.hourly_wage), v.note, "", "", ""});
        if (grant_key_with_lines_ != grant_key) {
            grant_key_with_lines_ = grant_key;
            supervision_kr_ = random_.chance(25) ? 100 * random_.between(20, 40) : 0;
            tools_budget_kr_ = 1000 * random_.between(5, 25);
        }
        if (supervision_kr_ > 0) fixed_lines_.row({grant_key, from, "Supervision", kroner(supervision_kr_)});
        budgets_.row({grant_key, from, "Træningsredskaber", kroner(tools_budget_kr_)});
    }

    // An approved expense beyond the grant's tools budget carries the reason
    // its decider gave (the import requires one, as decide_expense does).
    void expense(const std::string& child_key, const Period& grant, Money& tools_approved) {
        Date when = random_day(random_, grant.from, grant.to.value_or(last_of_year_));
        // One draw per statement: the order in which a compiler evaluates
        // operands and arguments is unspecified, and the output must not depend on it.
        long long kr = random_.between(200, 8000);
        Money amount = Money::ore(100 * kr + random_.between(0, 99));
        char document[32];
        std::snprintf(document, sizeof document, "BILAG-%06lld", ++expense_count_);
        int roll = static_cast<int>(random_.between(0, 99));
        std::string status = roll < 70 ? "approved" : roll < 92 ? "submitted" : "rejected";
        std::string reason = status == "rejected" ? "Udgiften er ikke dokumenteret som en rimelig merudgift" : "";
        const std::string category = random_.pick(expense_categories);
        std::string over_budget;
        if (status == "approved" && category == "Træningsredskaber") {
            tools_approved += amount;
            if (tools_approved > Money::kroner(tools_budget_kr_))
                over_budget = "Nødvendigt redskab; bevillingens budget forhøjes ved revurdering";
        }
        expenses_.row({child_key, day(when), category, format_amount(amount), document, status, reason, over_budget});
    }

    void award(const std::string& child_key, const Person& parent, const Period& grant) {
        bool full_time = random_.chance(50);
        BankAccount account = synthetic_bank_account(random_);  // the parent's own
        awards_.row({child_key, parent.name, parent.cpr, day(grant.from), day(grant.to),
                     kroner(100 * random_.between(280, 460)), full_time ? "37,00" : "18,50", "37,00",
                     percent(random_.between(0, 10)), kroner(random_.between(0, 6) * 100),
                     to_string(AwardPurpose::home_training), percent(random_.between(36, 40)),
                     kroner(100 * random_.between(30, 50)), account.reg_no, account.account_no, "", "", "",
                     ""});  // no pension scheme of its own (the municipality's default payee), no holidays
    }

    std::string helper(const std::string& family_key) {
        const std::string helper_key = key('H', ++helper_count_);
        bool female = random_.chance(60);
        const std::string& surname = random_.pick(surnames);
        Date birth = random_day(random_, Date{date::year{o_.year - 55}, date::January, date::day{1}},
                                Date{date::year{o_.year - 19}, date::December, date::day{31}});
        Person p = person(female, surname, birth);
        // Employed before the year starts, so every shift of the year is within the employment.
        Date hired = random_day(random_, plus_days(first_of_year_, -3 * 365), plus_days(first_of_year_, -1));
        helpers_.row({helper_key, family_key, p.name, p.cpr, day(hired), "",
                      kroner(wage_kr_ + random_.between(0, 10)), percent(random_.between(30, 42)),
                      kroner(100 * random_.between(25, 55))});
        return helper_key;
    }

    // Demo logins (password "demo-" + username, documented in sample-data/README.md).
    void write_users() {
        users_.row({"finance1", "finance", "demo-finance1", ""});
        users_.row({"finance2", "finance", "demo-finance2", ""});
        users_.row({"caseworker1", "caseworker", "demo-caseworker1", ""});
        users_.row({"auditor1", "auditor", "demo-auditor1", ""});
        users_.row({"admin1", "admin", "demo-admin1", ""});
        users_.row({"familie1", "family", "demo-familie1", key('F', 1)});
    }

    const GenerateOptions& o_;
    SeededRandom random_;
    SeededRandom shift_random_;
    Date first_of_year_;
    Date last_of_year_;
    long long wage_kr_;
    CsvFile families_, children_, helpers_, grants_, versions_, fixed_lines_, budgets_, expenses_, awards_, users_;
    std::unique_ptr<CsvFile> shifts_;
    std::unique_ptr<ShiftWriter> shift_writer_;
    std::set<std::string> cvrs_, cprs_;
    long long child_count_ = 0, grant_count_ = 0, helper_count_ = 0, expense_count_ = 0;
    std::string grant_key_with_lines_;
    long long supervision_kr_ = 0, tools_budget_kr_ = 0;
};

} // namespace

GenerateReport generate_municipality(const GenerateOptions& options, const Progress& progress) {
    // The command line's own mistakes: usage errors (exit code 2), like the CLI's.
    if (options.families < 1) throw UsageError("--families skal være mindst 1");
    if (options.year < 2000 || options.year > 2099) throw UsageError("--year skal være mellem 2000 og 2099");
    if (options.out_dir.empty()) throw UsageError("mangler --out");
    Poco::File(options.out_dir).createDirectories();
    return MunicipalityGenerator(options).run(progress);
}

} // namespace hjt::app
