#include "app/digital_post_bundle.h"

#include <Poco/File.h>
#include <Poco/Path.h>

#include "app/file_output.h"
#include "app/lost_earnings_service.h"
#include "app/memo_message.h"
#include "app/permissions.h"
#include "app/rate_service.h"
#include "app/register_reads.h"
#include "app/statement_service.h"
#include "domain/csv.h"
#include "domain/errors.h"
#include "domain/limits.h"
#include "domain/validation.h"
#include "reports/lost_earnings_letter.h"
#include "reports/statement_letter.h"

namespace hjt::app {

namespace {

std::string digits(std::string id) {
    std::erase(id, '-');
    return id;
}

bool in_force(const LostEarningsAward& award, int year) {
    return static_cast<int>(award.period.from.year()) <= year &&
           (!award.period.to || static_cast<int>(award.period.to->year()) >= year);
}

// Writes the letters into MeMo files in `dir` and keeps what the manifest lists.
class BundleWriter {
public:
    BundleWriter(const LetterSettings& settings, Date today, std::string dir, int year)
        : context_{settings.letterhead, today, settings.appeal_guidance, settings.appeal_weeks}, dir_(std::move(dir)), year_(year),
          sender_{settings.letterhead.cvr, "CVR", settings.letterhead.name},
          created_(iso(today) + "T00:00:00Z") {
        if (sender_.id.empty())
            throw ValidationError("letters.properties:letters.municipality.cvr", Message{MessageCode::field_required, {}});
    }
    const reports::LetterContext& context() const { return context_; }

    void add(const std::string& file, Id family, const reports::Letter& letter, const MemoParty& recipient,
             const std::string& shown) {
        const std::string pdf_name = Poco::Path(file).setExtension("pdf").getFileName();
        MemoMessage m{new_message_uuid(), letter.title, sender_, recipient, created_, pdf_name,
                      reports::render_letter(letter)};
        write_file(Poco::Path(dir_).append(file).toString(), memo_xml(m));
        bundle_.messages.push_back({file, family, letter.title, recipient.id_type, shown, m.uuid});
    }

    DigitalPostBundle finish() {
        bundle_.year = year_;
        bundle_.manifest_file = Poco::Path(dir_).append("digital-post-" + std::to_string(year_) + ".csv").toString();
        std::string csv = csv_record({"fil", "familie", "titel", "modtagertype", "modtager", "messageUUID"});
        for (const auto& m : bundle_.messages)
            csv += csv_record({m.file, std::to_string(m.family_id), m.title, m.recipient_type, m.recipient_shown, m.uuid});
        write_file(bundle_.manifest_file, csv);
        return std::move(bundle_);
    }

private:
    reports::LetterContext context_;
    std::string dir_;
    int year_;
    MemoParty sender_;
    std::string created_;
    DigitalPostBundle bundle_;
};

void add_awards(soci::session& sql, BundleWriter& w, const Family& family, int year) {
    const RateBook rates = stored_rates(sql);
    for (const auto& child : list_children(sql, family.id))
        for (const auto& award : list_awards(sql, child.id)) {
            if (!in_force(award, year)) continue;
            const auto s = award_statement(sql, award.id);
            const auto months = award_year(s, year, rates, lost_earnings_terms(sql, rates, year));
            w.add("memo-tabt-arbejdsfortjeneste-" + std::to_string(award.id) + "-" + std::to_string(year) + ".xml",
                  family.id, reports::lost_earnings_letter(s.who, year, months, w.context()),
                  {digits(award.parent_cpr), "CPR", award.parent_name}, mask_cpr(award.parent_cpr));
        }
}

} // namespace

DigitalPostBundle write_digital_post_bundle(soci::session& sql, const User& actor, int year,
                                            const LetterSettings& settings, Date today, const std::string& dir) {
    require_permission(actor, Operation::digital_post_bundle);
    limits::checked_year(year, "year");
    BundleWriter w(settings, today, dir, year);
    Poco::File(dir).createDirectories();
    for (const auto& family : list_families(sql)) {
        const auto statement = annual_statement(sql, family.id, year, today);
        w.add("memo-familie-" + std::to_string(family.id) + "-" + std::to_string(year) + ".xml", family.id,
              reports::statement_letter(statement, w.context()), {family.cvr, "CVR", family.name}, family.cvr);
        add_awards(sql, w, family, year);
    }
    return w.finish();
}

} // namespace hjt::app
