// The register's forms — family, child, helper, grant and grant version — each
// used to create a record and (but the grant's) to change one: given the
// current record, the fields start with its values and the whole record is
// sent back with PUT. A field's name is the API's field path ("bank.reg_no",
// "tax_card.withholding"), so a refusal naming a field is shown at that field
// (aria-invalid, aria-describedby) and in the error summary at the top of the
// form, whose link leads to it (README "Forms"; registerForm below).
import { field, h, show } from "./dom.js";
import * as fmt from "./format.js";
import { announce, announceAfterNavigation, errorSummary, fieldName, messageArea, onPress, onSubmit, parseHundredths, sectionOf } from "./ui.js";

const input = (name, value, attributes = {}) =>
  h("input", { name, value: value ?? "", autocomplete: "off", ...attributes });
const dateInput = (name, value) => input(name, value, { type: "date" });
// Kroner, hours and percent are typed as Danish decimals ("145,00").
const decimalInput = (name, hundredths) =>
  input(name, hundredths === null || hundredths === undefined ? "" : fmt.decimal(hundredths), { inputmode: "decimal", size: 10 });

// A refusal found before anything is sent, shaped like the API's.
class InputError extends Error {
  constructor(control, message) {
    super(message);
    this.field = control.name;
  }
}

const text = (control) => control.value.trim();
const optional = (control) => text(control) || null;
function decimal(control) {
  const value = parseHundredths(control.value);
  if (value === null) throw new InputError(control, "skriv et tal med højst to decimaler, fx 145,00");
  return value;
}

// The control a refusal's field names: the API says "versions[0].hourly_wage"
// for a malformed value, "hourly_wage" for a rule and "bank" for a whole account.
function controlOf(controls, fieldPath, aliases) {
  const path = aliases[fieldPath] ?? fieldPath?.replace(/\[\d+\]/g, "");
  if (!path) return undefined;
  return controls.find((c) => c.name === path) ??
         controls.find((c) => c.name.endsWith(`.${path}`) || c.name.startsWith(`${path}.`));
}

// rows: [label, control, hint?]; body() reads the controls (and may throw
// InputError); save(body) sends it and resolves once the page is redrawn (or
// has set the address of the page it leads to). While saving, the button says
// "Gemmer …" and a second submit is ignored; a refusal is summed up at the top
// of the form with a link to each field it names, and shown at the field; once
// saved, `savedText` is announced (role="status") and takes the focus: in the
// form's redrawn section, or on the page the save leads to.
//
// A value that may be right but is unusual (a child of 106, a wage of 50 kr/t,
// 45 t/uge) is answered 409 needs_confirmation with the API's questions: they
// are shown in the same box, titled "Er det rigtigt?", each at its field, with
// the button "Ja, det er rigtigt – gem", which sends the form again with
// "confirm": true (README "Plausibility questions").
export function registerForm({ rows, submitText, body, save, aliases = {}, savedText = "Ændringerne er gemt." }) {
  const summary = errorSummary();
  const confirmation = h("div");
  const controls = rows.map(([, control]) => control);
  const form = h("form", { class: "inline" }, summary.element,
                 rows.map(([label, control, hint]) => field(label, control, hint)),
                 h("button", { type: "submit" }, submitText), confirmation);
  const problem = (refusal) => {
    const control = controlOf(controls, refusal.field, aliases);
    const label = control ? rows.find(([, c]) => c === control)[0] : fieldName(refusal);
    return { message: refusal.message, label, control };
  };
  const send = async (confirmed) => {
    summary.clear();
    show(confirmation);
    const address = location.hash;
    const sectionId = sectionOf(form);
    try {
      const values = body();
      await save(confirmed ? { ...values, confirm: true } : values);
    } catch (error) {
      if (error.code === "needs_confirmation" && error.questions?.length) {
        const yes = h("button", { type: "button" }, "Ja, det er rigtigt – gem");
        onPress(yes, () => send(true), { group: form });
        summary.show(error.questions.map((q) => problem({ field: q.field, fieldLabel: q.field_label, message: q.message })),
                     { title: "Er det rigtigt?", action: yes });
        return;
      }
      summary.show([problem(error)]);
      return;
    }
    if (location.hash !== address) announceAfterNavigation(savedText);
    else announce(savedText, { place: confirmation, sectionId });
  };
  onSubmit(form, () => send(false));
  return form;
}

