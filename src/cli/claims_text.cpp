#include "cli/claims_text.h"

#include "app/payout_export.h"
#include "domain/danish_format.h"
#include "domain/errors.h"

namespace hjt::cli {

std::string claim_line(const app::ClaimView& v) {
    const Claim& c = v.claim;
    std::string text = "krav " + std::to_string(c.id) + " familie " + std::to_string(c.family_id) + " barn " +
                       std::to_string(c.child_id) + " (" + std::to_string(c.year) + "): " + format_kroner(c.claimed) +
                       ", rest " + format_kroner(v.status.balance) + ", " + danish_label(v.status.state) +
                       ", forfald " + format_danish_date(c.due);
    if (v.status.surplus > Money()) text += ", overskud " + format_kroner(v.status.surplus);
    if (v.status.pending_write_off > Money())
        text += ", afskrivning til godkendelse " + format_kroner(v.status.pending_write_off);
    return text + "\n";
}

std::optional<Money> amount_option(const Args& args, const std::string& name) {
    auto text = args.optional(name);
    if (!text) return std::nullopt;
    auto amount = parse_amount(*text);
    if (!amount) throw ValidationError(name, "beløbet '" + *text + "' er ikke et beløb i kr (fx 1.234,56)");
    return amount;
}

Date date_option(const Args& args, const std::string& name) {
    auto text = args.optional(name);
    if (!text) return app::today_in_copenhagen();
    auto d = parse_typed_date(*text);
    if (!d) throw UsageError("--" + name + " skal være en dato dd-mm-åååå eller åååå-mm-dd, ikke '" + *text + "'");
    return *d;
}

} // namespace hjt::cli
