// The sign-in page: user name, password and an optional code; then a forced password change when the server asks for
// one; then back to the page that sent the browser here.
import { authFetch, currentUser, forget, localReturnUrl } from "./auth";
import { applyTexts, t } from "./i18n";
import type { Problem } from "./api";

interface SignInAnswer { mustChangePassword: boolean; mustEnrolSecondFactor: boolean }
interface LockedProblem extends Problem { lockedUntil?: string }

const signInForm = document.getElementById("signin-form") as HTMLFormElement;
const changeForm = document.getElementById("password-form") as HTMLFormElement;
const error = document.getElementById("signin-error")!;
const changeError = document.getElementById("password-error")!;
const returnUrl = localReturnUrl(new URLSearchParams(location.search).get("returnUrl"));
const input = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement;
let lastProblem: (() => string) | null = null;

function show(where: HTMLElement, message: (() => string) | null): void {
  if (where === error) lastProblem = message;
  where.textContent = message ? message() : "";
  where.hidden = message === null;
}

function lockedText(until: string): string {
  return `${t("lockedUntil")} ${new Date(until).toLocaleTimeString(document.documentElement.lang === "en" ? "en-GB" : "id-ID",
    { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" })} WIB.`;
}

function askForNewPassword(): void {
  signInForm.hidden = true;
  changeForm.hidden = false;
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
    if (response.ok) {
      const answer = (await response.json()) as SignInAnswer;
      if (answer.mustChangePassword) askForNewPassword();
      else location.assign(returnUrl);
      return;
    }
    const problem = (await response.json().catch(() => ({ status: response.status }))) as LockedProblem;
    const locked = problem.lockedUntil;
    show(error, locked ? () => lockedText(locked) : response.status === 401 ? () => t("wrongCredentials") : () => t("signInFailed"));
  } catch {
    show(error, () => t("signInFailed"));
  } finally {
    button.disabled = false;
  }
}

async function changePassword(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const next = input(changeForm, "newPassword").value;
  if (next.length < 12) return show(changeError, () => t("passwordTooShort"));
  if (next !== input(changeForm, "repeatPassword").value) return show(changeError, () => t("passwordsDiffer"));
  show(changeError, null);
  const response = await authFetch("/api/auth/password", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ currentPassword: input(changeForm, "currentPassword").value, newPassword: next }),
  });
  if (response.ok) {
    forget();
    location.assign(returnUrl);
    return;
  }
  const problem = (await response.json().catch(() => ({ status: response.status }))) as Problem;
  const messages = Object.values(problem.errors ?? {}).flat();
  show(changeError, () => (messages.length > 0 ? messages.join(" ") : problem.detail ?? t("signInFailed")));
}

signInForm.addEventListener("submit", (e) => void signIn(e));
changeForm.addEventListener("submit", (e) => void changePassword(e));
applyTexts(() => show(error, lastProblem));
// Signed in already but the password must change (a reload in the middle): straight to the change form.
void currentUser().then((user) => {
  if (user?.mustChangePassword) askForNewPassword();
});
