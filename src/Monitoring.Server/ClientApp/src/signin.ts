// The sign-in page: user name, password and an optional code, or the issuer's button (as /api/auth/methods says); then,
// when the server asks, a forced password change and the enrolment of an authenticator app; then back to the page that
// sent the browser here. Back from the issuer (?sso=done) it goes straight on; refused (?sso=role…) it says why. Where the
// browser has passkeys, a passkey signs in too, and a signed-in person manages theirs here (?passkeys, from the header).
import { authFetch, currentUser, forget, homeOf, localReturnUrl } from "./auth";
import { applyTexts, t } from "./i18n";
import type { TextKey } from "./i18n";
import { problemText, type Problem } from "./api";
import { drawQr } from "./qr";
import { addPasskey, listPasskeys, passkeysSupported, removePasskey, signInWithPasskey } from "./passkeys";

interface SignInAnswer { mustChangePassword: boolean; mustEnrolSecondFactor: boolean }
interface LockedProblem extends Problem { lockedUntil?: string; codeRequired?: boolean }
interface AuthenticatorSetup { sharedKey: string; authenticatorUri: string }
interface SecondFactorEnabled { recoveryCodes: string[] }
interface AuthMethods { localAccounts: boolean; sso: boolean }

const signInForm = document.getElementById("signin-form") as HTMLFormElement;
const changeForm = document.getElementById("password-form") as HTMLFormElement;
const enrolForm = document.getElementById("enrol-form") as HTMLFormElement;
const recovery = document.getElementById("recovery")!;
const error = document.getElementById("signin-error")!;
const changeError = document.getElementById("password-error")!;
const enrolError = document.getElementById("enrol-error")!;
const sso = document.getElementById("sso")!;
const ssoError = document.getElementById("sso-error")!;
const passkeySignIn = document.getElementById("passkey-signin")!;
const passkeyButton = document.getElementById("passkey-button") as HTMLButtonElement;
const passkeyError = document.getElementById("passkey-error")!;
const passkeys = document.getElementById("passkeys")!;
const passkeyForm = document.getElementById("passkey-form") as HTMLFormElement;
const passkeysError = document.getElementById("passkeys-error")!;
const query = new URLSearchParams(location.search);
const returnUrl = localReturnUrl(query.get("returnUrl"));
const input = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;
const ssoRefusals: Record<string, TextKey> = { role: "ssoRole", unit: "ssoUnit", disabled: "ssoDisabled", failed: "ssoFailed" };
/** The messages on show, written again when the language changes. */
const shown = new Map<HTMLElement, () => string>();

function show(where: HTMLElement, message: (() => string) | null): void {
  if (message) shown.set(where, message);
  else shown.delete(where);
  where.textContent = message ? message() : "";
  where.hidden = message === null;
}

function lockedText(until: string): string {
  return `${t("lockedUntil")} ${new Date(until).toLocaleTimeString(document.documentElement.lang === "en" ? "en-GB" : "id-ID",
    { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" })} WIB.`;
}

/** Shows one step of the page and hides the others. */
function step(shown: HTMLElement): void {
  for (const element of [signInForm, sso, passkeySignIn, passkeys, changeForm, enrolForm, recovery]) element.hidden = element !== shown;
}

/** Where the person goes once signed in: first what the server still asks for, then the page they came from. */
async function next(answer: { mustChangePassword: boolean; mustEnrolSecondFactor: boolean }): Promise<void> {
  if (answer.mustChangePassword) askForNewPassword();
  else if (answer.mustEnrolSecondFactor) await startEnrolment();
  else await goOn();
}

/** The page asked for, else the role's own page (asked of the server: the session just changed). */
async function goOn(): Promise<void> {
  forget();
  location.assign(returnUrl ?? homeOf(await currentUser()));
}

async function problemOf(response: Response): Promise<LockedProblem> {
  return (await response.json().catch(() => ({ status: response.status }))) as LockedProblem;
}

/** Re-read on a language switch: the problem's codes are shown in the language of the moment. */
function fieldMessages(problem: Problem): () => string {
  return () => (problem.errors || problem.code ? problemText(problem) : t("signInFailed"));
}

function askForNewPassword(): void {
  step(changeForm);
  input(changeForm, "currentPassword").value = input(signInForm, "password").value;
  input(changeForm, "newPassword").focus();
}

async function signIn(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  show(error, null);
  const button = signInForm.querySelector("button[type=submit]") as HTMLButtonElement;
  button.disabled = true;
  try {
    const response = await fetch("/api/auth/signin", {
      method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
      body: JSON.stringify({
        userName: input(signInForm, "userName").value.trim(), password: input(signInForm, "password").value,
        code: input(signInForm, "code").value.trim() || null, remember: input(signInForm, "remember").checked,
      }),
    });
    forget();
    if (response.ok) return await next((await response.json()) as SignInAnswer);
    const problem = await problemOf(response);
    const locked = problem.lockedUntil;
    show(error, locked ? () => lockedText(locked) : problem.codeRequired ? () => t("codeRequired")
      : response.status === 401 ? () => t("wrongCredentials") : () => t("signInFailed"));
    if (problem.codeRequired) input(signInForm, "code").focus();
  } catch {
    show(error, () => t("signInFailed"));
  } finally {
    button.disabled = false;
  }
}