// A form's save for a page: send, then draw the page again with what is
// stored now (a refusal leaves the form as typed, with its message).
export const redrawingAfter = (redraw) => (send) => async (body) => {
  await send(body);
  await redraw();
};

// A form behind a disclosure ("Ret …", "Tilføj …"): the page stays short.
export const folded = (summary, form) => h("details", {}, h("summary", {}, summary), form);

// The same for a form that needs the full record, drawn when first opened:
// lists show CPR numbers masked, so "Ret …" in a list fetches the one record
// it changes (and only when someone opens it).
export function foldedOnOpen(summary, makeForm) {
  const messages = messageArea();
  const details = folded(summary, h("p", { role: "status" }, "Indlæser …"));
  let drawn = false;
  details.addEventListener("toggle", async () => {
    if (!details.open || drawn) return;
    drawn = true;
    try {
      details.lastChild.replaceWith(await makeForm());
    } catch (error) {
      details.lastChild.replaceWith(messages.element);
      messages.error(error);
    }
  });
  return details;
}

// A family as employer: name, CVR, the business account payouts go to, contact;
// a family on file also has a status (active, inactive, closed).
export function familyForm(current, save) {
  const c = {
    name: input("name", current?.name, { required: true }),
    cvr: input("cvr", current?.cvr, { required: true, inputmode: "numeric", size: 10 }),
    reg_no: input("bank.reg_no", current?.bank?.reg_no, { inputmode: "numeric", size: 6 }),
    account_no: input("bank.account_no", current?.bank?.account_no, { inputmode: "numeric", size: 12 }),
    contact_email: input("contact_email", current?.contact_email, { type: "email" }),
    contact_phone: input("contact_phone", current?.contact_phone, { type: "tel" }),
    status: h("select", { name: "status" }, ["active", "inactive", "closed"].map((s) =>
      h("option", { value: s, selected: s === current?.status }, fmt.familyStatus(s)))),
  };
  return registerForm({
    rows: [["Navn (arbejdsgiver)", c.name], ["CVR/SE-nummer", c.cvr], ["Reg.nr.", c.reg_no], ["Kontonr.", c.account_no],
           ["E-mail", c.contact_email], ["Telefon", c.contact_phone], current ? ["Status", c.status] : null].filter(Boolean),
    submitText: current ? "Gem familien" : "Opret familie",
    savedText: current ? "Familiens oplysninger er gemt." : "Familien er oprettet.",
    body: () => ({
      name: text(c.name), cvr: text(c.cvr), contact_email: text(c.contact_email), contact_phone: text(c.contact_phone),
      // Both account fields empty: no account on file (the run flags it).
      bank: text(c.reg_no) || text(c.account_no) ? { reg_no: text(c.reg_no), account_no: text(c.account_no) } : null,
      ...(current ? { status: c.status.value } : {}),
    }),
    save,
  });
}

export function childForm(current, save) {
  const c = {
    name: input("name", current?.name, { required: true }),
    cpr: input("cpr", current?.cpr, { required: true, size: 12 }),
    birth_date: dateInput("birth_date", current?.birth_date),
  };
  return registerForm({
    rows: [["Navn", c.name], ["CPR-nummer", c.cpr, "ddmmåå-xxxx"],
           ["Fødselsdato", c.birth_date, "Tom: datoen i CPR-nummeret."]],
    submitText: current ? "Gem barnet" : "Opret barn",
    savedText: current ? "Barnets oplysninger er gemt." : "Barnet er oprettet.",
    body: () => ({ name: text(c.name), cpr: text(c.cpr), ...(text(c.birth_date) ? { birth_date: text(c.birth_date) } : {}) }),
    save,
  });
}

