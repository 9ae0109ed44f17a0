// Danish display of the API's integers: money in øre, hours in hundredths,
// rates in basis points (never turned into floating-point amounts: the
// digits are split, not divided), minutes and ISO dates.

function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

// 12345678 -> "123.456,78"; the unit (kr, t, %) is added by the caller.
function hundredths(value) {
  const negative = value < 0;
  const text = String(Math.abs(value)).padStart(3, "0");
  const whole = groupThousands(text.slice(0, -2));
  return `${negative ? "−" : ""}${whole},${text.slice(-2)}`;
}

// Without a unit: the value a form field starts with ("145,00").
export const decimal = hundredths;
export const kroner = (ore) => `${hundredths(ore)} kr`;  // the one place the unit is added (domain.md §3: "kr")
export const hours = (h100) => `${hundredths(h100)} t`;
export const percent = (basisPoints) => `${hundredths(basisPoints)} %`;

// 135 -> "2 t 15 min"
export function minutes(total) {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} t` : `${h} t ${m} min`;
}

// "2026-11-24" -> "24-11-2026" (the project's Danish date form)
export function date(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}

// A stored instant's parts on the clock in Copenhagen (summer time included).
function copenhagenParts(iso) {
  const parts = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit",
    day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
  return (type) => parts.find((p) => p.type === type).value;
}

// "2026-12-04T13:42:27Z" -> "04-12-2026 kl. 14:42": a stored instant in Danish local time.
export function timestamp(iso) {
  if (!iso) return "";
  const part = copenhagenParts(iso);
  return `${part("day")}-${part("month")}-${part("year")} kl. ${part("hour")}:${part("minute")}`;
}

// "2026-12-04T23:30:00Z" -> "05-12-2026": the day it was in Copenhagen, not the UTC date.
export function localDate(iso) {
  if (!iso) return "";
  const part = copenhagenParts(iso);
  return `${part("day")}-${part("month")}-${part("year")}`;
}

const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

// "2026-11" -> "november 2026"
export function month(isoMonth) {
  const [y, m] = isoMonth.split("-");
  return `${MONTHS[Number(m) - 1]} ${y}`;
}
export const monthShort = (number) => MONTHS[number - 1].slice(0, 3);
export const weekday = (index) => WEEKDAYS[index];

// Dates as ISO text in the local calendar (no time zones: a day is a day).
export function isoDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
export function addDays(iso, days) {
  const [y, m, d] = iso.split("-").map(Number);
  return isoDate(new Date(y, m - 1, d + days));
}
export function mondayOf(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const day = new Date(y, m - 1, d);
  return addDays(iso, -((day.getDay() + 6) % 7));
}
export const today = () => isoDate(new Date());

// The reason a part of a shift is not subsidised, in Danish (the API's
// description carries the policy's clock times, e.g. "after 16:00 (window 07:00–16:00)").
export function exclusion(part) {
  const clock = /(\d\d:\d\d)/.exec(part.description || "")?.[1] ?? "";
  switch (part.reason) {
    case "outside_grant": return "uden for bevillingen";
    case "public_holiday": return part.holiday ? `helligdag (${part.holiday})` : "helligdag";
    case "weekend": return "weekend";
    case "before_window": return `før kl. ${clock}`;
    case "after_window": return `efter kl. ${clock}`;
    default: return part.description || part.reason;
  }
}

const STATUS = { draft: "kladde", approved: "godkendt", paid: "udbetalt" };
export const runStatus = (status) => STATUS[status] ?? status;

// {reg_no, account_no} -> "6460 1106028104", as the families list and a family show it.
const EXPENSE_STATUS = { submitted: "indsendt", approved: "godkendt", rejected: "afvist" };
export const expenseStatus = (status) => EXPENSE_STATUS[status] ?? status;
export const bankAccount = (bank) => `${bank.reg_no} ${bank.account_no}`;
// An account and, while it is under verification, who set it: payout runs
// hold back its money until another finance user confirms it.
export const checkedAccount = (bank, setBy) =>
  bankAccount(bank) + (setBy ? ` – til kontrol (sat af ${setBy}; udbetales først, når en anden økonomimedarbejder har bekræftet den)` : "");

const FAMILY_STATUS = { active: "aktiv", inactive: "inaktiv", closed: "lukket" };
export const familyStatus = (status) => FAMILY_STATUS[status] ?? status;

const ROLES = { finance: "økonomi", caseworker: "sagsbehandler", family: "familie", auditor: "revisor", admin: "administrator" };
export const role = (name) => ROLES[name] ?? name;
