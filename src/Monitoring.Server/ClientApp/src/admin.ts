// The admin's page: people (add, change, disable, a temporary password, end sessions, a lost authenticator) and the
// API tokens of machines (issue, shown once; revoke). Every change that takes something away asks first.
import { authFetch, currentUser } from "./auth";
import { problemText, units, type Problem, type Unit } from "./api";
import { applyTexts, t, type TextKey } from "./i18n";
import { showSession } from "./session";
import { fromWibInput, toWibInput, wibFull } from "./time";

interface UserView {
  userName: string; displayName: string; role: string; unitId: string | null; nrp: string | null; disabled: boolean;
  mustChangePassword: boolean; expiresAt: string | null; lockedUntil: string | null; secondFactor: boolean;
}
interface TokenView { id: string; name: string; role: string; unitId: string | null; createdAt: string; revokedAt: string | null }
interface IssuedToken extends TokenView { token: string }

const roles = ["calltaker", "operator", "officer", "manager", "wall", "admin", "integration"];
const scoped = new Set(["operator", "officer", "wall"]);
const userForm = document.getElementById("user-form") as HTMLFormElement;
const tokenForm = document.getElementById("token-form") as HTMLFormElement;
const dialog = document.getElementById("confirm") as HTMLDialogElement;
const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement & HTMLSelectElement;
const roleText = (role: string) => t(("role" + role.charAt(0).toUpperCase() + role.slice(1)) as TextKey);
let tree = new Map<string, Unit>();
let people: UserView[] = [];
let tokens: TokenView[] = [];
let editing: string | null = null;

const unitText = (unitId: string | null) => (unitId ? tree.get(unitId)?.name ?? unitId : "—");

function cell(row: HTMLTableRowElement, text: string, className?: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function button(label: TextKey, onClick: () => void, danger = false): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = t(label);
  b.dataset.action = label;
  if (danger) b.className = "danger";
  b.addEventListener("click", onClick);
  return b;
}