// A helper the family employs: the withholding rate and the monthly deduction
// come from the helper's tax card (forskudsopgørelse).
export function helperForm(current, save) {
  const c = {
    name: input("name", current?.name, { required: true }),
    cpr: input("cpr", current?.cpr, { required: true, size: 12 }),
    employment_from: dateInput("employment_from", current?.employment_from),
    employment_to: dateInput("employment_to", current?.employment_to),
    hourly_wage: decimalInput("hourly_wage", current?.hourly_wage),
    withholding: decimalInput("tax_card.withholding", current?.tax_card.withholding),
    monthly_deduction: decimalInput("tax_card.monthly_deduction", current?.tax_card.monthly_deduction),
  };
  return registerForm({
    rows: [["Navn", c.name], ["CPR-nummer", c.cpr], ["Ansat fra", c.employment_from],
           ["Ansat til", c.employment_to, "Tom: ansat indtil videre."], ["Timeløn (kr)", c.hourly_wage],
           ["Trækprocent", c.withholding], ["Månedsfradrag (kr)", c.monthly_deduction]],
    submitText: current ? "Gem hjælperen" : "Tilføj hjælper",
    savedText: current ? "Hjælperen er gemt." : "Hjælperen er tilføjet.",
    body: () => ({
      name: text(c.name), cpr: text(c.cpr), employment_from: text(c.employment_from),
      employment_to: optional(c.employment_to), hourly_wage: decimal(c.hourly_wage),
      tax_card: { withholding: decimal(c.withholding), monthly_deduction: decimal(c.monthly_deduction) },
    }),
    save,
  });
}

// A helper's new tax card (README "Tax cards"): cards are never edited, a new
// one from a date replaces the one before; only a hovedkort has a fradrag and
// only a frikort an amount, so an empty field there is 0.
export function taxCardForm(save) {
  const c = {
    kind: h("select", { name: "kind" }, [["hovedkort", "Hovedkort"], ["bikort", "Bikort"], ["frikort", "Frikort"]]
      .map(([value, label]) => h("option", { value }, label))),
    valid_from: dateInput("valid_from", fmt.today()),
    withholding: decimalInput("withholding", null),
    monthly_deduction: decimalInput("monthly_deduction", null),
    free_amount: decimalInput("free_amount", null),
  };
  const zeroWhenEmpty = (control) => (text(control) ? decimal(control) : 0);
  return registerForm({
    rows: [["Skattekort", c.kind], ["Gælder fra", c.valid_from], ["Trækprocent", c.withholding],
           ["Månedsfradrag (kr)", c.monthly_deduction, "Kun hovedkort."],
           ["Frikortbeløb (kr)", c.free_amount, "Kun frikort: det, der er tilbage, når kortet gælder fra."]],
    submitText: "Registrér skattekortet",
    savedText: "Skattekortet er registreret.",
    body: () => ({
      kind: c.kind.value, valid_from: text(c.valid_from), withholding: decimal(c.withholding),
      monthly_deduction: zeroWhenEmpty(c.monthly_deduction), free_amount: zeroWhenEmpty(c.free_amount),
    }),
    save,
  });
}

// The hours, wage and note of a grant version; a new grant adds its decision,
// its period and at most one fixed monthly amount and one expense budget
// (more come with the API or an import).
function versionControls(last) {
  return {
    weekly_hours: decimalInput("versions.weekly_hours", last?.weekly_hours),
    hourly_wage: decimalInput("versions.hourly_wage", last?.hourly_wage),
    note: input("versions.note", ""),
  };
}
const versionRows = (v) => [["Timer pr. uge", v.weekly_hours], ["Timeløn (kr)", v.hourly_wage], ["Note", v.note]];
const versionBody = (v) => ({ weekly_hours: decimal(v.weekly_hours), hourly_wage: decimal(v.hourly_wage), note: text(v.note) });

// A pair of fields that together make one optional line: both empty is none.
function optionalLine(nameField, amountField, nameKey, amountKey) {
  if (!text(nameField) && !text(amountField)) return [];
  return [{ [nameKey]: text(nameField), [amountKey]: decimal(amountField) }];
}

