// Every page of the application: the hash path (named groups become the
// page's params) and the function that draws it.
import { loginPage } from "./pages/login.js";
import { familyPage } from "./pages/family.js";
import { weekPage } from "./pages/week.js";
import { uploadPage } from "./pages/upload.js";
import { payslipsPage } from "./pages/payslips.js";
import { familiesPage } from "./pages/families.js";
import { childPage } from "./pages/child.js";
import { runsPage } from "./pages/runs.js";
import { runPage } from "./pages/run.js";
import { ratesPage } from "./pages/rates.js";
import { reconciliationPage } from "./pages/reconciliation.js";
import { exportPage } from "./pages/export.js";
import { expensePage } from "./pages/expense.js";
import { eindkomstPage } from "./pages/eindkomst.js";
import { policyPage } from "./pages/policy.js";
import { claimsPage } from "./pages/claims.js";
import { claimPage } from "./pages/claim.js";
import { familyClaimsPage } from "./pages/family_claims.js";
import { lostEarningsPage } from "./pages/lost_earnings.js";

const id = "(?<id>\\d+)";
export const routes = [
  [/^\/login$/, loginPage],
  [new RegExp(`^/familie/${id}$`), familyPage],
  [new RegExp(`^/familie/${id}/uge(?:/(?<monday>\\d{4}-\\d{2}-\\d{2}))?$`), weekPage],
  [new RegExp(`^/familie/${id}/upload$`), uploadPage],
  [new RegExp(`^/familie/${id}/loensedler(?:/(?<month>\\d{4}-\\d{2}))?$`), payslipsPage],
  [/^\/familier$/, familiesPage],
  [new RegExp(`^/barn/${id}$`), childPage],
  [/^\/udbetalinger$/, runsPage],
  [new RegExp(`^/udbetalinger/${id}$`), runPage],
  [/^\/satser(?:\/(?<year>\d{4}))?$/, ratesPage],
  [/^\/afstemning(?:\/(?<year>\d{4}))?$/, reconciliationPage],
  [/^\/eksport$/, exportPage],
  [new RegExp(`^/udlaeg/${id}$`), expensePage],
  [/^\/eindkomst(?:\/(?<month>\d{4}-\d{2}))?$/, eindkomstPage],
  [/^\/politik(?:\/(?<on>\d{4}-\d{2}-\d{2}))?$/, policyPage],
  // Repayment claims (issue 21): finance's overview, one claim, a family's own.
  [/^\/krav$/, claimsPage],
  [new RegExp(`^/krav/${id}$`), claimPage],
  [new RegExp(`^/familie/${id}/krav$`), familyClaimsPage],
  // Every lost-earnings award (issue 19), for caseworkers and finance.
  [/^\/tabt-arbejdsfortjeneste$/, lostEarningsPage],
];
