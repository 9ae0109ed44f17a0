// A family's repayment claims (#/familie/{id}/krav): each with its amount,
// balance, due date, how to pay, its instalment plan and the payments and
// set-offs so far (pages/claim.js). A family user reaches only its own: the
// family's record answers 404 for another family, shown as "Siden findes ikke".
import { get } from "../api.js";
import { h, show } from "../dom.js";
import { section } from "../ui.js";
import { claimDetails } from "./claim.js";

export async function familyClaimsPage({ main, params }) {
  const family = await get(`/api/v1/families/${params.id}`);
  const claims = (await get(`/api/v1/claims?family_id=${family.id}`)).items;
  // The list has no payment line or account; each claim's own answer has.
  const shown = await Promise.all(claims.map((c) => get(`/api/v1/claims/${c.id}`)));
  show(main,
    h("h1", {}, `Tilbagebetalingskrav – ${family.name}`),
    shown.length
      ? shown.map((claim) => section(`Krav ${claim.year} (nr. ${claim.id}): ${claim.state_label}`, claimDetails(claim, 3)))
      : h("p", {}, "Familien har ingen krav om tilbagebetaling."));
}
