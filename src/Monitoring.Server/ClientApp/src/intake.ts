import { fieldProblems, getJson, postJson, problemText, units, type Problem, type Unit } from "./api";
import { applyTexts, callersText, t, word } from "./i18n";
import { CoverageMap, focusOn } from "./map";
import { clearRouting, sayRouting, showRouting, wirePlaceSearch } from "./intakePlaces";
import { forgetCaller, sayCaller, showCaller } from "./intakeCaller";
import { LinkCandidates, type Candidate } from "./intakeLinks";
import { originText, ScreenPop, type LocationOrigin } from "./intakeCall";
import { wibFull } from "./time";
import { showSession } from "./session";

interface Entry { interaction: { id: string; kind: string; category: string | null; summary: string | null; receivedAt: string }; caseId: string | null; assignedUnitId: string | null }
interface IntakeResult {
  interactionId: string; caseId: string | null; assignedUnitId: string | null; unitChain: string[]; outOfCoverage: boolean;
  linked: boolean; linkedAutomatically: boolean; callers: number;
}

const form = document.getElementById("intake-form") as HTMLFormElement;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const text = (value: string | null) => (value ?? "").replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
let names = new Map<string, Unit>();
let historyFor = "";
let clearPlaces = () => {};
/** The call on the line: taken up when its number is first typed; its key makes a retry or a double click one interaction. */
let call: { key: string; answeredAt: string } | null = null;
/** What this page recorded, per number: the history's read model follows the journal by a moment, so a fresh list may lack it. */
const recorded = new Map<string, Entry[]>();
/** The call that rang at this desk, once the page is up. */
let pop: ScreenPop | null = null;
let showNetwork: (at: { latitude: number; longitude: number; radiusMeters: number } | null) => void = () => {};
/** Where the form's coordinates came from: the caller's words (typed, clicked, a place found) or a position sent with the call. */
let origin: LocationOrigin | null = null;

function sayOrigin(from: LocationOrigin | null): void {
  origin = from;
  const line = document.getElementById("location-origin")!;
  line.hidden = from === null;
  line.dataset.origin = from ?? "";
  line.textContent = from ? originText(from) : "";
}

/** Marks the candidates on the map once it is up. */
let markCandidates: (found: Candidate[], chosen: string | null) => void = () => {};
const links = new LinkCandidates(document.getElementById("candidates")!, document.getElementById("link-choice")!,
  (found, chosen) => markCandidates(found, chosen));

/** A report or complaint with a place and a category may be an incident already open: its candidates follow the form. */
function askLinks(): void {
  const kind = field("kind").value, category = field("category").value;
  const latitude = number("latitude"), longitude = number("longitude");
  const placed = latitude !== null && longitude !== null && Number.isFinite(latitude) && Number.isFinite(longitude)
    && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  links.ask((kind === "report" || kind === "complaint") && category && placed
    ? { latitude: latitude!, longitude: longitude!, category, callerNumber: field("callerNumber").value.trim() } : null);
}

function takeUp(): void {
  call ??= { key: crypto.randomUUID(), answeredAt: new Date().toISOString() };
}

async function showHistory(): Promise<void> {
  const number = field("callerNumber").value.trim();
  await Promise.all([showHistoryOf(number), showCaller(number)]);
}

async function showHistoryOf(number: string): Promise<void> {
  if (!/^\+?[0-9]{6,16}$/.test(number) || number === historyFor) return;
  historyFor = number;
  const listed = (await getJson<{ items: Entry[] }>(`/api/callers/${encodeURIComponent(number)}/interactions`)).items;
  if (historyFor !== number) return;
  const mine = (recorded.get(number) ?? []).filter((m) => !listed.some((e) => e.interaction.id === m.interaction.id));
  shownHistory = [...mine, ...listed];
  sayHistory();
}

let shownHistory: Entry[] = [];

function sayHistory(): void {
  document.getElementById("history")!.innerHTML = shownHistory.length === 0 ? `<li>${t("noHistory")}</li>` : shownHistory.map((e) =>
    `<li><time>${wibFull(e.interaction.receivedAt)}</time> <b>${text(word(e.interaction.kind))}</b> ${text(word(e.interaction.category))} ${text(e.interaction.summary)}${e.caseId ? ` · <a href="/unit/${encodeURIComponent(e.assignedUnitId ?? "")}">${text(e.caseId)}</a>` : ""}</li>`).join("");
}

function number(name: string): number | null {
  const value = field(name).value.trim();
  return value === "" ? null : Number(value);
}

