// A shift's start and end as typed in the week view, read in the page before
// anything is sent, so "9", "-2" or "ab" get a Danish answer at once and an
// end before the start is never taken for a night shift without asking. The
// service reads the same spellings (tt:mm or tt.mm; 24:00 ends a day) and
// keeps every rule about the shift itself (length, overlaps, employment).

const pad = (n) => String(n).padStart(2, "0");

// {minute, text: "09:00"} or {problem}; empty text is {empty: true}.
export function readClock(typed, endOfDayAllowed) {
  const text = typed.trim();
  if (!text) return { empty: true };
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (m) {
    const hours = Number(m[1]), minutes = Number(m[2]);
    if (minutes < 60 && (hours < 24 || (endOfDayAllowed && hours === 24 && minutes === 0)))
      return { minute: hours * 60 + minutes, text: `${pad(hours)}:${pad(minutes)}` };
    return { problem: `«${text}» er ikke et klokkeslæt. Skriv tt:mm mellem 00:00 og ${endOfDayAllowed ? "24:00" : "23:59"}.` };
  }
  if (/^\d{1,2}$/.test(text) && Number(text) < 24)
    return { problem: `«${text}» er ikke et klokkeslæt. Skriv tt:mm – mente du ${pad(Number(text))}:00?` };
  return { problem: `«${text}» er ikke et klokkeslæt. Skriv tt:mm, fx 09:00.` };
}

// What the two fields and the "ends the next day" box say together:
// {shift: {start, end, overnight, minutes}} when both are times (and a night
// shift is confirmed), else {problems: [{field: "start"|"end"|"overnight", message}]},
// and `question` when only the confirmation of a night shift is missing.
// `required`: empty fields are problems too (on sending; while typing they are not).
export function readShift(startText, endText, overnightConfirmed, { required = false } = {}) {
  const start = readClock(startText, false);
  const end = readClock(endText, true);
  const problems = [];
  const missing = { start: "skriv hvornår vagten begynder, fx 09:00.", end: "skriv hvornår vagten slutter, fx 15:30." };
  for (const [name, read] of [["start", start], ["end", end]]) {
    if (read.problem) problems.push({ field: name, message: read.problem });
    else if (read.empty && required) problems.push({ field: name, message: missing[name] });
  }
  if (problems.length || start.empty || end.empty) return { problems };
  if (end.minute === start.minute) return { problems: [{ field: "end", message: "slut og start er det samme klokkeslæt." }] };
  const overnight = end.minute < start.minute;
  const minutes = end.minute - start.minute + (overnight ? 24 * 60 : 0);
  if (overnight && !overnightConfirmed)
    return {
      problems: [{ field: "overnight", message: `Slut ${end.text} er før start ${start.text}: sæt kryds, hvis vagten går over midnat.` }],
      question: { start: start.text, end: end.text, minutes },
    };
  // The length by the clock: the service counts a night with a summer-time change right.
  return { shift: { start: start.text, end: end.text, overnight, minutes } };
}