export function grantForm(save) {
  const c = {
    decision_ref: input("decision_ref", "", { required: true }),
    decision_date: dateInput("decision_date", ""),
    valid_from: dateInput("valid_from", ""),
    valid_to: dateInput("valid_to", ""),
    purpose: input("versions.fixed_lines.purpose", ""),
    monthly_amount: decimalInput("versions.fixed_lines.monthly_amount", null),
    category: input("versions.expense_budgets.category", ""),
    yearly_amount: decimalInput("versions.expense_budgets.yearly_amount", null),
  };
  const v = versionControls(null);
  return registerForm({
    rows: [["Journalnummer", c.decision_ref], ["Afgørelsesdato", c.decision_date], ["Gælder fra", c.valid_from],
           ["Gælder til", c.valid_to, "Tom: indtil videre."], ...versionRows(v),
           ["Fast beløb, formål", c.purpose, "Valgfrit, fx kørsel."], ["Fast beløb pr. måned (kr)", c.monthly_amount],
           ["Udgiftspulje, kategori", c.category, "Valgfrit, fx træningsmaterialer."], ["Udgiftspulje pr. år (kr)", c.yearly_amount]],
    submitText: "Opret bevilling",
    savedText: "Bevillingen er oprettet.",
    // The first version starts with the grant; a rule about it names effective_from.
    aliases: { effective_from: "valid_from" },
    body: () => ({
      decision_ref: text(c.decision_ref), decision_date: text(c.decision_date),
      valid_from: text(c.valid_from), valid_to: optional(c.valid_to),
      versions: [{
        effective_from: text(c.valid_from), ...versionBody(v),
        fixed_lines: optionalLine(c.purpose, c.monthly_amount, "purpose", "monthly_amount"),
        expense_budgets: optionalLine(c.category, c.yearly_amount, "category", "yearly_amount"),
      }],
    }),
    save,
  });
}

// A change of hours or wage from a date: it starts from the last version, and
// carries its fixed amounts and budgets on.
export function grantVersionForm(last, save) {
  const from = dateInput("effective_from", "");
  const v = versionControls(last);
  return registerForm({
    rows: [["Gælder fra", from], ...versionRows(v)],
    submitText: "Tilføj version",
    savedText: "Versionen er tilføjet.",
    body: () => ({
      effective_from: text(from), ...versionBody(v),
      fixed_lines: last?.fixed_lines ?? [], expense_budgets: last?.expense_budgets ?? [],
    }),
    save,
  });
}

// Holiday periods as typed: "2024-07-01..2024-07-19, 2024-10-14..2024-10-18"
// (the CLI's and the import's format); empty is none.
function holidayPeriods(control) {
  const periods = [];
  for (const item of control.value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const match = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(item);
    if (!match || match[2] < match[1])
      throw new InputError(control, `skriv ferieperioder som 2024-07-01..2024-07-19, adskilt af komma (fejl i "${item}")`);
    periods.push({ from: match[1], to: match[2] });
  }
  return periods;
}
const holidayText = (periods) => (periods ?? []).map((p) => `${p.from}..${p.to}`).join(", ");

// The parent's own normal weekly hours: required, more than 0, at most 168 (§ 87, stk. 3).
function normalHours(control) {
  const value = decimal(control);
  if (value <= 0 || value > 16800) throw new InputError(control, "skal være over 0 og højst 168 timer om ugen");
  return value;
}

const termsRows = (c) => [
  ["Forælderens normale arbejdstid pr. uge (timer)", c.normal_weekly_hours, "Før bevillingen; brøken er nedsatte timer / disse timer."],
  ["Ferie med feriepenge fra tidligere arbejdsgiver", c.holiday_periods, "Ingen ydelse for de dage, fx 2024-07-01..2024-07-19, 2024-10-14..2024-10-18."],
];
const termsControls = (current) => ({
  normal_weekly_hours: decimalInput("normal_weekly_hours", current?.normal_weekly_hours),
  holiday_periods: input("holiday_periods", holidayText(current?.holiday_periods), { size: 40 }),
});