async function send(method: string, url: string, body?: unknown): Promise<{ ok: boolean; json: unknown; problem: string }> {
  const response = await authFetch(url, {
    method, headers: body === undefined ? {} : { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = response.status === 204 ? null : await response.json().catch(() => ({ status: response.status }));
  return { ok: response.ok, json, problem: response.ok ? "" : problemText(json as Problem) };
}

/** What the last step did, or why it was refused (in red). */
function notice(subject: string, answer: { ok: boolean; problem: string }, done: TextKey): void {
  const line = document.getElementById("notice")!;
  line.textContent = `${subject}: ${answer.ok ? t(done) : answer.problem}`;
  line.classList.toggle("failed", !answer.ok);
}

/**
 * Asks before anything that takes access away; with a password field when the step needs one. Resolves to the password
 * (or "") when confirmed and to null when not.
 */
function confirmStep(question: string, action: TextKey, askPassword = false, error = ""): Promise<string | null> {
  document.getElementById("confirm-text")!.textContent = question;
  document.getElementById("confirm-yes")!.textContent = t(action);
  const password = document.getElementById("confirm-password") as HTMLInputElement;
  document.getElementById("confirm-password-label")!.hidden = !askPassword;
  document.getElementById("confirm-error")!.textContent = error;
  password.value = "";
  // Escape closes the dialog without a button: it must not count as the yes of an earlier question.
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok" ? password.value : null), { once: true });
  });
}

function statusOf(user: UserView): string {
  const parts: string[] = [];
  if (user.disabled) parts.push(t("disabled"));
  else if (user.expiresAt && new Date(user.expiresAt).getTime() <= Date.now()) parts.push(t("grantEnded"));
  else parts.push(t("active"));
  if (user.lockedUntil) parts.push(`${t("lockedTill")} ${wibFull(user.lockedUntil)}`);
  if (user.mustChangePassword) parts.push(t("mustChange"));
  if (user.secondFactor) parts.push("2FA");
  return parts.join(" · ");
}

function renderPeople(): void {
  const body = document.getElementById("user-rows") as HTMLTableSectionElement;
  body.replaceChildren();
  for (const user of people) {
    const row = body.insertRow();
    row.dataset.user = user.userName;
    if (user.disabled) row.className = "disabled";
    cell(row, user.userName);
    cell(row, user.displayName);
    cell(row, user.nrp ?? "—");
    cell(row, roleText(user.role));
    cell(row, unitText(user.unitId));
    cell(row, statusOf(user), "status");
    cell(row, user.expiresAt ? wibFull(user.expiresAt) : "—");
    const actions = cell(row, "", "row-actions");
    actions.append(
      button("edit", () => startEdit(user)),
      user.disabled
        ? button("enable", () => void change(user, { disabled: false }, null))
        : button("disable", () => void change(user, { disabled: true }, "confirmDisable"), true),
      button("resetPassword", () => void resetPassword(user)),
      button("endSessions", () => void act(user, "revoke", "confirmEndSessions", "endSessions"), true),
    );
    if (user.secondFactor) actions.append(button("resetAuthenticator", () => void act(user, "authenticator/reset", "confirmResetAuthenticator", "resetAuthenticator"), true));
  }
}

function renderTokens(): void {
  const body = document.getElementById("token-rows") as HTMLTableSectionElement;
  body.replaceChildren();
  for (const token of tokens) {
    const row = body.insertRow();
    row.dataset.token = token.id;
    if (token.revokedAt) row.className = "disabled";
    cell(row, token.id, "mono");
    cell(row, token.name);
    cell(row, roleText(token.role));
    cell(row, unitText(token.unitId));
    cell(row, wibFull(token.createdAt));
    cell(row, token.revokedAt ? `${t("revoked")} ${wibFull(token.revokedAt)}` : t("active"), "status");
    const actions = cell(row, "", "row-actions");
    if (!token.revokedAt) actions.append(button("revoke", () => void revokeToken(token), true));
  }
}

async function loadPeople(): Promise<void> {
  const answer = await send("GET", "/api/admin/users");
  if (answer.ok) people = answer.json as UserView[];
  renderPeople();
}

async function loadTokens(): Promise<void> {
  const answer = await send("GET", "/api/admin/tokens");
  if (answer.ok) tokens = answer.json as TokenView[];
  renderTokens();
}

async function change(user: UserView, patch: Record<string, unknown>, question: TextKey | null): Promise<void> {
  if (question && (await confirmStep(`${t(question)} ${user.userName}?`, "disable")) === null) return;
  const answer = await send("PATCH", `/api/admin/users/${encodeURIComponent(user.userName)}`, patch);
  notice(user.userName, answer, "saved");
  await loadPeople();
}

async function act(user: UserView, path: string, question: TextKey, action: TextKey): Promise<void> {
  if ((await confirmStep(`${t(question)} ${user.userName}?`, action)) === null) return;
  const answer = await send("POST", `/api/admin/users/${encodeURIComponent(user.userName)}/${path}`);
  notice(user.userName, answer, "done");
  await loadPeople();
}

async function resetPassword(user: UserView): Promise<void> {
  let error = "";
  for (;;) {
    const password = await confirmStep(`${t("confirmResetPassword")} ${user.userName}`, "resetPassword", true, error);
    if (password === null) return;
    const answer = await send("POST", `/api/admin/users/${encodeURIComponent(user.userName)}/password`, { password });
    if (answer.ok) {
      notice(user.userName, answer, "passwordSet");
      await loadPeople();
      return;
    }
    // Ask again with the reason, so the admin can try another password.
    error = answer.problem;
  }
}

async function revokeToken(token: TokenView): Promise<void> {
  if ((await confirmStep(`${t("confirmRevokeToken")} ${token.name} (${token.id})?`, "revoke")) === null) return;
  const answer = await send("DELETE", `/api/admin/tokens/${encodeURIComponent(token.id)}`);
  notice(token.name, answer, "revoked");
  await loadTokens();
}

function startEdit(user: UserView): void {
  editing = user.userName;
  field(userForm, "userName").value = user.userName;
  field(userForm, "userName").readOnly = true;
  field(userForm, "displayName").value = user.displayName;
  field(userForm, "nrp").value = user.nrp ?? "";
  field(userForm, "role").value = user.role;
  field(userForm, "unitId").value = user.unitId ?? "";
  field(userForm, "expiresAt").value = user.expiresAt ? toWibInput(new Date(user.expiresAt)) : "";
  userForm.classList.add("editing");
  showFormTitle();
  document.getElementById("user-cancel")!.hidden = false;
  document.getElementById("user-error")!.textContent = "";
  field(userForm, "displayName").focus();
}

function showFormTitle(): void {
  document.getElementById("user-form-title")!.textContent = editing ? `${t("editPerson")} ${editing}` : t("addPerson");
}

function stopEdit(): void {
  editing = null;
  userForm.reset();
  requireUnitFor(userForm);
  field(userForm, "userName").readOnly = false;
  userForm.classList.remove("editing");
  showFormTitle();
  document.getElementById("user-cancel")!.hidden = true;
}

async function saveUser(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const value = (name: string) => field(userForm, name).value.trim();
  const grant = {
    displayName: value("displayName") || value("userName"), nrp: value("nrp") || null, role: value("role"), unitId: value("unitId") || null,
    expiresAt: value("expiresAt") ? fromWibInput(value("expiresAt")) : null,
  };
  const answer = editing
    ? await send("PATCH", `/api/admin/users/${encodeURIComponent(editing)}`, grant)
    : await send("POST", "/api/admin/users", {
      ...grant, userName: value("userName"), password: field(userForm, "password").value,
      mustChangePassword: (field(userForm, "mustChangePassword") as HTMLInputElement).checked,
    });
  document.getElementById("user-error")!.textContent = answer.problem;
  if (!answer.ok) return;
  notice(editing ?? value("userName"), answer, "saved");
  stopEdit();
  await loadPeople();
}

async function issueToken(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const answer = await send("POST", "/api/admin/tokens", {
    name: field(tokenForm, "name").value.trim(), role: field(tokenForm, "role").value, unitId: field(tokenForm, "unitId").value || null,
  });
  document.getElementById("token-error")!.textContent = answer.problem;
  const issued = document.getElementById("issued")!;
  issued.hidden = !answer.ok;
  if (!answer.ok) return;
  document.getElementById("issued-token")!.textContent = (answer.json as IssuedToken).token;
  tokenForm.reset();
  field(tokenForm, "role").value = "integration";
  requireUnitFor(tokenForm);
  await loadTokens();
}

function fillChoices(): void {
  for (const form of [userForm, tokenForm]) {
    const role = field(form, "role");
    const chosen = role.value;
    role.replaceChildren(...roles.filter((r) => form === userForm || r !== "admin").map((r) => new Option(roleText(r), r)));
    role.value = chosen || (form === userForm ? "calltaker" : "integration");
    const unit = field(form, "unitId");
    const unitChosen = unit.value;
    // The tree in its order, each level indented, so a Polsek is found under its Polres.
    const depth = (u: Unit): number => (u.parentId && tree.has(u.parentId) ? 1 + depth(tree.get(u.parentId)!) : 0);
    unit.replaceChildren(new Option(t("noUnit"), ""),
      ...[...tree.values()].map((u) => new Option("\u00a0".repeat(depth(u) * 4) + u.name, u.unitId)));
    unit.value = unitChosen;
  }
}

/** A scoped role needs a unit: the select says so before the server has to. */
function requireUnitFor(form: HTMLFormElement): void {
  field(form, "unitId").required = scoped.has(field(form, "role").value);
}

async function main(): Promise<void> {
  applyTexts(() => { fillChoices(); renderPeople(); renderTokens(); showFormTitle(); });
  showFormTitle();
  void showSession();
  const me = await currentUser();
  if (me?.role !== "admin") {
    document.getElementById("refused")!.hidden = false;
    for (const id of ["people", "tokens"]) document.getElementById(id)!.hidden = true;
    document.body.dataset.ready = "1";
    return;
  }
  tree = await units();
  fillChoices();
  for (const form of [userForm, tokenForm]) {
    field(form, "role").addEventListener("change", () => requireUnitFor(form));
    requireUnitFor(form);
  }
  userForm.addEventListener("submit", (e) => void saveUser(e));
  tokenForm.addEventListener("submit", (e) => void issueToken(e));
  document.getElementById("user-cancel")!.addEventListener("click", stopEdit);
  document.getElementById("issued-copy")!.addEventListener("click", () =>
    void navigator.clipboard?.writeText(document.getElementById("issued-token")!.textContent ?? ""));
  await Promise.all([loadPeople(), loadTokens()]);
  document.body.dataset.ready = "1";
}

void main();
