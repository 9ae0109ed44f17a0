#include "app/import_rows.h"

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/String.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

#include "app/import_format.h"
#include "domain/danish_format.h"
#include "domain/errors.h"
#include "domain/shift_times.h"
#include "domain/validation.h"

namespace hjt::app {

namespace {

// A grant version's own helper window (optional columns window_start,
// window_end: HH:MM; window_weekends: ja/nej, empty is nej). Both times or
// neither; the service checks that the end is after the start.
std::optional<PayWindow> window_of(const FieldReader& row) {
    const std::string start = row.optional_text("window_start"), end = row.optional_text("window_end");
    const std::string weekends = row.optional_text("window_weekends");
    if (start.empty() && end.empty() && weekends.empty()) return std::nullopt;
    auto start_minute = parse_clock(start, false);
    auto end_minute = parse_clock(end, true);
    if (!start_minute) row.fail("window_start", not_a_clock(start, false));
    if (!end_minute) row.fail("window_end", not_a_clock(end, true));
    if (weekends != "" && weekends != "ja" && weekends != "nej") row.fail("window_weekends", Message{MessageCode::value_not_allowed, {weekends, "ja / nej"}});
    if (!start_minute || !end_minute) return std::nullopt;
    return PayWindow{*start_minute, *end_minute, weekends == "ja"};
}

using import_format::FileSpec;

// A misspelt optional column would otherwise be ignored without a word and
// its default used (no holiday periods, say).
void refuse_unknown_columns(const CsvRow& header, const FileSpec& spec, ImportErrors& errors) {
    auto known = spec.columns();
    for (const auto& field : header.fields) {
        std::string name = trim_field(field);
        bool listed = std::any_of(known.begin(), known.end(), [&](const std::string& column) {
            return Poco::icompare(column, name) == 0;
        });
        if (!name.empty() && !listed)
            errors.add(Source{spec.file, header.line}, name, Message{MessageCode::import_column_unknown, {}});
    }
}

// Calls `each` for every data row of the file; a missing file has none.
void for_each_row(const std::string& dir, const FileSpec& spec, ImportErrors& errors,
                  const std::function<void(const FieldReader&)>& each) {
    std::string path = Poco::Path(Poco::Path::forDirectory(dir), spec.file).toString();
    if (!Poco::File(path).exists()) return;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) {
        errors.add(spec.file, Message{MessageCode::file_cannot_open, {}});
        return;
    }
    std::string text = content.str();
    if (auto line = first_non_utf8_line(text)) {
        errors.add(spec.file + ":" + std::to_string(*line), Message{MessageCode::file_not_utf8, {}});
        return;
    }
    try {
        auto rows = parse_csv(text, ';', spec.file);
        if (rows.empty()) return;
        CsvHeader header(rows.front(), spec.file, spec.required, spec.optional);
        refuse_unknown_columns(rows.front(), spec, errors);
        for (std::size_t i = 1; i < rows.size(); ++i)
            each(FieldReader(header, rows[i], Source{spec.file, rows[i].line}, errors));
    } catch (const ValidationError& e) {
        errors.add(e.field(), e);
    }
}

// A required CPR number: refused without a real date; a failed modulus-11
// check is only counted (such numbers are issued since 2007).
std::string cpr(const FieldReader& row, const std::string& column, ImportRows& out) {
    std::string value = row.text(column);
    if (value.empty()) return value;
    CprCheck check = check_cpr(value);
    if (check.error) row.fail(column, *check.error);
    if (check.modulus_warning) ++out.cpr_modulus_warnings;
    return value;
}

// "to" may be open; when given it must not come before "from".
Period period(const FieldReader& row, const std::string& from_column, const std::string& to_column) {
    Period p{row.date(from_column), row.optional_date(to_column)};
    if (p.to && p.from.ok() && *p.to < p.from)
        row.fail(to_column, Message{MessageCode::period_end_before_start, {format_danish_date(*p.to), format_danish_date(p.from)}});
    return p;
}

TaxCard tax_card(const FieldReader& row) {
    return {row.percent("tax_rate"), row.amount("monthly_deduction")};
}

// An account in two columns, both empty for none; checked like the service does.
std::optional<BankAccount> bank_account(const FieldReader& row, const std::string& reg_column,
                                        const std::string& account_column) {
    std::string reg = row.optional_text(reg_column), account = row.optional_text(account_column);
    if (reg.empty() && account.empty()) return std::nullopt;
    if (auto why = bank_account_error(reg, account))
        row.fail(bank_account_error(reg, "1") ? reg_column : account_column, *why);  // which one is wrong
    return BankAccount{reg, account};
}

void read_families(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::families, errors, [&](const FieldReader& row) {
        FamilyRow r{row.source(), row.text("key"), {}};
        r.family.name = row.text("name");
        r.family.cvr = row.text("cvr");
        if (!r.family.cvr.empty())
            if (auto why = cvr_error(r.family.cvr)) row.fail("cvr", *why);
        r.family.bank = bank_account(row, "bank_reg", "bank_account");
        r.family.contact_email = row.optional_text("email");
        r.family.contact_phone = row.optional_text("phone");
        out.families.push_back(std::move(r));
    });
}

