// A family with one child, a grant for 2026 and two helpers (import keys
// "H1" and "H2"), in a fresh database per test case.
#pragma once

#include <sstream>
#include <string>

#include "app/shift_service.h"
#include "store/import_keys.h"
#include "store/register_repository.h"
#include "store/register_samples.h"
#include "store/scratch_database.h"
#include "test_actor.h"

namespace hjt::testing {

struct ShiftFamily {
    ScratchDatabase scratch;
    Id family = 0;
    Id helper = 0;
    Id second_helper = 0;
    Id other_family_helper = 0;

    explicit ShiftFamily(const std::string& name) : scratch(name) {
        auto& sql = scratch.sql();
        family = store::insert_family(sql, sample_family());
        Id child = store::insert_child(sql, sample_child(family));
        store::insert_grant(sql, sample_grant(child), "test");
        helper = add_helper(family, "H1", "Sofie Hansen");
        second_helper = add_helper(family, "H2", "Mads Holm");
        Id other = store::insert_family(sql, sample_family("20000008"));
        other_family_helper = add_helper(other, "X1", "Other Helper");
    }

    Id add_helper(Id family_id, const std::string& key, const std::string& name) {
        Helper h = sample_helper(family_id);
        h.name = name;
        h.employment = Period{ymd(2025, 1, 1), std::nullopt};
        h.hourly_wage = Money::kroner(135);
        h.tax_card = TaxCard{Rate::basis_points(3800), Money{}};
        Id id = store::insert_helper(scratch.sql(), h);
        store::insert_import_key(scratch.sql(), "helper", key, id);
        return id;
    }

    app::ShiftImportReport import_csv(const std::string& text, const std::string& name = "shifts.csv") {
        app::ShiftImportReport report;
        scratch.db().in_transaction([&](soci::session& sql) {
            report = app::import_shifts(sql, test::caseworker_actor("test"), family, app::read_shift_csv(text, name), Policy{});
        });
        return report;
    }
};

// `count` shifts of helper H1 on weekdays from 5 January 2026, three a day of two hours each.
inline std::string csv_of_shifts(int count, const std::string& header = "helper;date;start;end\n") {
    std::ostringstream out;
    out << header;
    date::sys_days day{date::year{2026} / date::January / 5};
    static const char* slots[][2] = {{"08:00", "10:00"}, {"10:00", "12:00"}, {"12:00", "14:00"}};
    for (int i = 0; i < count; ++i) {
        if (i > 0 && i % 3 == 0) {
            day += date::days{1};
            while (date::weekday{day} == date::Saturday || date::weekday{day} == date::Sunday) day += date::days{1};
        }
        out << "H1;" << date::format("%d-%m-%Y", day) << ';' << slots[i % 3][0] << ';' << slots[i % 3][1] << '\n';
    }
    return out.str();
}

} // namespace hjt::testing
