// The pages' Danish formats (src/http/web/format.js), without a browser: the
// module is plain JavaScript. Registered with ctest as "web formats".
import assert from "node:assert/strict";
import * as fmt from "../../src/http/web/format.js";

// A stored instant is shown as the day it was in Copenhagen (issue 19): late on
// 4 December UTC is already 5 December in winter (UTC+1) ...
assert.equal(fmt.localDate("2026-12-04T23:30:00Z"), "05-12-2026");
assert.equal(fmt.localDate("2026-12-04T22:59:59Z"), "04-12-2026");
// ... and 30 June 22:30 UTC is 1 July in summer time (UTC+2).
assert.equal(fmt.localDate("2026-06-30T22:30:00Z"), "01-07-2026");
assert.equal(fmt.localDate("2026-06-30T21:59:00Z"), "30-06-2026");
assert.equal(fmt.localDate(""), "");
// The time of day goes the same way.
assert.equal(fmt.timestamp("2026-12-04T13:42:27Z"), "04-12-2026 kl. 14:42");
assert.equal(fmt.timestamp("2026-06-30T22:30:00Z"), "01-07-2026 kl. 00:30");
// A calendar date (no time) is only rewritten, never moved.
assert.equal(fmt.date("2026-11-24"), "24-11-2026");
assert.equal(fmt.month("2026-11"), "november 2026");
console.log("web formats: ok");
