#include "domain/rate_figures.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/danish_format.h"
#include "domain/digits.h"
#include "domain/errors.h"

namespace hjt {
namespace {

constexpr auto kFigureUnitCodes = enum_table<FigureUnit>(
    {{FigureUnit::money, "ore"}, {FigureUnit::rate, "basis_points"}, {FigureUnit::hours, "hundredths_of_hours"}});

const std::string kHomeTrainingCap = "home_training_cap";
const std::string kLostEarningsCap = "lost_earnings_cap";
const std::string kHolidayPay = "holiday_pay";
const std::string kAmBidrag = "am_bidrag";
const std::string kSatsregulering = "satsreguleringsprocent";
const std::string kWorkInjuryPremium = "work_injury_premium";

struct ContributionKey {
    Contribution contribution;
    int bracket;  // 1, 2, ...: the ATP bracket it goes with
};

// "barsel.2" -> {barsel, 2}; nullopt for any other name.
std::optional<ContributionKey> contribution_figure(const std::string& name) {
    for (Contribution c : kContributions) {
        const std::string stem = to_string(c) + ".";
        if (name.rfind(stem, 0) != 0) continue;
        std::string index = name.substr(stem.size());
        if (!all_digits(index) || index.empty() || index.size() > 3 || index[0] == '0') return std::nullopt;
        return ContributionKey{c, std::stoi(index)};
    }
    return std::nullopt;
}

std::string contribution_name(Contribution c, std::size_t bracket) {
    return to_string(c) + "." + std::to_string(bracket);
}

struct AtpKey {
    int index;         // 1, 2, ...
    std::string part;  // from_hours, employee or employer
};

// "atp.2.employee" -> {2, "employee"}; nullopt for any other name.
std::optional<AtpKey> atp_key(const std::string& name) {
    if (name.rfind("atp.", 0) != 0) return std::nullopt;
    std::size_t dot = name.find('.', 4);
    if (dot == std::string::npos) return std::nullopt;
    std::string index = name.substr(4, dot - 4);
    std::string part = name.substr(dot + 1);
    // 1 to 999 without leading zeros, so each bracket has exactly one name.
    if (!all_digits(index) || index.size() > 3 || index[0] == '0') return std::nullopt;
    if (part != "from_hours" && part != "employee" && part != "employer") return std::nullopt;
    return AtpKey{std::stoi(index), part};
}

std::string atp_name(std::size_t index, const std::string& part) {
    return "atp." + std::to_string(index) + "." + part;
}

struct AtpParts {
    std::optional<std::int64_t> from_hours, employee, employer;
};

// Collects the figures of one year, then checks that they form a whole table.
class TableBuilder {
public:
    TableBuilder(int year, std::string where) : where_(std::move(where)) { rates_.year = year; }

    void add(const NamedFigure& f) {
        if (!seen_.insert(f.name).second) fail(f.name, {MessageCode::rate_figure_twice, {}});
        auto unit = figure_unit(f.name);
        if (!unit) fail(f.name, {MessageCode::rate_not_a_figure, {f.name}});
        if (f.source.empty()) fail(f.name, {MessageCode::rate_needs_source, {}});
        if (f.value < 0) fail(f.name, {MessageCode::field_negative, {}});
        if (*unit == FigureUnit::rate && f.value > 10000)
            fail(f.name, {MessageCode::not_a_percentage, {format_rate(Rate::basis_points(f.value))}});

        if (f.name == kHomeTrainingCap || f.name == kLostEarningsCap) {
            if (f.value == 0) fail(f.name, {MessageCode::must_be_positive, {}});
            auto& cap = f.name == kHomeTrainingCap ? rates_.home_training_cap : rates_.lost_earnings_cap;
            cap = MoneyFigure{Money::ore(f.value), f.estimated, f.source};
        } else if (f.name == kWorkInjuryPremium) {
            rates_.work_injury_premium = MoneyFigure{Money::ore(f.value), f.estimated, f.source};
        } else if (auto c = contribution_figure(f.name)) {
            auto& table = contributions_[static_cast<std::size_t>(c->contribution)];
            table[c->bracket] = Money::ore(f.value);
            auto& provenance = rates_.contributions[static_cast<std::size_t>(c->contribution)];
            if (!provenance) provenance = ContributionTable{};
            provenance->estimated = provenance->estimated || f.estimated;
            if (provenance->source.find(f.source) == std::string::npos)
                provenance->source += (provenance->source.empty() ? "" : "; ") + f.source;
        } else if (f.name == kHolidayPay) {
            rates_.holiday_pay = Rate::basis_points(f.value);
            rates_.holiday_pay_estimated = f.estimated;
            rates_.holiday_pay_source = f.source;
        } else if (f.name == kSatsregulering) {
            rates_.satsregulering = RateFigure{Rate::basis_points(f.value), f.estimated, f.source};
        } else if (f.name == kAmBidrag) {
            rates_.am_bidrag = Rate::basis_points(f.value);
            rates_.am_bidrag_estimated = f.estimated;
            rates_.am_bidrag_source = f.source;
        } else {
            add_atp(*atp_key(f.name), f);
        }
    }

