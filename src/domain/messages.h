// The one catalogue of refusals (issue 19): each has a stable code (for
// programs: the API's "code", the CLI's [brackets]), a Danish text (what people
// read) and an English one (HJT_LANG=en, Accept-Language: en). A text names its
// values by position, {1} {2} …, filled with Danish-formatted values (dates
// dd-mm-yyyy, amounts 1.234,56) at the throw. Adding a code means writing both
// texts here: messages_test fails on a missing or mismatched text.
//
// The field a refusal is about has its own table (field_label): the Danish
// and English name people see for the API's field key ("end" → "Slut").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hjt {

// X(code, Danish, English)
#define HJT_MESSAGES(X)                                                                                                \
    X(shift_start_not_a_time, "starten skal være et klokkeslæt 00:00–23:59", "the start must be a time of day 00:00–23:59") \
    X(shift_end_before_start, "slut ({1}) skal være efter start ({2})", "the end ({1}) must be after the start ({2})")  \
    X(shift_end_not_after_start, "slut skal være efter start", "the end must be after the start")                        \
    X(clock_time_missing_in_dst, "{1} findes ikke den {2} (uret springer fra 02:00 til 03:00, når sommertiden begynder)", \
      "{1} does not exist on {2} (the clock jumps from 02:00 to 03:00 when summer time starts)")                          \
    X(shift_too_long, "vagten varer {1} timer; en vagt må højst vare 16 timer",                                          \
      "the shift lasts {1} hours; a shift may last at most 16 hours")                                                    \
    X(shift_overlaps_stored, "vagten {1} overlapper den gemte vagt {2} for samme hjælper",                               \
      "the shift {1} overlaps the stored shift {2} of the same helper")                                                  \
    X(shift_overlaps_in_file, "vagten {1} overlapper linje {2} ({3}) for samme hjælper",                              \
      "the shift {1} overlaps line {2} ({3}) of the same helper")                                                       \
    X(shift_outside_employment, "vagten den {1} ligger uden for hjælperens ansættelse ({2} – {3})",                      \
      "the shift on {1} is outside the helper's employment ({2} – {3})")                                                 \
    X(shift_hours_disagree, "der står {1} timer, men {2} er {3} timer", "says {1} hours but {2} is {3} hours")            \
    X(shift_hours_unreadable, "'{1}' er ikke et antal timer som 7,50", "'{1}' is not a number of hours such as 7,50")     \
    X(helper_unknown, "'{1}' er hverken import-nøgle eller id for en hjælper",                                          \
      "'{1}' is neither the import key nor the id of a helper")                                                          \
    X(helper_unknown_in_family, "'{1}' er hverken import-nøgle, id eller navn for en hjælper i familie {2}",           \
      "'{1}' is neither the import key, the id nor the name of a helper of family {2}")                                 \
    X(helper_not_found, "hjælper {1} findes ikke", "helper {1} does not exist")                                          \
    X(shift_not_found, "vagt {1} findes ikke", "shift {1} does not exist")                                               \
    X(family_not_found, "familie {1} findes ikke", "family {1} does not exist")                                          \
    X(child_not_found, "barn {1} findes ikke", "child {1} does not exist")                                               \
    X(grant_not_found, "bevilling {1} findes ikke", "grant {1} does not exist")                                          \
    X(expense_not_found, "udlæg {1} findes ikke", "expense {1} does not exist")                                          \
    X(award_not_found, "bevilling {1} til tabt arbejdsfortjeneste findes ikke", "lost-earnings award {1} does not exist") \
    X(claim_not_found, "krav {1} findes ikke", "claim {1} does not exist")                                               \
    X(receipt_not_found, "indbetaling {1} findes ikke", "payment received {1} does not exist")                           \
    X(period_end_before_start, "slutdatoen {1} er før startdatoen {2}", "the end date {1} is before the start date {2}") \
    X(version_before_grant, "{1} er før bevillingen begynder ({2})", "{1} is before the grant starts ({2})")              \
    X(version_after_grant, "{1} er efter bevillingen slutter ({2})", "{1} is after the grant ends ({2})")                 \
    X(out_of_range, "skal være mellem {1} og {2}, fik {3}", "must be between {1} and {2}, got {3}")                     \
    X(cvr_not_8_digits, "et CVR/SE-nummer er 8 cifre, fik '{1}'", "a CVR/SE number is 8 digits, got '{1}'")              \
    X(cvr_fails_modulus_11, "CVR/SE-nummeret {1} består ikke modulus 11-kontrollen", "CVR/SE number {1} fails the modulus-11 check") \
    X(cpr_not_10_digits, "et CPR-nummer er 10 cifre, DDMMÅÅSSSS eller DDMMÅÅ-SSSS", "a CPR number is 10 digits, DDMMYYSSSS or DDMMYY-SSSS") \
    X(cpr_no_real_date, "CPR-nummeret {1} begynder ikke med en rigtig dato (DDMMÅÅ)", "CPR number {1} does not start with a real date (DDMMYY)") \
    X(reg_no_not_4_digits, "et reg.nr. er 4 cifre, fik '{1}'", "a bank reg.no. is 4 digits, got '{1}'")                  \
    X(account_no_not_digits, "et kontonr. er 1 til 10 cifre, fik '{1}'", "a bank account no. is 1 to 10 digits, got '{1}'") \
    X(document_ref_too_short, "en bilagsreference skal have mindst 3 tegn, heraf mindst ét bogstav eller tal, fik '{1}'", \
      "a document reference needs at least 3 characters, one of them a letter or digit, got '{1}'")                     \
    X(iban_not_danish, "et dansk IBAN er DK efterfulgt af 16 cifre", "a Danish IBAN is DK followed by 16 digits")       \
    X(iban_fails_mod97, "IBAN {1} består ikke MOD-97-kontrollen", "IBAN {1} fails the MOD-97 check")                     \
    X(field_required, "skal udfyldes", "is required")                                                                 \
    X(field_not_text, "skal være tekst", "must be text")                                                              \
    X(field_not_whole_number, "skal være et helt tal", "must be a whole number")                                      \
    X(field_number_too_large, "tallet er for stort", "the number is too large")                                       \
    X(field_not_positive_id, "skal være et id større end 0", "must be an id above 0")                                 \
    X(field_not_iso_date, "'{1}' er ikke en rigtig dato (åååå-mm-dd)", "'{1}' is not a real date (yyyy-mm-dd)")       \
    X(field_negative, "må ikke være negativ", "must not be negative")                                                 \
    X(field_not_object, "skal være et objekt", "must be an object")                                                   \
    X(field_not_list, "skal være en liste", "must be a list")                                                         \
    X(body_truncated, "forespørgslen blev afbrudt: {1} af {2} bytes kom frem", "the request was cut off: {1} of {2} bytes arrived") \
    X(body_not_json, "forespørgslen er ikke gyldig JSON ({1})", "the request is not valid JSON ({1})")                \
    X(body_not_object, "forespørgslen skal være et JSON-objekt", "the request must be a JSON object")                 \
    X(year_query_missing, "angiv året som ?year=ÅÅÅÅ", "give the year as ?year=YYYY")                                 \
    X(year_unreadable, "'{1}' er ikke et år skrevet ÅÅÅÅ", "'{1}' is not a year written YYYY")                         \
    X(month_query_missing, "angiv måneden som ?month=ÅÅÅÅ-MM", "give the month as ?month=YYYY-MM")                   \
    X(month_unreadable, "'{1}' er ikke en måned skrevet ÅÅÅÅ-MM", "'{1}' is not a month written YYYY-MM")             \
    X(bank_file_format_unknown, "formatet skal være xml eller csv, fik '{1}'", "the format must be xml or csv, got '{1}'") \
    X(not_base64, "er ikke base64-tekst", "is not base64 text")                                                       \
    X(shift_file_missing, "angiv filen som \"csv\" (tekst) eller \"xlsx_base64\"", "give the file as \"csv\" (text) or \"xlsx_base64\"") \
    X(path_not_found, "findes ikke: {1}", "not found: {1}")                                                           \
    X(endpoint_unknown, "der er ingen sådan adresse: {1}", "no such endpoint: {1}")                                   \
    X(path_malformed, "adressen i forespørgslen kan ikke læses", "the request path cannot be read")                    \
    X(grant_version_not_found, "bevilling {1} har ingen version {2}", "grant {1} has no version {2}")                 \
    X(child_award_not_found, "barn {1} har ingen bevilling til tabt arbejdsfortjeneste {2}",                          \
      "child {1} has no lost-earnings award {2}")                                                                       \
    X(child_not_in_family, "barn {1} hører ikke til denne familie", "child {1} is not in this family")                \
    X(grant_needs_version, "en bevilling skal have mindst én version", "a grant needs at least one version")          \
    X(expense_decision_unknown, "skal være \"approved\" (godkendt) eller \"rejected\" (afvist), fik '{1}'",            \
      "must be \"approved\" or \"rejected\", got '{1}'")                                                               \
    X(username_invalid, "et brugernavn er 1 til 64 bogstaver, cifre og . _ - @, fik '{1}'",                           \
      "a username is 1 to 64 letters, digits and . _ - @, got '{1}'")                                                  \
    X(username_taken, "brugernavnet '{1}' er allerede i brug", "the username '{1}' is already taken")                 \
    X(password_too_short, "adgangskoden skal have mindst {1} tegn", "the password must have at least {1} characters") \
    X(family_user_needs_family, "en familiebruger skal høre til en familie", "a family user needs its family")        \
    X(only_family_users_have_family, "kun familiebrugere hører til en familie", "only family users belong to a family") \
    X(file_cannot_open, "filen kan ikke åbnes", "the file cannot be opened")                                          \
    X(file_too_large, "filen er større end importgrænsen på {1} bytes (hjt.import.max_file_bytes)",                   \
      "the file is larger than the import limit of {1} bytes (hjt.import.max_file_bytes)")                             \
    X(import_folder_missing, "importmappen \"{1}\" findes ikke", "the import folder \"{1}\" does not exist")           \
    X(run_no_longer_draft, "kørslen for {1} er ikke længere en kladde", "the payout run for {1} is no longer a draft") \
    X(run_status_changed, "kørslens status er ændret imens (en anden har godkendt eller udbetalt den); hent den igen", \
      "the run's status changed meanwhile (someone else approved or paid it); load it again")                          \
    X(run_expense_paid_elsewhere, "et udlæg i kørslen er betalt af en anden kørsel; forbered måneden igen",            \
      "an expense of this run has been paid by another run; prepare the month again")                                  \
    X(bank_files_need_approval, "kørslen for {1} er en kladde; bankfiler laves kun af en godkendt kørsel",             \
      "the run for {1} is a draft; bank files are made only from an approved run")                                     \
    X(year_not_over, "året {1} er ikke slut; det kan gøres endeligt fra {2} (indtil da viser en kladde prognosen)",      \
      "the year {1} is not over; it can be made final from {2} (until then a draft shows the forecast)")               \
    X(cvr_taken, "CVR/SE-nummeret {1} er allerede registreret for familie {2}",                                       \
      "CVR/SE number {1} is already registered for family {2}")                                                        \
    X(csv_quote_never_closed, "anførselstegnet fra linje {1} lukkes aldrig (er filen afkortet?)",                       \
      "the quote opened on line {1} is never closed (is the file truncated?)")                                         \
    X(csv_text_after_quote, "uventet tekst efter et afsluttende anførselstegn", "unexpected text after a closing quote") \
    X(csv_column_twice, "kolonnen \"{1}\" står to gange i overskriften", "column \"{1}\" appears twice in the header") \
    X(csv_columns_missing, "mangler kolonne(r): {1} (forventet overskrift: {2})", "missing column(s): {1} (expected header: {2})") \
    X(xlsx_part_too_large, "{1} fylder udpakket mere end {2} bytes; det er ikke en timeseddel",                      \
      "{1} unpacks to more than {2} bytes; not a timesheet")                                                           \
    X(xlsx_part_unreadable, "ikke et xlsx-regneark: {1} kan ikke pakkes ud ({2})", "not an xlsx workbook: {1} cannot be unpacked ({2})") \
    X(xlsx_not_workbook, "ikke et xlsx-regneark ({1})", "not an xlsx workbook ({1})")                                 \
    X(xlsx_shared_string_missing, "henviser til en tekst, regnearket ikke har", "refers to a shared string the workbook lacks") \
    X(xlsx_not_a_number, "'{1}' er ikke et tal", "'{1}' is not a number")                                             \
    X(xlsx_sheet_missing, "regnearket har intet ark nummer {1} ({2})", "the workbook has no worksheet {1} ({2})")      \
    X(xlsx_row_number_bad, "en række har nummeret '{1}'", "a row has the number '{1}'")                              \
    X(xlsx_xml_unreadable, "regnearkets XML kan ikke læses ({1})", "the workbook's XML cannot be read ({1})")         \
    X(regulation_missing, "der er ingen satsreguleringsprocent for {1}: tabt arbejdsfortjeneste kan ikke reguleres (hjt rates set)", \
      "there is no satsreguleringsprocent for {1}: the lost-earnings benefit cannot be regulated (hjt rates set)")     \
    X(award_after_18th_birthday, "begynder på eller efter barnets 18-års fødselsdag; støtten slutter {1}",              \
      "starts on or after the child's 18th birthday; support ends {1}")                                                \
    X(lost_earnings_cap_missing, "der er intet loft for tabt arbejdsfortjeneste for {1}", "there is no lost-earnings cap for {1}") \
    X(atp_table_missing, "der er ingen ATP-tabel for {1}", "there is no ATP table for {1}")                           \
    X(oncost_missing, "politikken har ingen arbejdsgiverudgift pr. time for {1} eller tidligere",                     \
      "the policy has no employer on-cost per hour for {1} or earlier")                                               \
    X(rate_figure_not_in_year, "satsen '{1}' findes ikke for {2} i databasen", "no figure '{1}' for {2} in the database") \
    X(audit_chain_empty, "revisionssporet har endnu ingen poster: der er intet at forankre",                          \
      "the audit chain has no entries yet: there is nothing to anchor")                                               \
    X(run_not_prepared, "der er ikke forberedt en udbetaling for {1}", "no payout run has been prepared for {1}")       \
    X(run_not_found, "udbetaling {1} findes ikke", "payout run {1} not found")                                          \
    X(run_out_of_order, "kan ikke {1} {2}: udbetalingen for {3} er allerede godkendt (kørslerne går i månedsorden)",     \
      "cannot {1} {2}: the run for {3} is already approved (runs go in month order)")                                    \
    X(run_cannot_prepare_again,                                                                                         \
      "udbetalingen for {1} er {2}; den kan ikke forberedes igen, rettelser sendes som reguleringer i en senere måned",   \
      "the payout run for {1} is {2}; it cannot be prepared again, corrections go as adjustments in a later month")     \
    X(run_not_draft, "udbetalingen for {1} er allerede {2}", "the payout run for {1} is already {2}")                   \
    X(run_lines_changed, "de gemte linjer for {1} svarer ikke til den forberedte kørsel; forbered den igen",             \
      "the stored lines of {1} do not match the prepared run; prepare it again")                                         \
    X(run_not_approved, "udbetalingen for {1} er {2}; kun en godkendt kørsel kan markeres som udbetalt",                 \
      "the payout run for {1} is {2}; only an approved run can be marked paid")                                         \
    X(rates_without_cap, "satstabellen for {1} har intet loft for hjemmetræning", "the rate table for {1} has no home-training cap") \
    X(four_eyes_preparer_approves,                                                                                      \
      "fire øjne: udbetalingen for {1} er forberedt af {2}; en anden økonomimedarbejder skal godkende den",              \
      "four eyes: the run for {1} was prepared by {2}; another finance user must approve it")                           \
    X(earlier_month_approved_since, "en tidligere måned er godkendt, efter udbetalingen for {1} blev forberedt; forbered den igen", \
      "an earlier month was approved after the run for {1} was prepared; prepare it again")                             \
    X(run_not_reviewed_version, "udbetalingen for {1} er ikke den version, der blev gennemset (indholdshash {2}); gennemse den igen", \
      "the run for {1} is not the version reviewed (content hash {2}); review it again")                                 \
    X(year_closed, "året {1} er afsluttet for familie {2} med en endelig årsafstemning: {3} kan ikke længere ændres; rettelser hører til næste åbne periode", \
      "the year {1} is closed for family {2} by a final reconciliation: {3} can no longer change; corrections go to the next open period") \
    X(role_may_not, "Din rolle ({1}) må ikke {2} (bruger {3})", "your role ({1}) may not {2} (user {3})")                 \
    X(policy_unknown_setting, "'{1}' er ikke en indstilling i kommunens politik", "'{1}' is not a setting of the municipal policy") \
    X(policy_change_not_month_start, "en ændring gælder fra den første dag i en måned", "a change holds from the first day of a month") \
    X(policy_change_not_january, "{1} gælder for et helt år og kan kun ændres fra 1. januar",                          \
      "{1} holds for a whole year and can only change from 1 January")                                                  \
    X(policy_change_needs_reason, "skriv hvorfor politikken ændres (fx byrådets beslutning)",                            \
      "say why the policy changes (e.g. the council's decision)")                                                       \
    X(policy_change_unreadable, "{1} = '{2}' fra {3} kan ikke bruges: {4}", "{1} = '{2}' from {3} cannot be used: {4}")  \
    X(policy_change_in_closed_year,                                                                                     \
      "året {1} er afsluttet med en endelig årsafstemning (familie {2}); en ændring af politikken fra {3} ville ændre et afsluttet år", \
      "the year {1} is closed by a final reconciliation (family {2}); a policy change from {3} would change a closed year") \
    X(policy_missing, "kommunens politik findes ikke i databasen: kør 'hjt init'",                                       \
      "the municipal policy is not in the database: run 'hjt init'")                                                    \
    X(rate_year_exists, "satserne for {1} findes allerede; ret en sats med 'hjt rates set'",                            \
      "the rates for {1} exist already; change a figure with 'hjt rates set'")                                          \
    X(rate_year_nothing_to_copy,                                                                                        \
      "der er ingen satser for {1} at overføre; læg satserne i config/rates/{2}.properties og kør 'hjt init'",           \
      "there are no rates for {1} to copy; put the rates in config/rates/{2}.properties and run 'hjt init'")             \
    X(rate_not_a_figure, "'{1}' er ikke en sats (se hjt rates show)", "'{1}' is not a rate figure (see hjt rates show)") \
    X(rate_value_unreadable, "'{1}' er ikke en gyldig værdi for {2}", "'{1}' is not a valid value for {2}")              \
    X(rate_needs_source, "en offentliggjort sats skal have sin kilde", "a published figure needs its source")           \
    X(rate_year_missing, "der er ingen satser for {1}: opret året under Satser eller med 'hjt rates open-year --year {1}'", \
      "there are no rates for {1}: open the year on the rates page or with 'hjt rates open-year --year {1}'") \
    X(needs_confirmation, "Noget ser usædvanligt ud. Kontrollér det, og bekræft, hvis det er rigtigt; intet er gemt endnu", \
      "Something looks unusual. Check it and confirm if it is right; nothing has been stored yet")                      \
    X(question_child_adult_today, "Barnet er {1} år i dag ({2}); hjemmetræning er for børn under 18. Er CPR-nummeret rigtigt?", \
      "The child is {1} years old today ({2}); home training is for children under 18. Is the CPR number right?")       \
    X(question_child_born_after_today, "Fødselsdatoen {1} er efter i dag ({2}). Er CPR-nummeret rigtigt?",              \
      "The birth date {1} is after today ({2}). Is the CPR number right?")                                              \
    X(question_child_adult_at_grant_start, "Barnet er {1} år på bevillingens startdato ({2}). Er CPR-nummeret rigtigt?", \
      "The child is {1} years old on the grant's start date ({2}). Is the CPR number right?")                           \
    X(question_child_born_after_grant_start,                                                                            \
      "Barnet er født {1}, efter bevillingens startdato ({2}). Er CPR-nummeret og startdatoen rigtige?",                \
      "The child is born {1}, after the grant's start date ({2}). Are the CPR number and the start date right?")        \
    X(question_wage_low, "Timelønnen {1} er under {2}, den laveste sædvanlige timeløn. Er beløbet rigtigt?",             \
      "The hourly wage {1} is below {2}, the lowest usual hourly wage. Is the amount right?")                           \
    X(question_wage_high, "Timelønnen {1} er over {2}, den højeste sædvanlige timeløn. Er beløbet rigtigt?",             \
      "The hourly wage {1} is above {2}, the highest usual hourly wage. Is the amount right?")                          \
    X(question_weekly_hours_high, "{1} timer pr. uge er mere end {2} timer, over en fuldtidsstilling. Er timetallet rigtigt?", \
      "{1} hours a week is more than {2} hours, above a full-time job. Are the hours right?")

enum class MessageCode {
#define HJT_MESSAGE_ENUM(code, da, en) code,
    HJT_MESSAGES(HJT_MESSAGE_ENUM)
#undef HJT_MESSAGE_ENUM
};

enum class Language { da, en };

// A refusal's code and its values, in the order of the text's {1} {2} ….
struct Message {
    MessageCode code;
    std::vector<std::string> values;
};

// The stable code: "shift_too_long".
std::string_view code_name(MessageCode code);
// Every code, in catalogue order (the test walks them).
std::vector<MessageCode> every_message_code();
// The text with {n} replaced by the n-th value (a missing value stays "{n}").
std::string render(const Message& message, Language language);
// The template itself, before values: for the catalogue's own test.
std::string_view message_template(MessageCode code, Language language);

// The name people read for an API field key: "end" -> "Slut" / "End"; an
// unknown key (a file:line, a config key) is returned as it is.
std::string field_label(std::string_view field, Language language);

} // namespace hjt
