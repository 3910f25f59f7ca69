import { authFetch, currentUser, forget } from "./auth";
import { t } from "./i18n";
import { passkeysSupported } from "./passkeys";

/** The signed-in person in the page's header, with a sign-out: who acts is the sign-in, never a name typed on the page. */
export async function showSession(): Promise<void> {
  const header = document.querySelector("body > header");
  const me = await currentUser();
  if (!header || !me || document.getElementById("session")) return;
  const box = document.createElement("div");
  box.id = "session";
  box.className = "session";
  const name = document.createElement("span");
  name.id = "session-user";
  name.textContent = me.displayName + (me.nrp ? ` (NRP ${me.nrp})` : "");
  const signOut = document.createElement("button");
  signOut.id = "sign-out";
  signOut.type = "button";
  signOut.dataset.i18n = "signOut";
  signOut.textContent = t("signOut");
  signOut.addEventListener("click", async () => {
    await authFetch("/api/auth/signout", { method: "POST" });
    forget();
    location.assign("/signin");
  });
  box.append(name);
  // Where the person's own passkeys are kept: on the sign-in page, which knows the rest of signing in.
  if (passkeysSupported()) {
    const passkeys = Object.assign(document.createElement("a"), { id: "passkeys-link", href: "/signin?passkeys", textContent: t("passkeys") });
    passkeys.dataset.i18n = "passkeys";
    box.append(passkeys);
  }
  box.append(signOut);
  header.insertBefore(box, document.getElementById("lang-toggle"));
}