void read_children(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::children, errors, [&](const FieldReader& row) {
        ChildRow r{row.source(), row.text("key"), row.text("family"), {}};
        r.child.name = row.text("name");
        r.child.cpr = cpr(row, "cpr", out);
        r.child.birth_date = row.date("birth_date");
        auto from_cpr = check_cpr(r.child.cpr).birth_date;
        if (from_cpr && r.child.birth_date.ok() && *from_cpr != r.child.birth_date)
            row.fail("birth_date", Message{MessageCode::birth_date_not_cpr,
                                           {format_danish_date(r.child.birth_date), format_danish_date(*from_cpr)}});
        out.children.push_back(std::move(r));
    });
}

void read_helpers(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::helpers, errors, [&](const FieldReader& row) {
        HelperRow r{row.source(), row.text("key"), row.text("family"), {}};
        r.helper.name = row.text("name");
        r.helper.cpr = cpr(row, "cpr", out);
        r.helper.employment = period(row, "employed_from", "employed_to");
        r.helper.hourly_wage = row.amount("hourly_wage");
        r.helper.tax_card = tax_card(row);
        out.helpers.push_back(std::move(r));
    });
}

void read_grants(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::grants, errors, [&](const FieldReader& row) {
        GrantRow r{row.source(), row.text("key"), row.text("child"), {}};
        r.grant.decision_ref = row.text("decision_ref");
        r.grant.decision_date = row.date("decision_date");
        r.grant.valid = period(row, "valid_from", "valid_to");
        out.grants.push_back(std::move(r));
    });
    for_each_row(dir, import_format::grant_versions, errors, [&](const FieldReader& row) {
        VersionRow r{row.source(), row.text("grant"), {}};
        r.version.effective_from = row.date("effective_from");
        r.version.weekly_hours = row.hours("weekly_hours");
        r.version.hourly_wage = row.amount("hourly_wage");
        r.version.note = row.optional_text("note");
        r.version.window = window_of(row);
        out.versions.push_back(std::move(r));
    });
    for_each_row(dir, import_format::grant_fixed_lines, errors, [&](const FieldReader& row) {
        out.fixed_lines.push_back(
            {row.source(), row.text("grant"), row.date("effective_from"),
             FixedLine{row.text("purpose"), row.amount("monthly_amount")}});
    });
    for_each_row(dir, import_format::expense_budgets, errors, [&](const FieldReader& row) {
        out.budgets.push_back({row.source(), row.text("grant"), row.date("effective_from"),
                               ExpenseBudget{row.text("category"), row.amount("yearly_amount")}});
    });
}

void read_expenses(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::expenses, errors, [&](const FieldReader& row) {
        ExpenseRow r{row.source(), row.text("child"), {}};
        r.expense.date = row.date("date");
        r.expense.category = row.text("category");
        r.expense.amount = row.amount("amount");
        r.expense.document_ref = row.text("document_ref");
        std::string status = row.text("status");
        auto parsed = parse_expense_status(status);
        if (!status.empty() && !parsed)
            row.fail("status", Message{MessageCode::value_not_allowed, {status, "submitted / approved / rejected"}});
        r.expense.status = parsed.value_or(ExpenseStatus::submitted);
        r.expense.reject_reason = row.optional_text("reject_reason");
        if (parsed == ExpenseStatus::rejected && r.expense.reject_reason.empty())
            row.fail("reject_reason", Message{MessageCode::expense_reject_reason_missing, {}});
        if (parsed && parsed != ExpenseStatus::rejected && !r.expense.reject_reason.empty())
            row.fail("reject_reason", Message{MessageCode::expense_reason_only_rejected, {}});
        r.expense.over_budget_reason = row.optional_text("over_budget_reason");
        if (parsed != ExpenseStatus::approved && !r.expense.over_budget_reason.empty())
            row.fail("over_budget_reason", Message{MessageCode::expense_over_budget_only_approved, {}});
        out.expenses.push_back(std::move(r));
    });
}