    YearRates finish() {
        const Message missing{MessageCode::field_required, {}};
        if (!seen_.count(kHolidayPay)) fail(kHolidayPay, missing);
        if (!seen_.count(kAmBidrag)) fail(kAmBidrag, missing);
        if (atp_.empty()) fail(atp_name(1, "from_hours"), {MessageCode::atp_table_missing, {std::to_string(rates_.year)}});
        std::size_t expected = 1;
        for (const auto& [index, parts] : atp_) {
            if (static_cast<std::size_t>(index) != expected) fail(atp_name(expected, "from_hours"), missing);
            if (!parts.from_hours) fail(atp_name(expected, "from_hours"), missing);
            if (!parts.employee) fail(atp_name(expected, "employee"), missing);
            if (!parts.employer) fail(atp_name(expected, "employer"), missing);
            Hours from = Hours::hundredths(*parts.from_hours);
            if (expected == 1 && from != Hours()) fail(atp_name(1, "from_hours"), {MessageCode::atp_first_bracket_not_zero, {}});
            if (expected > 1 && from <= rates_.atp.back().from_hours)
                fail(atp_name(expected, "from_hours"), {MessageCode::atp_bracket_not_rising, {}});
            rates_.atp.push_back({from, Money::ore(*parts.employee), Money::ore(*parts.employer)});
            ++expected;
        }
        for (const auto& source : atp_sources_)
            rates_.atp_source += (rates_.atp_source.empty() ? "" : "; ") + source;
        // A contribution is given for every ATP bracket or not at all, so each
        // month's bracket has its amount.
        for (Contribution c : kContributions) {
            const auto& given = contributions_[static_cast<std::size_t>(c)];
            if (given.empty()) continue;
            auto& table = *rates_.contributions[static_cast<std::size_t>(c)];
            for (std::size_t bracket = 1; bracket <= rates_.atp.size(); ++bracket) {
                auto amount = given.find(static_cast<int>(bracket));
                if (amount == given.end())
                    fail(contribution_name(c, bracket), {MessageCode::contribution_bracket_missing, {}});
                table.monthly_by_bracket.push_back(amount->second);
            }
            if (given.rbegin()->first > static_cast<int>(rates_.atp.size()))
                fail(contribution_name(c, given.rbegin()->first), {MessageCode::contribution_bracket_unknown, {}});
        }
        return rates_;
    }

private:
    [[noreturn]] void fail(const std::string& name, const Message& message) const {
        throw ValidationError(where_ + ":" + name, message);
    }

    void add_atp(const AtpKey& key, const NamedFigure& f) {
        AtpParts& parts = atp_[key.index];
        (key.part == "from_hours" ? parts.from_hours : key.part == "employee" ? parts.employee : parts.employer) =
            f.value;
        rates_.atp_estimated = rates_.atp_estimated || f.estimated;
        // Brackets share their source; distinct ones (after a correction of one bracket) are all kept.
        if (std::find(atp_sources_.begin(), atp_sources_.end(), f.source) == atp_sources_.end())
            atp_sources_.push_back(f.source);
    }

