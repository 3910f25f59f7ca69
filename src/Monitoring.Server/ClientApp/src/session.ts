import { authFetch, currentUser, forget } from "./auth";
import { t, type TextKey } from "./i18n";
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
  box.append(navigation(me.pages ?? []));
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

const pageTexts: Record<string, TextKey> = {
  "/": "navWall", "/intake": "navIntake", "/unit": "navUnit", "/reports": "navReports", "/admin": "navAdmin", "/audit": "navAudit",
};

/** Links to the other pages the person may use; the page open now is marked, not linked. */
function navigation(pages: string[]): HTMLElement {
  const nav = document.createElement("nav");
  nav.id = "pages";
  nav.className = "pages";
  for (const path of pages) {
    const key = pageTexts[path.startsWith("/unit") ? "/unit" : path];
    if (!key) continue;
    const here = path === "/" ? location.pathname === "/" : location.pathname.startsWith(path);
    const link = Object.assign(document.createElement("a"), { href: path, textContent: t(key) });
    link.dataset.i18n = key;
    if (here) link.setAttribute("aria-current", "page");
    nav.append(link);
  }
  return nav;
}