/** Enter alone never sends: a half-filled report goes only by the button or Ctrl+Enter. */
function onKey(event: KeyboardEvent): void {
  if (event.key === "Enter" && event.ctrlKey) { event.preventDefault(); form.requestSubmit(); return; }
  if (event.key === "Enter" && !(event.target instanceof HTMLTextAreaElement) && !(event.target instanceof HTMLButtonElement)) event.preventDefault();
  if (!event.altKey || event.ctrlKey) return;
  const target = form.querySelector<HTMLElement>(`[data-key="${event.key.toLowerCase()}"]`);
  if (!target) return;
  event.preventDefault();
  if (target instanceof HTMLButtonElement) target.click();
  else target.querySelector<HTMLElement>("input, select, textarea")?.focus();
}

function showKeys(): void {
  form.querySelectorAll<HTMLElement>("label[data-key]").forEach((label) =>
    label.querySelector("span")!.insertAdjacentHTML("beforeend", ` <kbd>Alt+${label.dataset.key}</kbd>`));
}

/** A quick kind (prank, silent, information by its key) needs only the number; the form's kind sends every field. */
function body(kind: string, full: boolean): Record<string, unknown> {
  // Until the telephony sends ring times, the call rang no earlier than the taker took it up.
  const times = { receivedAt: call?.answeredAt ?? null, answeredAt: call?.answeredAt ?? null };
  const common = { callerNumber: field("callerNumber").value, channel: field("channel").value, kind, agentId: localStorage.getItem("agentId"), ...times,
    ...(pop?.callId ? { callId: pop.callId } : {}) };
  if (!full) return common;
  const location = number("latitude") === null && number("longitude") === null ? null
    : { latitude: number("latitude"), longitude: number("longitude"), address: field("address").value || null };
  return { ...common, category: field("category").value || null, priority: field("priority").value || null, location, summary: field("summary").value || null,
    ...(links.chosen ? { linkToCaseId: links.chosen } : {}) };
}

// The last outcome and field messages, kept as what to say rather than as words: the language toggle says them again.
let sayOutcome = (): void => {};

function tell(className: string, say: () => string, html = false): void {
  const outcome = document.getElementById("outcome")!;
  sayOutcome = () => {
    outcome.className = className;
    if (html) outcome.innerHTML = say();
    else outcome.textContent = say();
  };
  sayOutcome();
}

