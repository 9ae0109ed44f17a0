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
    X(negative_value, "må ikke være negativ, fik \"{1}\"", "must not be negative, got \"{1}\"")                         \
    X(not_a_danish_date, "\"{1}\" er ikke en rigtig dato skrevet dd-mm-åååå", "\"{1}\" is not a real date in the form dd-mm-yyyy") \
    X(date_not_real, "er ikke en rigtig dato", "is not a real date")                                                  \
    X(not_an_amount, "\"{1}\" er ikke et beløb som 1.234,56", "\"{1}\" is not an amount such as 1.234,56")             \
    X(not_a_percentage, "\"{1}\" er ikke en procentsats mellem 0 og 100 som 38,0",                                    \
      "\"{1}\" is not a percentage between 0 and 100 such as 38,0")                                                    \
    X(not_a_clock, "\"{1}\" er ikke et klokkeslæt tt:mm (00:00–{2})", "\"{1}\" is not a time hh:mm (00:00–{2})")      \
    X(value_not_allowed, "\"{1}\" er ikke tilladt; skriv en af: {2}", "\"{1}\" is not allowed; write one of: {2}")    \
    X(too_small, "skal være mindst {1}, fik {2}", "must be at least {1}, got {2}")                                    \
    X(must_be_positive, "skal være over 0", "must be above 0")                                                        \
    X(reason_required, "skriv en begrundelse", "give a reason")                                                       \
    X(birth_date_not_cpr, "fødselsdatoen {1} passer ikke med datoen i CPR-nummeret ({2})",                            \
      "the birth date {1} does not match the date in the CPR number ({2})")                                            \
    X(import_problems, "{1} fejl i {2}; intet er indlæst:{3}", "{1} problem(s) in {2}; nothing was imported:{3}")     \
    X(import_row_refused, "intet er indlæst: {1}: {2}", "nothing was imported: {1}: {2}")                             \
    X(already_imported, "{1} er allerede indlæst: alle {2} familier i families.csv ({3} … {4}) findes fra en tidligere import; intet er indlæst. Nye rækker skal have nye nøgler", \
      "{1} is imported already: all {2} families of families.csv ({3} … {4}) exist from an earlier import; nothing was imported. New rows need new keys") \
    X(import_column_unknown, "ukendt kolonne (se sample-data/README.md)", "unknown column (see sample-data/README.md)") \
    X(file_not_utf8, "filen er ikke UTF-8-tekst (gem den som \"CSV UTF-8\")", "the file is not UTF-8 text (save it as \"CSV UTF-8\")") \
    X(import_key_repeated, "\"{1}\" står allerede på linje {2}", "\"{1}\" is used again (first on line {2})")           \
    X(import_key_exists, "nøglen \"{1}\" er indlæst før; nøgler skal være nye", "the key \"{1}\" was imported before; keys must be new") \
    X(import_key_unknown, "ukendt nøgle \"{1}\" (hverken i {2} eller indlæst før)",                                   \
      "unknown key \"{1}\" (not in {2} nor imported before)")                                                          \
    X(grant_without_version, "bevilling \"{1}\" har ingen række i grant_versions.csv", "grant \"{1}\" has no row in grant_versions.csv") \
    X(version_missing_on_date, "grant_versions.csv har ingen version af bevilling \"{1}\" fra {2}",                   \
      "grant_versions.csv has no version of grant \"{1}\" from {2}")                                                   \
    X(version_date_taken, "bevillingen har allerede en version fra {1}; versioner rettes aldrig, tilføj en ny på en anden dato", \
      "the grant already has a version from {1}; versions are never edited, add a new one on another date")          \
    X(version_outside_grant, "{1} ligger uden for bevillingens gyldighed ({2})", "{1} lies outside the grant's validity ({2})") \
    X(window_end_not_after_start, "vinduets slut skal være efter dets start, samme dag (00:00–24:00)",                 \
      "the window's end must be after its start, the same day (00:00–24:00)")                                         \
    X(budget_category_twice, "\"{1}\" står to gange i samme version", "\"{1}\" appears twice in one version")          \
    X(expense_reject_reason_missing, "et afvist udlæg skal have den begrundelse, familien fik",                         \
      "a rejected expense needs the reason given to the family")                                                        \
    X(expense_reason_only_rejected, "kun et afvist udlæg har en afvisningsbegrundelse", "only a rejected expense has a reason") \
    X(expense_over_budget_only_approved, "kun et godkendt udlæg kan være godkendt ud over budgettet",                   \
      "only an approved expense is approved beyond its budget")                                                         \
    X(expense_new_not_submitted, "et nyt udlæg er indsendt; godkend eller afvis det bagefter",                         \
      "a new expense is submitted; approve or reject it after")                                                         \
    X(set_by_payout_run, "sættes kun af en udbetalingskørsel", "is set only by a payout run")                        \
    X(expense_not_covered, "\"{1}\" er ikke et dækket udlæg: {2}", "\"{1}\" is not a covered expense: {2}")            \
    X(expense_paid, "udlæg {1} er betalt i udbetalingskørsel {2} og kan ikke længere afgøres",                        \
      "expense {1} is paid in payout run {2} and can no longer be decided")                                            \
    X(four_eyes_expense, "udlæg {1} er indsendt af {2}; fire øjne: en anden bruger skal godkende eller afvise det",    \
      "expense {1} was submitted by {2}; four eyes: another user must approve or reject it")                          \
    X(over_budget, "udlægget på {1} overstiger det resterende budget for \"{2}\" i {3} ({4} af {5}); en godkendelse ud over budgettet kræver en begrundelse", \
      "the expense of {1} exceeds the remaining budget for \"{2}\" in {3} ({4} of {5}); approving beyond the budget needs a reason") \
    X(overlap, "overlapper bevilling {1} til samme forælder og barn ({2} – {3}); afslut den først, eller lad perioderne ikke overlappe", \
      "overlaps award {1} of the same parent and child ({2} – {3}); end it first, or let the periods not overlap")     \
    X(normal_hours_missing, "forælderens normale ugentlige arbejdstid før bevillingen skal angives (§ 87, stk. 3)",     \
      "the parent's normal weekly working hours before the award must be given (§ 87(3))")                             \
    X(hours_off_out_of_range, "nedsatte timer skal være over 0 og højst forælderens normale ugentlige timer ({1})",   \
      "the hours off must be above 0 and at most the parent's normal weekly hours ({1})")                              \
    X(holiday_list_unreadable, "ferieperioder skrives 01-07-2025..19-07-2025, adskilt af komma",                       \
      "holiday periods are written 01-07-2025..19-07-2025, separated by commas")                                       \
    X(holidays_out_of_order, "ferieperioderne skal stå i datoorden og må ikke overlappe ({1})",                        \
      "the holiday periods must be in date order and must not overlap ({1})")                                          \
    X(holiday_outside_award, "ferieperioden fra {1} ligger ikke inden for bevillingens periode",                       \
      "the holiday period from {1} is not within the award's period")                                                  \
    X(award_after_support_end, "slutter efter dagen før barnets 18-års fødselsdag ({1})",                              \
      "ends after the day before the child's 18th birthday ({1})")                                                     \
    X(pension_name_missing, "pensionsordningen skal have et navn, når den har en konto",                               \
      "the pension scheme needs its name when it has an account")                                                      \
    X(pension_account_missing, "pensionsordningen skal have en konto (reg.nr. og kontonr.)",                           \
      "the pension scheme needs its account (reg.no. and account no.)")                                                \
    X(helper_name_ambiguous, "to af familiens hjælpere hedder \"{1}\": angiv hjælperens nummer i stedet",              \
      "two of the family's helpers are named \"{1}\": give the helper's number instead")                              \
    X(shift_kind_unknown, "\"{1}\" er ikke en vagttype: skriv arbejde (work) eller syg (sick)",                        \
      "\"{1}\" is not a kind of shift: write arbejde (work) or syg (sick)")                                            \
    X(family_imports_own_shifts, "en familie indlæser kun sin egen families vagter: angiv familien (--family)",          \
      "a family imports only its own family's shifts: give the family (--family)")                                     \
    X(file_cannot_write, "kan ikke skrive {1}", "cannot write {1}")                                                   \
    X(config_file_missing, "konfigurationsfilen findes ikke: {1}", "the configuration file does not exist: {1}")      \
    X(config_file_unreadable, "filen kan ikke læses: {1}", "the file cannot be read: {1}")                            \
    X(config_number_unreadable, "et tal i konfigurationen kan ikke læses ({1})", "a number in the configuration cannot be read ({1})") \
    X(retention_years_too_short, "skal være mindst 5 år (bogføringslovens opbevaringsperiode), fik {1}",               \
      "must be at least 5 years (the Bookkeeping Act's retention period), got {1}")                                    \
    X(rate_file_name, "en satsfil hedder efter sit år, fx 2024.properties", "a rate file is named after its year, such as 2024.properties") \
    X(rate_folder_missing, "mappen med årlige satsfiler mangler", "the folder of yearly rate files is missing")        \
    X(rate_files_none, "der er ingen ÅÅÅÅ.properties-satsfil", "there is no YYYY.properties rate file")               \
    X(rate_source_orphan, "hører ikke til nogen sats i filen", "belongs to no figure in the file")                     \
    X(rate_figure_twice, "står to gange", "is given twice")                                                           \
    X(atp_first_bracket_not_zero, "skal være 0: det første ATP-trin begynder ved 0 timer", "must be 0: the first ATP bracket starts at 0 hours") \
    X(atp_bracket_not_rising, "skal være over det forrige trins from_hours", "must be above the previous bracket's from_hours") \
    X(contribution_bracket_missing, "mangler: angiv bidraget for hvert ATP-trin", "is missing: give the contribution for every ATP bracket") \
    X(contribution_bracket_unknown, "der er intet ATP-trin med det nummer", "there is no ATP bracket of that number") \
    X(policy_list_unreadable, "\"{1}\" skal skrives som {2}", "\"{1}\" must be written as {2}")                       \
    X(oncost_none, "mangler: angiv arbejdsgiverudgiften pr. time for mindst ét år", "is missing: give the employer on-cost per hour for at least one year") \
    X(payroll_payees_missing, "lønservice er slået til (policy payroll.service), men modtagerne (payment.payroll.tax_authority, .atp, .holiday_fund) står ikke i payment.properties", \
      "the payroll service is on (policy payroll.service) but its payees (payment.payroll.tax_authority, .atp, .holiday_fund) are not in payment.properties") \
    X(payroll_payee_incomplete, "lønservicens modtagere skal alle angives med {1}.name, .reg_no og .account_no",      \
      "each payee of the payroll service needs {1}.name, .reg_no and .account_no")                                    \
    X(postings_account_incomplete, "posteringsarten \"{1}\" mangler funktion eller art", "the posting kind \"{1}\" lacks its function or type") \
    X(postings_account_missing, "kontoplanen mangler en konto for posteringsarten \"{1}\"", "the chart of accounts has no account for the posting kind \"{1}\"") \
    X(postings_run_not_approved, "kørslen for {1} er ikke godkendt; kun godkendte kørsler bogføres",                  \
      "the run for {1} is not approved; only approved runs are posted")                                              \
    X(catch_up_needed, "månederne {1} har ingen godkendt kørsel; {2} ville efterbetale dem. Godkend dem først, eller bed om efterbetaling (catch_up / --catch-up)", \
      "the months {1} have no approved run; {2} would pay them late. Approve them first, or ask for catch-up (catch_up / --catch-up)") \
    X(employer_cvr_missing, "familien \"{1}\" (id {2}) har intet CVR/SE-nummer: familien kan ikke indberettes til eIndkomst som arbejdsgiver", \
      "the family \"{1}\" (id {2}) has no CVR/SE number: it cannot be reported to eIndkomst as an employer")           \
    X(employer_cvr_invalid, "familien \"{1}\" (id {2}) har intet gyldigt CVR/SE-nummer: {3} er ikke 8 cifre, der består modulus 11-kontrollen", \
      "the family \"{1}\" (id {2}) has no valid CVR/SE number: {3} is not 8 digits passing the modulus-11 check")    \
    X(helper_cpr_invalid, "hjælper {1} (CPR {2}) har intet gyldigt CPR-nummer: 10 cifre DDMMÅÅ-LLLL med en rigtig fødselsdato kræves", \
      "helper {1} (CPR {2}) has no valid CPR number: 10 digits DDMMYY-SSSS with a real birth date are needed")        \
    X(parent_cpr_invalid, "forælderen på bevilling {1} (CPR {2}) har intet gyldigt CPR-nummer: 10 cifre DDMMÅÅ-LLLL med en rigtig fødselsdato kræves", \
      "the parent of award {1} (CPR {2}) has no valid CPR number: 10 digits DDMMYY-SSSS with a real birth date are needed") \
    X(atp_share_unknown, "ATP {1} på bevilling {2} for {3} svarer ikke til en lønmodtagerandel i årets ATP-tabel: arbejdsgiverandelen kan ikke findes", \
      "ATP {1} on award {2} for {3} matches no employee share in the year's ATP table: the employer share cannot be found") \
    X(eindkomst_b_income, "hjælpernes løn er B-indkomst efter politikken (helper_income): eIndkomst-indberetning af B-indkomst laves ikke her", \
      "the helpers' pay is B income by the policy (helper_income): eIndkomst reports of B income are not made here")  \
    X(eindkomst_field_invalid, "eIndkomst-record {1} felt {2} ({3}): {4}", "eIndkomst record {1} field {2} ({3}): {4}") \
    X(claim_settled, "krav {1} er afsluttet ({2})", "claim {1} is settled ({2})")                                    \
    X(claim_handed_over, "krav {1} er oversendt til inddrivelse og ændres ikke her", "claim {1} is handed over for collection and does not change here") \
    X(write_off_out_of_range, "afskrivningen skal være over 0 kr og højst {1} (restgælden uden afskrivninger, der venter på godkendelse)", \
      "the write-off must be above 0 kr and at most {1} (the balance without write-offs awaiting approval)")          \
    X(four_eyes_write_off, "fire øjne: afskrivningen er forberedt af {1} og skal godkendes af en anden økonomibruger", \
      "four eyes: the write-off was prepared by {1} and must be approved by another finance user")                    \
    X(write_off_above_balance, "afskrivningen på {1} er større end restgælden {2}", "the write-off of {1} is larger than the balance {2}") \
    X(camt_file_seen, "filen er allerede indlæst (MsgId {1}); intet er indlæst igen", "the file is imported already (MsgId {1}); nothing was imported again") \
    X(camt_entry_seen, "posten {1} er allerede indlæst fra en tidligere fil; intet er indlæst",                      \
      "the entry {1} is imported already from an earlier file; nothing was imported")                                 \
    X(receipt_fully_allocated, "indbetaling {1} er allerede fordelt fuldt ud", "payment received {1} is fully allocated already") \
    X(receipt_paid_claim, "indbetaling {1} har allerede betalt på krav {2}", "payment received {1} has paid on claim {2} already") \
    X(allocation_out_of_range, "beløbet skal være over 0 kr og højst {1} (det der er tilbage af indbetalingen og af kravet)", \
      "the amount must be above 0 kr and at most {1} (what is left of the payment and of the claim)")                  \
    X(instalments_too_many, "afdraget pr. måned er for lille: ordningen må højst have {1} rater",                      \
      "the monthly instalment is too small: the plan may have at most {1} instalments")                               \
    X(attachment_name_missing, "bilaget skal have et filnavn", "the receipt needs a file name")                      \
    X(attachment_expense_decided, "udlæg {1} er afgjort; et bilag kan kun vedlægges et indsendt udlæg",               \
      "expense {1} is decided; a receipt can be attached only to a submitted expense")                                \
    X(attachment_exists, "udlæg {1} har allerede et bilag; et bilag erstattes aldrig", "expense {1} has a receipt already; a receipt is never replaced") \
    X(attachment_missing, "udlæg {1} har intet bilag", "expense {1} has no receipt")                                  \
    X(users_exist, "databasen har allerede brugere: log ind med 'hjt login' (kun en tom database oprettes uden login)", \
      "the database has users already: sign in with 'hjt login' (only an empty database is set up without signing in)") \
    X(first_user_not_admin, "den første bruger i en tom database skal være administrator (--role admin), fik {1}",     \
      "the first user of an empty database must be an administrator (--role admin), got {1}")                         \
    X(first_import_needs_admin, "den første import i en tom database skal oprette en administrator (users.csv med rollen admin); ellers kan ingen logge ind og administrere", \
      "the first import into an empty database must create an administrator (users.csv with the role admin); otherwise nobody can sign in and administer") \
    X(retention_year_out_of_range, "skal være et år fra 2000 til {1}: regnskabet for et år skal opbevares i {2} år efter årets udløb (hjt.retention.years), fik {3}", \
      "must be a year from 2000 to {1}: a year's books are kept for {2} years after the year ends (hjt.retention.years), got {3}") \
    X(audit_key_unreadable, "nøglefilen til revisionssporet kan ikke læses: {1}", "the audit chain's key file cannot be read: {1}") \
    X(audit_key_too_short, "nøglen til revisionssporet skal være mindst 32 byte; {1} har {2}",                        \
      "the audit chain's key must be at least 32 bytes; {1} has {2}")                                                  \
    X(schema_name_invalid, "et skema hedder med små bogstaver, cifre og _, fik \"{1}\"",                              \
      "a schema is named with lower-case letters, digits and _, got \"{1}\"")                                         \
    X(attachment_empty, "bilaget er en tom fil", "the receipt is an empty file")                                      \
    X(attachment_type_unknown, "bilaget skal være en PDF-, JPEG- eller PNG-fil; \"{1}\" er ingen af dem",               \
      "the receipt must be a PDF, JPEG or PNG file; \"{1}\" is none of them")                                           \
    X(attachment_name_mismatch, "bilaget \"{1}\" er en {2}-fil, men navnet slutter ikke sådan; omdøb filen og prøv igen", \
      "the receipt \"{1}\" is a {2} file but its name does not end so; rename the file and try again")                \
    X(user_not_found, "brugeren \"{1}\" findes ikke", "the user \"{1}\" does not exist")                             \
    X(cannot_disable_self, "du kan ikke spærre din egen bruger", "you cannot disable your own user")                 \
    X(claim_no_reminders, "krav {1} har ingen sendte rykkere", "claim {1} has no reminders sent")                     \
    X(reminder_not_found, "rykker {1} for krav {2} findes ikke (sendt: {3})", "reminder {1} of claim {2} does not exist (sent: {3})") \
    X(write_off_not_pending, "ingen afskrivning {1} venter på godkendelse på krav {2}", "no write-off {1} awaits approval on claim {2}") \
    X(date_outside_years, "{1} ligger uden for årene {2}–{3}", "{1} lies outside the years {2}–{3}")                  \
    X(tax_card_after_employment, "skattekortet gælder fra {1}, efter ansættelsen sluttede {2}",                        \
      "the tax card holds from {1}, after the employment ended {2}")                                                   \
    X(tax_card_no_deduction, "et {1} har intet månedsfradrag; kun hovedkortet har det", "a {1} has no monthly deduction; only the main card has one") \
    X(tax_card_no_free_amount, "et {1} har intet frikortbeløb; kun frikortet har det", "a {1} has no free amount; only the free card has one") \
    X(email_invalid, "\"{1}\" er ikke en e-mailadresse", "\"{1}\" is not an e-mail address")                          \
    X(overflow, "beløbet er for stort til at regne med ({1})", "the amount is too large to compute with ({1})")        \
    X(four_eyes_account, "{1} for {2} er sat af {3}; fire øjne: en anden økonomimedarbejder skal bekræfte den",        \
      "{1} for {2} was set by {3}; four eyes: another finance user must confirm it")                                  \
    X(no_account_to_verify, "{1} har ingen bankkonto til kontrol", "{1} has no bank account to verify")                \
    X(baseline_exists, "regnskabet har allerede en baseline (revisionsspor post {1}); rækker uden segl siden da er indsat uden om programmet", \
      "the books have a baseline already (audit entry {1}); rows without a seal since were inserted around the program") \
    X(baseline_nothing, "alle rækker i regnskabet er allerede dækket af revisionssporet; der er intet at lægge en baseline for", \
      "every row of the books is covered by the audit chain already; there is nothing to lay a baseline for")        \
    X(anchor_unusable, "ankerfilen {1} kan ikke bruges: {2}", "the anchor file {1} cannot be used: {2}")              \
    X(camt_file_too_large, "filen er større end 50 MB; intet er indlæst", "the file is larger than 50 MB; nothing was imported") \
    X(camt_not_xml, "filen er ikke gyldig XML ({1}); intet er indlæst", "the file is not valid XML ({1}); nothing was imported") \
    X(camt_not_camt054, "filen er ikke en camt.054-meddelelse (Document i navnerummet {1}xx); intet er indlæst",        \
      "the file is not a camt.054 message (Document in the namespace {1}xx); nothing was imported")                  \
    X(camt_msgid_missing, "filen mangler GrpHdr/MsgId; intet er indlæst", "the file lacks GrpHdr/MsgId; nothing was imported") \
    X(camt_entry_refused, "post {1} {2}; intet er indlæst", "entry {1}: {2}; nothing was imported")                   \
    X(xlsx_zip64, "regnearket er et ZIP64-arkiv; en timeseddel gemt af Excel eller LibreOffice er det aldrig",          \
      "the workbook is a ZIP64 archive; a timesheet saved by Excel or LibreOffice never is")                           \
    X(not_allowed, "\"{1}\" er ikke et tilladt formål; vælg et af: {2}. Hjemmeundervisning er ikke et formål efter Barnets Lov § 87", \
      "\"{1}\" is not an allowed purpose; choose one of: {2}. Home schooling is not a purpose under Barnets Lov § 87")  \
    X(id_unreadable, "\"{1}\" er ikke et id (et helt tal over 0)", "\"{1}\" is not an id (a whole number above 0)")   \
    X(field_not_boolean, "skal være true eller false", "must be true or false")                                       \
    X(path_encoded_slash, "adressen må ikke indeholde kodede skråstreger (%2F eller %5C)",                             \
      "the path must not contain encoded slashes (%2F or %5C)")                                                        \
    X(length_and_chunked, "en forespørgsel må ikke have både Content-Length og Transfer-Encoding",                     \
      "a request must not have both Content-Length and Transfer-Encoding")                                             \
    X(shift_file_empty, "filen har ingen vagter", "the file has no shifts")                                          \
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