// A lost-earnings award (tabt arbejdsfortjeneste, Barnets Lov § 87) to a parent.
export function awardForm(save) {
  const c = {
    parent_name: input("parent_name", "", { required: true }),
    parent_cpr: input("parent_cpr", "", { required: true, size: 12 }),
    period_from: dateInput("period_from", ""),
    period_to: dateInput("period_to", ""),
    monthly_income_before: decimalInput("monthly_income_before", null),
    hours_off_per_week: decimalInput("hours_off_per_week", null),
    former_employer_pension: decimalInput("former_employer_pension", 0),
    monthly_saved_costs: decimalInput("monthly_saved_costs", 0),
    // The fixed list of § 87 purposes (domain/award_purpose.h); home schooling is not one.
    purpose: h("select", { name: "purpose" }, [
      ["hjemmetraening", "Hjemmetræning af barnet"], ["pasning", "Pasning af barnet i hjemmet"],
      ["ledsagelse", "Ledsagelse af barnet til behandling og undersøgelser"],
    ].map(([code, label]) => h("option", { value: code }, label))),
    withholding: decimalInput("tax_card.withholding", null),
    monthly_deduction: decimalInput("tax_card.monthly_deduction", 0),
    ...termsControls(null),
  };
  return registerForm({
    rows: [["Forælder", c.parent_name], ["Forælderens CPR-nummer", c.parent_cpr, "ddmmåå-xxxx"],
           ["Fra", c.period_from], ["Til", c.period_to, "Tom: indtil videre (højst til dagen før 18-årsdagen)."],
           ["Indkomst før pr. måned (kr)", c.monthly_income_before, "Bruttoindkomsten lige før bevillingen; den fremskrives ikke."],
           ["Nedsatte timer pr. uge", c.hours_off_per_week], ...termsRows(c),
           ["Tidligere arbejdsgivers pensionsbidrag (%)", c.former_employer_pension, "Pensionen er 10 % af ydelsen, højst dette bidrag i kroner."],
           ["Besparelser pr. måned (kr)", c.monthly_saved_costs, "Fx transport; trækkes fra efter skat."],
           ["Formål", c.purpose, "Hjemmeundervisning er ikke et formål efter § 87."], ["Trækprocent", c.withholding], ["Månedsfradrag (kr)", c.monthly_deduction]],
    submitText: "Opret bevilling af tabt arbejdsfortjeneste",
    savedText: "Bevillingen af tabt arbejdsfortjeneste er oprettet.",
    body: () => {
      const normal = normalHours(c.normal_weekly_hours);
      const off = decimal(c.hours_off_per_week);
      if (off <= 0 || off > normal)
        throw new InputError(c.hours_off_per_week, "skal være over 0 og højst forælderens normale timer");
      return {
        parent_name: text(c.parent_name), parent_cpr: text(c.parent_cpr),
        period_from: text(c.period_from), period_to: optional(c.period_to),
        monthly_income_before: decimal(c.monthly_income_before), hours_off_per_week: off, normal_weekly_hours: normal,
        holiday_periods: holidayPeriods(c.holiday_periods),
        former_employer_pension: decimal(c.former_employer_pension), monthly_saved_costs: decimal(c.monthly_saved_costs),
        purpose: c.purpose.value,
        tax_card: { withholding: decimal(c.withholding), monthly_deduction: decimal(c.monthly_deduction) },
      };
    },
    save,
  });
}

// The parent's normal hours and the holiday periods of an award on file: an
// award stored without the hours is held by the payout runs until they are set.
export function awardTermsForm(current, save) {
  const c = termsControls(current);
  return registerForm({
    rows: termsRows(c),
    submitText: "Gem arbejdstid og ferie",
    savedText: "Arbejdstid og ferie er gemt.",
    body: () => ({ normal_weekly_hours: normalHours(c.normal_weekly_hours), holiday_periods: holidayPeriods(c.holiday_periods) }),
    save,
  });
}