    std::string where_;
    YearRates rates_;
    std::set<std::string> seen_;
    std::map<int, AtpParts> atp_;
    std::array<std::map<int, Money>, kContributionCount> contributions_;
    std::vector<std::string> atp_sources_;
};

} // namespace

std::span<const EnumText<FigureUnit>> codes(FigureUnit) { return kFigureUnitCodes; }

std::optional<FigureUnit> figure_unit(const std::string& name) {
    if (name == kHomeTrainingCap || name == kLostEarningsCap || name == kWorkInjuryPremium) return FigureUnit::money;
    if (contribution_figure(name)) return FigureUnit::money;
    if (name == kHolidayPay || name == kAmBidrag || name == kSatsregulering) return FigureUnit::rate;
    auto atp = atp_key(name);
    if (!atp) return std::nullopt;
    return atp->part == "from_hours" ? FigureUnit::hours : FigureUnit::money;
}

std::string figure_label(const std::string& name) {
    static const std::map<std::string, std::string> plain = {
        {kHomeTrainingCap, "Loft for hjemmetræning (år)"},
        {kLostEarningsCap, "Loft for tabt arbejdsfortjeneste (måned)"},
        {kHolidayPay, "Feriegodtgørelse"},
        {kAmBidrag, "AM-bidrag"},
        {kSatsregulering, "Satsreguleringsprocent"},
        {kWorkInjuryPremium, "Arbejdsskadeforsikring (år)"}};
    if (auto found = plain.find(name); found != plain.end()) return found->second;
    static const std::map<Contribution, std::string> contributions = {
        {Contribution::aub, "AUB"}, {Contribution::aes, "AES"}, {Contribution::barsel, "Barsel.dk"},
        {Contribution::fib, "Finansieringsbidrag"}};
    if (auto c = contribution_figure(name))
        return contributions.at(c->contribution) + " pr. måned, ATP-trin " + std::to_string(c->bracket);
    if (auto atp = atp_key(name)) {
        const std::string step = "ATP-trin " + std::to_string(atp->index) + ": ";
        if (atp->part == "from_hours") return step + "fra timer pr. måned";
        return step + (atp->part == "employee" ? "lønmodtagerens bidrag" : "arbejdsgiverens bidrag");
    }
    return name;
}

std::string provenance_key(const std::string& name) {
    if (atp_key(name)) return "atp";
    if (auto c = contribution_figure(name)) return to_string(c->contribution);
    return name;
}

std::string format_figure(FigureUnit unit, std::int64_t value) {
    switch (unit) {
    case FigureUnit::money: return format_kroner(Money::ore(value));
    case FigureUnit::rate: return format_rate(Rate::basis_points(value));
    case FigureUnit::hours: return format_hours(Hours::hundredths(value)) + " t";
    }
    return std::to_string(value);
}

std::optional<std::int64_t> parse_figure(FigureUnit unit, const std::string& text) {
    switch (unit) {
    case FigureUnit::money:
        if (auto m = parse_amount(text)) return m->ore();
        return std::nullopt;
    case FigureUnit::rate:
        if (auto r = parse_rate(text)) return r->basis_points();
        return std::nullopt;
    case FigureUnit::hours:
        if (auto h = parse_hours(text)) return h->hundredths();
        return std::nullopt;
    }
    return std::nullopt;
}

std::vector<NamedFigure> figures_of(const YearRates& rates) {
    std::vector<NamedFigure> figures;
    if (const auto& cap = rates.home_training_cap)
        figures.push_back({kHomeTrainingCap, cap->amount.ore(), cap->estimated, cap->source});
    if (const auto& cap = rates.lost_earnings_cap)
        figures.push_back({kLostEarningsCap, cap->amount.ore(), cap->estimated, cap->source});
    figures.push_back({kHolidayPay, rates.holiday_pay.basis_points(), rates.holiday_pay_estimated,
                       rates.holiday_pay_source});
    figures.push_back({kAmBidrag, rates.am_bidrag.basis_points(), rates.am_bidrag_estimated, rates.am_bidrag_source});
    if (const auto& regulation = rates.satsregulering)
        figures.push_back({kSatsregulering, regulation->rate.basis_points(), regulation->estimated, regulation->source});
    if (const auto& premium = rates.work_injury_premium)
        figures.push_back({kWorkInjuryPremium, premium->amount.ore(), premium->estimated, premium->source});
    for (Contribution c : kContributions) {
        const auto& table = rates.contributions[static_cast<std::size_t>(c)];
        if (!table) continue;
        for (std::size_t i = 0; i < table->monthly_by_bracket.size(); ++i)
            figures.push_back({contribution_name(c, i + 1), table->monthly_by_bracket[i].ore(), table->estimated,
                               table->source});
    }
    for (std::size_t i = 0; i < rates.atp.size(); ++i) {
        const AtpBracket& b = rates.atp[i];
        figures.push_back({atp_name(i + 1, "from_hours"), b.from_hours.hundredths(), rates.atp_estimated, rates.atp_source});
        figures.push_back({atp_name(i + 1, "employee"), b.employee.ore(), rates.atp_estimated, rates.atp_source});
        figures.push_back({atp_name(i + 1, "employer"), b.employer.ore(), rates.atp_estimated, rates.atp_source});
    }
    return figures;
}

YearRates year_rates_from(int year, const std::vector<NamedFigure>& figures, const std::string& where) {
    TableBuilder builder(year, where);
    for (const auto& f : figures) builder.add(f);
    return builder.finish();
}

} // namespace hjt
