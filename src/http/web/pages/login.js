import { login } from "../api.js";
import { field, h, show } from "../dom.js";
import { messageArea } from "../ui.js";

export async function loginPage({ main }) {
  const messages = messageArea();
  const username = h("input", { name: "username", autocomplete: "username", required: true });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const form = h("form", { class: "narrow" },
    field("Brugernavn", username),
    field("Adgangskode", password),
    messages.element,
    h("button", { type: "submit" }, "Log ind"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await login(username.value.trim(), password.value);
      location.hash = "#/";
    } catch (error) {
      messages.error(error.status === 401 ? { message: "Forkert brugernavn eller adgangskode." } : error);
      password.select();
    }
  });
  show(main, h("h1", {}, "Log ind"), h("p", {}, "Familier, sagsbehandlere, økonomi og revision logger ind her."), form);
}
