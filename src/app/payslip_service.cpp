#include "app/payslip_service.h"

#include <map>

#include "domain/errors.h"
#include "domain/validation.h"
#include "store/register_repository.h"
#include "store/shift_store.h"

namespace hjt::app {

namespace {

HelperMonth month_of_shifts(const Family& family, const Helper& helper, Month month,
                            const std::vector<ShiftRecord>& shifts, const RateBook& rates) {
    HelperMonth m{family, helper, month, static_cast<long long>(shifts.size()), 0, 0, {}, false};
    for (const auto& s : shifts) {
        m.minutes += s.classification.minutes;
        m.subsidisable_minutes += s.classification.subsidisable_minutes;
    }
    const YearRates& year = rates.year(static_cast<int>(month.year()));
    m.payslip = compute_payslip(PayslipInput{payslip_hours(m.minutes), helper.hourly_wage, helper.tax_card, Money{}}, year);
    m.rates_estimated = year.atp_estimated;
    return m;
}

Family family_or_not_found(soci::session& sql, Id family_id) {
    auto family = store::find_family(sql, family_id);
    if (!family) throw NotFound("family " + std::to_string(family_id) + " does not exist");
    return *family;
}

} // namespace

HelperMonth helper_payslip(soci::session& sql, Id helper_id, Month month, const RateBook& rates) {
    auto helper = store::find_helper(sql, helper_id);
    if (!helper) throw NotFound("helper " + std::to_string(helper_id) + " does not exist");
    return month_of_shifts(family_or_not_found(sql, helper->family_id), *helper, month,
                           store::list_helper_shifts(sql, helper_id, month), rates);
}

FamilyMonth family_payslips(soci::session& sql, Id family_id, Month month, const RateBook& rates) {
    FamilyMonth out{family_or_not_found(sql, family_id), {}};
    std::map<Id, std::vector<ShiftRecord>> by_helper;
    for (auto& s : store::list_family_shifts(sql, family_id, month)) by_helper[s.helper_id].push_back(std::move(s));
    for (const auto& helper : store::list_helpers(sql, family_id)) {
        auto shifts = by_helper.find(helper.id);
        if (shifts != by_helper.end())
            out.helpers.push_back(month_of_shifts(out.family, helper, month, shifts->second, rates));
    }
    return out;
}

reports::PayslipDocument payslip_document(const HelperMonth& m) {
    return {m.family.name,       m.family.cvr,    m.helper.name, mask_cpr(m.helper.cpr),
            m.month,             m.helper.tax_card, m.payslip,   payslip_hours(m.subsidisable_minutes),
            m.rates_estimated};
}

} // namespace hjt::app