async function record(kind: string, full: boolean): Promise<void> {
  form.querySelectorAll(".error").forEach((el) => (el.textContent = ""));
  if (field("callerNumber").value.trim() === "") {
    form.querySelector<HTMLElement>(`[data-error-for="callerNumber"]`)!.textContent = t("numberFirst");
    field("callerNumber").focus();
    return;
  }
  takeUp();
  const buttons = [...form.querySelectorAll<HTMLButtonElement>("button")];
  if (buttons.some((b) => b.disabled)) return;
  buttons.forEach((b) => (b.disabled = true));
  tell("outcome", () => t("sending"));
  const sent = body(kind, full);
  try {
    const result = await postJson<IntakeResult>("/api/interactions", sent, { "Idempotency-Key": call!.key });
    if (result.ok) showRecorded(result.value, sent);
    else {
      // A refused body is not a retry: the corrected one is a new request under a new key.
      if (result.problem.status < 500) call = { ...call!, key: crypto.randomUUID() };
      failed(result.problem);
    }
  } catch {
    tell("outcome failed", () => problemText({ status: 0, title: "network" }));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

function showRecorded(r: IntakeResult, sent: Record<string, unknown>): void {
  const number = String(sent.callerNumber).trim();
  const entry: Entry = {
    interaction: { id: r.interactionId, kind: String(sent.kind), category: (sent.category as string | null) ?? null, summary: (sent.summary as string | null) ?? null, receivedAt: String(sent.receivedAt) },
    caseId: r.caseId, assignedUnitId: r.assignedUnitId,
  };
  recorded.set(number, [entry, ...(recorded.get(number) ?? [])]);
  const unit = text(names.get(r.assignedUnitId!)?.name ?? r.assignedUnitId);
  tell("outcome ok", () => r.caseId && r.linked
    ? `${t(r.linkedAutomatically ? "linkedAutomatically" : "linkedTo")} <b id="linked-case">${text(r.caseId)}</b> (${callersText(r.callers)}) · ${unit}`
    : r.caseId ? `${t("routedTo")}: <b id="routed-unit">${unit}</b> · ${text(r.caseId)}${r.outOfCoverage ? ` · ${t("outOfCoverage")}` : ""}`
    : `${t("recorded")} · ${text(word(entry.interaction.kind))} · ${text(number)}`, true);
  // The next call starts clean; the history stays on the caller just recorded until another number is typed.
  form.reset();
  clearPlaces();
  clearRouting();
  links.clear();
  pop?.done();
  sayOrigin(null);
  showNetwork(null);
  call = null;
  historyFor = "";
  void showHistoryOf(number);
  // The caller's actor has counted this call already (a report's, filed by its case, a moment later).
  void showCaller(number);
  field("callerNumber").focus();
}

function failed(problem: Problem): void {
  tell("outcome failed", () => {
    for (const name of Object.keys(problem.errors ?? {})) {
      const slot = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`) ?? form.querySelector<HTMLElement>(`[data-error-for="form"]`);
      if (slot) slot.textContent = fieldProblems(problem, name);
    }
    // A refused link (another incident, a closed or unknown case) names its field without a list of errors.
    if (typeof problem.field === "string" && !problem.errors) {
      const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(problem.field)}"]`);
      if (slot) slot.textContent = problemText(problem);
    }
    return problemText(problem);
  });
}

async function main(): Promise<void> {
  // The toggle rewrites the labels, and their key hints with them: put back after each.
  applyTexts(() => { showKeys(); sayOutcome(); sayRouting(); sayCaller(); links.say(); pop?.say(); sayOrigin(origin); if (historyFor) sayHistory(); });
  void showSession();
  // Wired first: a submit while the map still loads must not fall through to a plain form post.
  form.addEventListener("submit", (e) => { e.preventDefault(); void record(field("kind").value, true); });
  form.addEventListener("keydown", onKey);
  // Any change of the kind, category, number or a typed coordinate; the map and the place search set them without an event.
  form.addEventListener("input", askLinks);
  form.addEventListener("change", askLinks);
  form.querySelectorAll<HTMLButtonElement>("button[data-kind]").forEach((b) => b.addEventListener("click", () => void record(b.dataset.kind!, false)));
  showKeys();
  names = await units();
  const map = new CoverageMap("map", (lat, lng) => {
    sayOrigin("words");
    field("latitude").value = lat.toFixed(5);
    field("longitude").value = lng.toFixed(5);
    map.mark(lat, lng);
    askLinks();
    void showRouting(routing, names, lat, lng);
  });
  markCandidates = (found, chosen) => {
    const latitude = number("latitude"), longitude = number("longitude");
    map.candidates(found, chosen, (caseId) => links.choose(caseId), latitude !== null && longitude !== null ? [latitude, longitude] : null);
  };
  const routing = document.getElementById("routing")!;
  clearPlaces = wirePlaceSearch(field("place"), document.getElementById("places") as HTMLUListElement, (place) => {
    sayOrigin("words");
    field("latitude").value = place.latitude.toFixed(5);
    field("longitude").value = place.longitude.toFixed(5);
    if (!field("address").value) field("address").value = [place.name, place.within].filter(Boolean).join(", ");
    focusOn(map, place.latitude, place.longitude);
    askLinks();
    void showRouting(routing, names, place.latitude, place.longitude);
  });
  await map.load();
  showNetwork = (at) => map.network(at);
  for (const name of ["latitude", "longitude"]) field(name).addEventListener("input", () => sayOrigin("words"));
  pop = new ScreenPop(document.getElementById("call-card")!, document.getElementById("agent-id") as HTMLInputElement, {
    number: (value) => {
      field("callerNumber").value = value;
      field("callerNumber").dispatchEvent(new Event("input", { bubbles: true }));
    },
    // The caller's words win: a place the taker set is never moved by a position that arrives after it.
    position: (at) => {
      map.network(at);
      if (origin === "words") return;
      field("latitude").value = at.latitude.toFixed(5);
      field("longitude").value = at.longitude.toFixed(5);
      sayOrigin(at.source as LocationOrigin);
      askLinks();
      void showRouting(routing, names, at.latitude, at.longitude);
    },
  });
  await pop.start();
  let timer = 0;
  field("callerNumber").addEventListener("input", () => {
    takeUp();
    forgetCaller(field("callerNumber").value.trim());
    clearTimeout(timer);
    timer = window.setTimeout(() => void showHistory(), 250);
  });
  // The call taker's hands stay on the keys: the number is typed the moment the page is up.
  field("callerNumber").focus();
  document.body.dataset.ready = "1";
}

void main();
