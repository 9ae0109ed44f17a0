// The week view's reading of typed times (src/http/web/shift_times.js), without
// a browser: the module is plain JavaScript. Registered with ctest as
// "web shift times".
import assert from "node:assert/strict";
import { readClock, readShift } from "../../src/http/web/shift_times.js";

// Spellings the service reads too: tt:mm, t:mm, tt.mm; 24:00 only as an end.
assert.deepEqual(readClock("09:00", false), { minute: 540, text: "09:00" });
assert.deepEqual(readClock(" 9.30 ", false), { minute: 570, text: "09:30" });
assert.deepEqual(readClock("24:00", true), { minute: 1440, text: "24:00" });
assert.deepEqual(readClock("", false), { empty: true });
assert.equal(readClock("24:00", false).problem, "«24:00» er ikke et klokkeslæt. Skriv tt:mm mellem 00:00 og 23:59.");
assert.equal(readClock("12:60", true).problem, "«12:60» er ikke et klokkeslæt. Skriv tt:mm mellem 00:00 og 24:00.");
// The three: a bare hour gets a suggestion, the rest the format.
assert.equal(readClock("9", false).problem, "«9» er ikke et klokkeslæt. Skriv tt:mm – mente du 09:00?");
assert.equal(readClock("-2", true).problem, "«-2» er ikke et klokkeslæt. Skriv tt:mm, fx 09:00.");
assert.equal(readClock("ab", false).problem, "«ab» er ikke et klokkeslæt. Skriv tt:mm, fx 09:00.");
assert.equal(readClock("25", false).problem, "«25» er ikke et klokkeslæt. Skriv tt:mm, fx 09:00.");
assert.equal(readClock("9:5", false).problem, "«9:5» er ikke et klokkeslæt. Skriv tt:mm, fx 09:00.");

// A day shift: understood, with its hours by the clock.
assert.deepEqual(readShift("09:00", "17:00", false), { shift: { start: "09:00", end: "17:00", overnight: false, minutes: 480 } });
assert.deepEqual(readShift("07:00", "24:00", false), { shift: { start: "07:00", end: "24:00", overnight: false, minutes: 1020 } });
// 15:00–09:00 is never taken for a night shift without asking ...
assert.deepEqual(readShift("15:00", "09:00", false), {
  problems: [{ field: "overnight", message: "Slut 09:00 er før start 15:00: sæt kryds, hvis vagten går over midnat." }],
  question: { start: "15:00", end: "09:00", minutes: 1080 },
});
// ... and once confirmed it is one (the service decides whether 18 hours may be).
assert.deepEqual(readShift("22:00", "06:00", true), { shift: { start: "22:00", end: "06:00", overnight: true, minutes: 480 } });
// The box means nothing for a day shift.
assert.equal(readShift("09:00", "12:00", true).shift.overnight, false);
assert.deepEqual(readShift("10:00", "10:00", false), { problems: [{ field: "end", message: "slut og start er det samme klokkeslæt." }] });
// While typing, an empty field is no problem yet; on sending it is.
assert.deepEqual(readShift("09:00", "", false), { problems: [] });
assert.deepEqual(readShift("", "", false, { required: true }).problems.map((p) => p.field), ["start", "end"]);
// Both fields wrong: both are named.
assert.deepEqual(readShift("ab", "-2", false).problems.map((p) => p.field), ["start", "end"]);
console.log("web shift times: all checks passed");
