#include "store/rates_store.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "domain/errors.h"
#include "store/sql_dialect.h"

namespace hjt::store {
namespace {

std::string where_of(int year) { return "rate_values:" + std::to_string(year); }

struct FigureRow {
    int year = 0;
    std::string name;
    long long value = 0;
    int estimated = 0;
    std::string source;

    NamedFigure figure() const { return {name, value, estimated != 0, source}; }
};

// Every row of rate_values, or of one year when `year` is given, by year and name.
std::vector<FigureRow> select_figures(soci::session& sql, std::optional<int> year) {
    FigureRow row;
    int wanted = year.value_or(0);
    int all_years = year ? 0 : 1;
    // Run for every expense an import stores (its year's cap): one round trip (prepare_once).
    soci::statement st(sql);
    st.exchange(soci::into(row.year));
    st.exchange(soci::into(row.name));
    st.exchange(soci::into(row.value));
    st.exchange(soci::into(row.estimated));
    st.exchange(soci::into(row.source));
    st.exchange(soci::use(wanted));
    st.exchange(soci::use(all_years));
    st.alloc();
    prepare_once(st, "SELECT year, name, value, estimated, source FROM rate_values WHERE year = :y OR 1 = :all"
                     " ORDER BY year, name");
    st.define_and_bind();
    st.execute();
    std::vector<FigureRow> rows;
    while (st.fetch()) rows.push_back(row);
    return rows;
}

} // namespace

void save_year_rates(soci::session& sql, const YearRates& rates) {
    sql << "DELETE FROM rate_values WHERE year = :y", soci::use(rates.year);
    for (const auto& f : figures_of(rates)) {
        long long value = f.value;
        int estimated = f.estimated ? 1 : 0;
        sql << "INSERT INTO rate_values (year, name, value, estimated, source) VALUES (:y, :n, :v, :e, :s)",
            soci::use(rates.year), soci::use(f.name), soci::use(value), soci::use(estimated), soci::use(f.source);
    }
}

void save_rates(soci::session& sql, const RateBook& book) {
    for (const auto& [year, rates] : book.all()) save_year_rates(sql, rates);
}

RateBook load_rates(soci::session& sql) {
    std::map<int, std::vector<NamedFigure>> by_year;
    for (const auto& row : select_figures(sql, std::nullopt)) by_year[row.year].push_back(row.figure());
    RateBook book;
    for (const auto& [year, figures] : by_year) book.add(year_rates_from(year, figures, where_of(year)));
    return book;
}

std::set<int> stored_rate_years(soci::session& sql) {
    std::set<int> years;
    int year = 0;
    soci::statement st = (sql.prepare << "SELECT DISTINCT year FROM rate_values", soci::into(year));
    st.execute();
    while (st.fetch()) years.insert(year);
    return years;
}

std::vector<NamedFigure> load_year_figures(soci::session& sql, int year) {
    std::vector<NamedFigure> figures;
    for (const auto& row : select_figures(sql, year)) figures.push_back(row.figure());
    return figures;
}

NamedFigure replace_figure(soci::session& sql, int year, const NamedFigure& figure) {
    auto figures = load_year_figures(sql, year);
    auto it = std::find_if(figures.begin(), figures.end(), [&](const NamedFigure& f) { return f.name == figure.name; });
    if (it == figures.end())
        throw NotFound(Message{MessageCode::rate_figure_not_in_year, {figure.name, std::to_string(year)}});
    NamedFigure before = *it;
    *it = figure;
    year_rates_from(year, figures, where_of(year));  // the table must stay whole
    long long value = figure.value;
    int estimated = figure.estimated ? 1 : 0;
    sql << "UPDATE rate_values SET value = :v, estimated = :e, source = :s WHERE year = :y AND name = :n",
        soci::use(value), soci::use(estimated), soci::use(figure.source), soci::use(year), soci::use(figure.name);
    return before;
}

void add_figures(soci::session& sql, int year, const std::vector<NamedFigure>& figures) {
    auto whole = load_year_figures(sql, year);
    whole.insert(whole.end(), figures.begin(), figures.end());
    year_rates_from(year, whole, where_of(year));  // also refuses a name given twice
    for (const auto& f : figures) {
        long long value = f.value;
        int estimated = f.estimated ? 1 : 0;
        sql << "INSERT INTO rate_values (year, name, value, estimated, source) VALUES (:y, :n, :v, :e, :s)",
            soci::use(year), soci::use(f.name), soci::use(value), soci::use(estimated), soci::use(f.source);
    }
}

void save_policy(soci::session& sql, const Policy& policy) {
    sql << "DELETE FROM policy_values";
    for (const auto& [name, value] : policy_settings(policy))
        sql << "INSERT INTO policy_values (name, value) VALUES (:n, :v)", soci::use(name), soci::use(value);
}

bool has_policy(soci::session& sql) {
    int count = 0;
    sql << "SELECT COUNT(*) FROM policy_values", soci::into(count);
    return count > 0;
}

std::map<std::string, std::string> load_base_policy_settings(soci::session& sql) {
    std::map<std::string, std::string> settings;
    std::string name, value;
    soci::statement st = (sql.prepare << "SELECT name, value FROM policy_values", soci::into(name), soci::into(value));
    st.execute();
    while (st.fetch()) settings[name] = value;
    return settings;
}

Policy load_policy(soci::session& sql, Date day) {
    const auto base = load_base_policy_settings(sql);
    if (base.empty()) throw NotFound(Message{MessageCode::policy_missing, {}});
    return policy_in_force(base, list_policy_changes(sql), day);
}

std::vector<PolicyChange> list_policy_changes(soci::session& sql) {
    long long id = 0;
    std::string name, value, from, reason, by, at;
    soci::statement st = (sql.prepare << "SELECT id, name, value, valid_from, reason, set_by, set_at"
                                         " FROM policy_changes ORDER BY id",
                          soci::into(id), soci::into(name), soci::into(value), soci::into(from), soci::into(reason),
                          soci::into(by), soci::into(at));
    st.execute();
    std::vector<PolicyChange> changes;
    while (st.fetch()) {
        const auto day = parse_iso_date(from);
        if (!day) throw std::runtime_error("corrupt policy change " + std::to_string(id) + " in policy_changes");
        changes.push_back({id, name, value, *day, reason, by, at});
    }
    return changes;
}

Id insert_policy_change(soci::session& sql, const PolicyChange& c) {
    const std::string from = iso(c.valid_from);
    sql << "INSERT INTO policy_changes (name, value, valid_from, reason, set_by, set_at)"
           " VALUES (:n, :v, :f, :r, :b, :a)",
        soci::use(c.name), soci::use(c.value), soci::use(from), soci::use(c.reason), soci::use(c.set_by),
        soci::use(c.set_at);
    return last_insert_id(sql, "policy_changes");
}

} // namespace hjt::store
