// Sign in; afterwards back to the page the user was on when the session ended
// (or wanted before signing in), else the start page (api.js keptReturn).
import { keptReturn, login, takeReturn } from "../api.js";
import { field, h, show } from "../dom.js";
import { messageArea, onSubmit } from "../ui.js";

export async function loginPage({ main }) {
  const messages = messageArea();
  const username = h("input", { name: "username", autocomplete: "username", required: true });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const form = h("form", { class: "narrow" },
    field("Brugernavn", username),
    field("Adgangskode", password),
    messages.element,
    h("button", { type: "submit" }, "Log ind"));
  onSubmit(form, async () => {
    try {
      const user = await login(username.value.trim(), password.value);
      location.hash = takeReturn(user.username) ?? "#/";
    } catch (error) {
      messages.error(error.status === 401 ? { message: "Forkert brugernavn eller adgangskode." } : error);
      password.select();
    }
  }, { busyText: "Logger ind …" });
  const expired = keptReturn()?.expired;
  show(main, h("h1", {}, "Log ind"),
    expired ? h("p", { class: "note", role: "status" }, "Du er blevet logget ud. Log ind igen for at fortsætte, hvor du var – det, du havde skrevet, er gemt i browseren.")
            : h("p", {}, "Familier, sagsbehandlere, økonomi og revision logger ind her."),
    form);
}