async function changePassword(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const fresh = input(changeForm, "newPassword").value;
  if (fresh.length < 12) return show(changeError, () => t("passwordTooShort"));
  if (fresh !== input(changeForm, "repeatPassword").value) return show(changeError, () => t("passwordsDiffer"));
  show(changeError, null);
  const response = await authFetch("/api/auth/password", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ currentPassword: input(changeForm, "currentPassword").value, newPassword: fresh }),
  });
  if (!response.ok) return show(changeError, fieldMessages(await problemOf(response)));
  forget();
  const user = await currentUser();
  await next({ mustChangePassword: false, mustEnrolSecondFactor: user?.mustEnrolSecondFactor ?? false });
}

async function startEnrolment(): Promise<void> {
  step(enrolForm);
  const response = await authFetch("/api/auth/authenticator", { method: "POST" });
  if (!response.ok) return show(enrolError, fieldMessages(await problemOf(response)));
  forget();   // the new key renewed the session, and with it the antiforgery token
  const setup = (await response.json()) as AuthenticatorSetup;
  document.getElementById("shared-key")!.textContent = setup.sharedKey.replace(/(.{4})/g, "$1 ").trim();
  const link = document.getElementById("authenticator-uri") as HTMLAnchorElement;
  link.href = setup.authenticatorUri;
  link.textContent = setup.authenticatorUri;
  drawQr(document.getElementById("authenticator-qr") as HTMLCanvasElement, setup.authenticatorUri);
  input(enrolForm, "enrolCode").focus();
}

async function verifyEnrolment(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  show(enrolError, null);
  const response = await authFetch("/api/auth/authenticator/verify", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ code: input(enrolForm, "enrolCode").value.trim() }),
  });
  if (!response.ok) return show(enrolError, fieldMessages(await problemOf(response)));
  forget();
  const codes = ((await response.json()) as SecondFactorEnabled).recoveryCodes;
  const list = document.getElementById("recovery-codes")!;
  list.replaceChildren(...codes.map((code) => Object.assign(document.createElement("li"), { textContent: code })));
  step(recovery);
}

/** The browser's own dialog picks the passkey; closing it is no error. */
async function signInByPasskey(): Promise<void> {
  show(passkeyError, null);
  passkeyButton.disabled = true;
  try {
    const response = await signInWithPasskey();
    forget();
    if (!response) return;
    if (response.ok) return await next((await response.json()) as SignInAnswer);
    const locked = (await problemOf(response)).lockedUntil;
    show(passkeyError, locked ? () => lockedText(locked) : () => t("passkeyRefused"));
  } catch {
    show(passkeyError, () => t("signInFailed"));
  } finally {
    passkeyButton.disabled = false;
  }
}

async function showPasskeys(): Promise<void> {
  step(passkeys);
  const list = await listPasskeys();
  const items = list.map((passkey) => {
    const item = document.createElement("li");
    const remove = Object.assign(document.createElement("button"), { type: "button", textContent: t("removePasskey") });
    remove.dataset.i18n = "removePasskey";
    remove.addEventListener("click", () => void removePasskey(passkey.id).then(showPasskeys));
    item.append(`${passkey.name} (${new Date(passkey.createdAt).toLocaleDateString()}) `, remove);
    return item;
  });
  const empty = Object.assign(document.createElement("li"), { textContent: t("noPasskeys") });
  empty.dataset.i18n = "noPasskeys";
  document.getElementById("passkey-list")!.replaceChildren(...(items.length ? items : [empty]));
}

async function addOne(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  show(passkeysError, null);
  const name = input(passkeyForm, "passkeyName");
  const added = await addPasskey(name.value.trim());
  if (!added) return;
  if (!added.ok) return show(passkeysError, fieldMessages(added.problem));
  name.value = "";
  await showPasskeys();
}

signInForm.addEventListener("submit", (e) => void signIn(e));
(document.getElementById("signin-submit") as HTMLButtonElement).disabled = false;
passkeyButton.addEventListener("click", () => void signInByPasskey());
passkeyForm.addEventListener("submit", (e) => void addOne(e));
document.getElementById("passkeys-done")!.addEventListener("click", () => void goOn());
changeForm.addEventListener("submit", (e) => void changePassword(e));
enrolForm.addEventListener("submit", (e) => void verifyEnrolment(e));
document.getElementById("recovery-done")!.addEventListener("click", () => void goOn());
applyTexts(() => shown.forEach((message, where) => show(where, message)));

/** The password form, the issuer's button, or both; without an answer the form, as before the issuer existed. */
async function offerMethods(): Promise<void> {
  const methods = (await fetch("/api/auth/methods").then((r) => r.json()).catch(() => null)) as AuthMethods | null;
  if (methods && !methods.localAccounts) signInForm.hidden = true;
  else passkeySignIn.hidden = !passkeysSupported();
  if (!methods?.sso) return;
  sso.hidden = false;
  (document.getElementById("sso-link") as HTMLAnchorElement).href =
    "/signin/sso" + (returnUrl ? "?returnUrl=" + encodeURIComponent(returnUrl) : "");
}

void offerMethods().then(async () => {
  const user = await currentUser();
  const back = query.get("sso");
  if (back === "done" && user) return goOn();
  if (back) show(ssoError, () => t(ssoRefusals[back] ?? "ssoFailed"));
  // Signed in already but something is still asked for (a reload in the middle): straight to that step.
  if (user && (user.mustChangePassword || user.mustEnrolSecondFactor)) await next(user);
  else if (user?.role && query.has("passkeys") && passkeysSupported()) await showPasskeys();
}).finally(() => (document.body.dataset.ready = "1"));