void read_awards(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::lost_earnings, errors, [&](const FieldReader& row) {
        AwardRow r{row.source(), row.text("child"), {}};
        LostEarningsAward& a = r.award;
        a.parent_name = row.text("parent_name");
        a.parent_cpr = cpr(row, "parent_cpr", out);
        a.period = period(row, "from", "to");
        a.monthly_income_before = row.amount("income_before");
        a.hours_off_per_week = row.hours("hours_off_per_week");
        if (row.optional_text("normal_hours").empty())
            row.fail("normal_hours", Message{MessageCode::normal_hours_missing, {}});
        else
            a.normal_weekly_hours = row.optional_hours("normal_hours");
        if (a.normal_weekly_hours &&
            (a.hours_off_per_week == Hours{} || a.hours_off_per_week > *a.normal_weekly_hours))
            row.fail("hours_off_per_week",
                     Message{MessageCode::hours_off_out_of_range, {format_hours(*a.normal_weekly_hours)}});
        if (auto holidays = parse_period_list(row.optional_text("holidays"), parse_danish_date))
            a.holiday_periods = *holidays;
        else
            row.fail("holidays", Message{MessageCode::holiday_list_unreadable, {}});
        a.former_employer_pension = row.percent("pension_rate");
        a.monthly_saved_costs = row.amount("saved_costs");
        a.purpose = row.purpose("purpose");
        a.tax_card = tax_card(row);
        a.parent_bank = bank_account(row, "parent_bank_reg", "parent_bank_account");
        if (auto account = bank_account(row, "pension_bank_reg", "pension_bank_account")) {
            a.pension_payee = PensionPayee{row.optional_text("pension_name"), *account};
            if (a.pension_payee->name.empty())
                row.fail("pension_name", Message{MessageCode::pension_name_missing, {}});
        } else if (!row.optional_text("pension_name").empty()) {
            row.fail("pension_bank_reg", Message{MessageCode::pension_account_missing, {}});
        }
        out.awards.push_back(std::move(r));
    });
}

void read_users(const std::string& dir, ImportErrors& errors, ImportRows& out) {
    for_each_row(dir, import_format::users, errors, [&](const FieldReader& row) {
        UserRow r{row.source(), row.text("username"), row.text("password"), row.optional_text("family")};
        std::string role = row.text("role");
        auto parsed = parse_role(role);
        if (!role.empty() && !parsed)
            row.fail("role", Message{MessageCode::value_not_allowed, {role, "finance / caseworker / family / auditor / admin"}});
        r.role = parsed.value_or(Role::auditor);
        if (parsed == Role::family && r.family_key.empty())
            row.fail("family", Message{MessageCode::family_user_needs_family, {}});
        if (parsed && parsed != Role::family && !r.family_key.empty())
            row.fail("family", Message{MessageCode::only_family_users_have_family, {}});
        if (!r.password.empty() && r.password.size() < 10)
            row.fail("password", Message{MessageCode::password_too_short, {"10"}});
        out.users.push_back(std::move(r));
    });
}

} // namespace

ImportRows read_import_rows(const std::string& dir, ImportErrors& errors) {
    if (!Poco::File(dir).exists() || !Poco::File(dir).isDirectory())
        throw ValidationError("dir", Message{MessageCode::import_folder_missing, {dir}});
    ImportRows out;
    read_families(dir, errors, out);
    read_children(dir, errors, out);
    read_helpers(dir, errors, out);
    read_grants(dir, errors, out);
    read_expenses(dir, errors, out);
    read_awards(dir, errors, out);
    read_users(dir, errors, out);
    return out;
}

} // namespace hjt::app
