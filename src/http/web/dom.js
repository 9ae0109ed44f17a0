// Building the page from data without innerHTML: every text goes in as a text
// node, so a name or an error message from the API can never become markup.

// h("p", {class: "note"}, "text", child, ...): attributes whose value is
// null/undefined/false are left out; "on<event>" attributes become listeners.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

// The same in the SVG namespace (the hours chart).
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Replaces what `element` shows.
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

// A labelled form field: <div class="field"><label for=id>text</label><input id=id ...></div>.
let fieldCount = 0;
export function field(labelText, control, hint) {
  const id = control.id || `felt-${++fieldCount}`;
  control.id = id;
  const hintElement = hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute("aria-describedby", hintElement.id);
  return h("div", { class: "field" }, h("label", { for: id }, labelText), control, hintElement);
}

// A table with a caption: rows are arrays of cells (text or nodes). It sits
// in its own scroll region, so a wide table scrolls sideways on a phone and
// the page does not (WCAG 1.4.10); the region takes the focus (a keyboard
// scrolls it with the arrow keys) and is named by the caption.
let tableCount = 0;
export function table(caption, headings, rows, { numericColumns = [] } = {}) {
  const numeric = (i) => (numericColumns.includes(i) ? "num" : null);
  const captionId = `tabel-${++tableCount}`;
  return h("div", { class: "table-scroll", role: "region", "aria-labelledby": captionId, tabindex: "0" },
    h(
      "table",
      {},
      h("caption", { id: captionId }, caption),
      h("thead", {}, h("tr", {}, headings.map((text, i) => h("th", { scope: "col", class: numeric(i) }, text)))),
      h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((cell, i) => h("td", { class: numeric(i) }, cell)))))
    ));
}
