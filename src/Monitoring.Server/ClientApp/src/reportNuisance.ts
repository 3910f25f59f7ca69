// The reports page's second tab: pranks, silent and genuine calls, and the numbers the sanction ladder reached beside them.
import { getResult, problemText, type Problem, type Unit } from "./api";
import { t, word } from "./i18n";
import { downloadCsv, utc } from "./reportCsv";
import { groupName, share } from "./reportModel";
import { toWibInput, wibFull } from "./time";

interface NuisanceRow { group: string; from: string | null; to: string | null; calls: number; counts: Record<string, number>; shares: Record<string, number | null>; reached: Record<string, number> }
interface RungFigures { level: string; numbers: number; genuineCallsAfter: number; nuisanceCallsAfter: number }
interface RepeatCaller { number: string; calls: number; nuisanceCalls: number; counts: Record<string, number>; highest: string }
interface Nuisance {
  from: string; to: string; groupBy: string; unit: string | null; tallies: string[]; levels: string[]; rows: NuisanceRow[]; total: NuisanceRow;
  rungs: RungFigures[]; numbersMasked: boolean; repeatCallers: RepeatCaller[]; previous: NuisanceRow; change: Record<string, number | null>;
}

/** The tallies a manager reads first, genuine last so that it stands beside the levels. */
const shownTallies = ["prank", "silent", "hangUp", "genuine"];
const form = document.getElementById("nuisance-form") as HTMLFormElement;
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
let names = new Map<string, Unit>();
let last: Nuisance | null = null;
let lastProblem: Problem | null = null;

const query = () => new URLSearchParams({ from: utc(input("from").value), to: utc(input("to").value), groupBy: input("groupBy").value }).toString();
const label = (group: string) => (group === "(triage)" ? t("triage") : groupName(names, group));
/** "▼ −37%": the change of a count against the period before; none where it had nothing. */
const changeText = (v: number | null | undefined) => (v == null ? "—" : `${v > 0 ? "▲ +" : v < 0 ? "▼ −" : ""}${Math.round(Math.abs(v) * 100)}%`);

function row(r: NuisanceRow, tallies: string[], levels: string[], total = false): string {
  return `<tr data-group="${r.group}"${total ? ' class="total"' : ""}><td>${total ? `${t("total")} — ` : ""}${label(r.group)}</td><td>${r.calls}</td>
    ${tallies.map((k) => `<td data-tally="${k}">${r.counts[k]} <small>${share(r.shares[k])}</small></td>`).join("")}
    ${levels.map((l) => `<td data-level="${l}">${r.reached[l]}</td>`).join("")}</tr>`;
}

function cards(n: Nuisance): string {
  const tally = (k: string) => `<div class="card" data-tally="${k}"><h3>${word(k)}</h3>
      <div class="now"><b>${n.total.counts[k]}</b> <span class="rating">${share(n.total.shares[k])} ${t("shareOfCalls")}</span></div>
      <div class="compare">${t("previousPeriod")} ${n.previous.counts[k]} · <span class="change">${changeText(n.change[k])}</span></div></div>`;
  const level = (r: RungFigures) => `<div class="card" data-level="${r.level}"><h3>${word(r.level)}</h3>
      <div class="now"><b>${r.numbers}</b> <span class="rating">${t("numbers").toLowerCase()}</span></div>
      <div class="compare">${t("genuineBeside")} <b>${n.total.counts.genuine}</b> · ${t("genuineAfter")} ${r.genuineCallsAfter}
        · ${t("nuisanceAfter")} ${r.nuisanceCallsAfter}</div></div>`;
  return `<div class="cards">${["prank", "silent", "genuine"].map(tally).join("")}${n.rungs.map(level).join("")}</div>`;
}

function repeaters(n: Nuisance): string {
  if (n.repeatCallers.length === 0) return `<p class="empty">${t("noRepeatCallers")}</p>`;
  return `<h2>${t("repeatCallers")}</h2>${n.numbersMasked ? `<p class="nuisance-note">${t("numbersMaskedNote")}</p>` : ""}
    <table class="report repeat-callers"><tr><th>${t("number")}</th><th>${t("calls")}</th><th>${t("nuisanceCalls")}</th>
    ${["prank", "silent", "genuine"].map((k) => `<th>${word(k)}</th>`).join("")}<th>${t("highest")}</th></tr>
    ${n.repeatCallers.map((r) => `<tr><td class="number">${r.number}</td><td>${r.calls}</td><td>${r.nuisanceCalls}</td>
      ${["prank", "silent", "genuine"].map((k) => `<td>${r.counts[k]}</td>`).join("")}<td>${word(r.highest)}</td></tr>`).join("")}</table>`;
}

export function renderNuisance(): void {
  const error = document.getElementById("nuisance-error")!;
  const area = document.getElementById("nuisance")!;
  error.hidden = lastProblem === null;
  error.textContent = lastProblem ? `${t("loadFailed")}: ${problemText(lastProblem)}` : "";
  const n = lastProblem ? null : last;
  if (n === null) { area.innerHTML = ""; return; }
  const tallies = shownTallies.filter((k) => n.tallies.includes(k) && (k !== "hangUp" || n.total.counts[k] > 0));
  const head = `<tr><th>${n.groupBy === "polres" || n.groupBy === "polda" ? t(n.groupBy) : `${t(n.groupBy === "hour" ? "hour" : "day")} (WIB)`}</th><th>${t("calls")}</th>
    ${tallies.map((k) => `<th>${word(k)}</th>`).join("")}${n.levels.map((l) => `<th class="level">${t("numbersReached")}<br>${word(l)}</th>`).join("")}</tr>`;
  area.innerHTML = `<p class="period-shown">${t("periodShown")}: ${wibFull(n.from)} – ${wibFull(n.to)}
      · ${t("previousPeriod")}: ${wibFull(n.previous.from!)} – ${wibFull(n.previous.to!)}</p>
    ${n.total.calls === 0 ? `<p class="empty">${t("noNuisanceInPeriod")}</p>` : ""}
    ${cards(n)}
    <table class="report nuisance-rows">${head}${n.rows.map((r) => row(r, tallies, n.levels)).join("")}${row(n.total, tallies, n.levels, true)}</table>
    ${repeaters(n)}
    <p class="nuisance-note">${t("nuisanceNote")}</p>`;
}

export async function loadNuisance(): Promise<void> {
  const answer = await getResult<Nuisance>(`/api/reports/nuisance?${query()}`);
  // As on the first tab: a refused period clears the old figures.
  [last, lastProblem] = answer.ok ? [answer.value, null] : [null, answer.problem];
  renderNuisance();
  document.body.dataset.nuisanceLoaded = String(Number(document.body.dataset.nuisanceLoaded ?? "0") + 1);
}

export function initNuisance(units: Map<string, Unit>, from: Date, to: Date): void {
  names = units;
  input("from").value = toWibInput(from);
  input("to").value = toWibInput(to);
  form.addEventListener("submit", (e) => { e.preventDefault(); void loadNuisance(); });
  document.getElementById("nuisance-csv")!.addEventListener("click", () => void downloadCsv(`/api/reports/nuisance?${query()}`,
    `nuisance-${input("groupBy").value}.csv`, (problem) => { [last, lastProblem] = [null, problem]; renderNuisance(); }));
}
