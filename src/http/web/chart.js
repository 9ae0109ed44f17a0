// Hours used against hours approved, month by month, as an inline SVG bar
// chart (two bars a month), with the same figures as a table for screen
// readers and keyboard users. Input: [{month: "2026-01", approved_hours,
// used_hours}] in hundredths of hours, as the reconciliation API gives them.
import { h, svg, table } from "./dom.js";
import * as fmt from "./format.js";

const WIDTH = 640, HEIGHT = 220, LEFT = 48, BOTTOM = 28, TOP = 10;

export function hoursChart(months, caption) {
  const largest = Math.max(100, ...months.flatMap((m) => [m.approved_hours, m.used_hours]));
  const step = (WIDTH - LEFT) / months.length;
  const bar = step * 0.36;
  const y = (value) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / largest);
  const gridValues = [0, 0.5, 1].map((f) => Math.round((largest * f) / 100) * 100);

  const grid = gridValues.map((value) => svg("g", {},
    svg("line", { x1: LEFT, x2: WIDTH, y1: y(value), y2: y(value), class: "grid" }),
    svg("text", { x: LEFT - 6, y: y(value) + 4, class: "axis", "text-anchor": "end" }, String(value / 100))));
  const bars = months.map((m, i) => {
    const x = LEFT + i * step + step * 0.1;
    const number = Number(m.month.slice(5, 7));
    return svg("g", {},
      svg("rect", { x, y: y(m.approved_hours), width: bar, height: y(0) - y(m.approved_hours), class: "approved" },
        svg("title", {}, `${fmt.month(m.month)}: ${fmt.hours(m.approved_hours)} bevilget`)),
      svg("rect", { x: x + bar, y: y(m.used_hours), width: bar, height: y(0) - y(m.used_hours), class: "used" },
        svg("title", {}, `${fmt.month(m.month)}: ${fmt.hours(m.used_hours)} brugt`)),
      svg("text", { x: x + bar, y: HEIGHT - 8, class: "axis", "text-anchor": "middle" }, fmt.monthShort(number)));
  });
  const picture = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "chart", role: "img", "aria-label": caption },
    grid, bars);
  return h("figure", {},
    picture,
    h("figcaption", {}, h("span", { class: "key approved" }, "Bevilget"), " ", h("span", { class: "key used" }, "Brugt"), " (timer)"),
    h("details", {}, h("summary", {}, "Vis tallene"),
      table(caption, ["Måned", "Bevilget", "Brugt"],
        months.map((m) => [fmt.month(m.month), fmt.hours(m.approved_hours), fmt.hours(m.used_hours)]), { numericColumns: [1, 2] })));
}
