// Payout runs: every run with its status, and (finance) preparing a month's
// run. Preparing again replaces the month's draft; approving is done by a
// second finance user on the run's page. A month after a month of the year
// without an approved run is refused unless catch-up is ticked.
import { get, post } from "../api.js";
import { field, h, show, table } from "../dom.js";
import * as fmt from "../format.js";
import { announceAfterNavigation, messageArea, onSubmit } from "../ui.js";

export async function runsPage({ main, user }) {
  const runs = (await get("/api/v1/payout-runs")).items;
  const messages = messageArea();
  let prepare = null;
  if (user.role === "finance") {
    const month = h("input", { type: "month", name: "month", required: true, value: fmt.today().slice(0, 7) });
    // Months of the year without an approved run are paid late only when asked for.
    const catchUp = h("input", { type: "checkbox", name: "catch_up" });
    prepare = h("form", { class: "inline" }, field("Måned", month),
      h("label", { class: "checkbox" }, catchUp, " Efterbetal måneder uden godkendt kørsel"),
      h("button", { type: "submit" }, "Forbered udbetaling"), messages.element);
    onSubmit(prepare, async () => {
      // Preparing again replaces the month's draft: say so before it happens.
      const draft = runs.find((r) => r.month === month.value && r.status === "draft");
      if (draft && !confirm(`${fmt.month(month.value)} har en kladde forberedt af ${draft.prepared_by}. ` +
                            "Forbered igen og erstat kladden?")) return;
      try {
        const run = await post("/api/v1/payout-runs", { month: month.value, catch_up: catchUp.checked });
        announceAfterNavigation(`Kørslen for ${fmt.month(run.month)} er forberedt. Gennemgå markeringerne først.`);
        location.hash = `#/udbetalinger/${run.id}`;
      } catch (error) {
        messages.error(error);
      }
    }, { busyText: "Forbereder …" });
  }
  show(main,
    h("h1", {}, "Udbetalinger"),
    prepare ? h("section", { "aria-labelledby": "forbered" }, h("h2", { id: "forbered" }, "Ny kørsel"),
      h("p", {}, "Kørslen beregnes for alle familier. En anden medarbejder i økonomi skal godkende den."), prepare) : null,
    runs.length
      ? table("Kørsler", ["Måned", "Status", "Linjer", "I alt", "Forberedt af", "Godkendt af"],
          runs.slice().reverse().map((r) => [h("a", { href: `#/udbetalinger/${r.id}` }, fmt.month(r.month)), fmt.runStatus(r.status),
            String(r.line_count), fmt.kroner(r.total), r.prepared_by, r.approved_by ?? "–"]),
          { numericColumns: [2, 3] })
      : h("p", {}, "Der er ingen kørsler endnu."));
}
