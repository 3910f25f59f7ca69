import type { Chart } from "chart.js";
import { getResult, problemText, units, type Problem, type Unit } from "./api";
import { applyTexts, t, word, type TextKey } from "./i18n";
import { drawCharts } from "./reportCharts";
import { downloadCsv, utc } from "./reportCsv";
import { groupName, rating, seconds, share, targetText, type Report, type Row } from "./reportModel";
import { initNuisance, loadNuisance, renderNuisance } from "./reportNuisance";
import { summary } from "./reportSummary";
import { showSession } from "./session";
import { toWibInput } from "./time";

const form = document.getElementById("report-form") as HTMLFormElement;
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const error = document.getElementById("report-error")!;
let charts: Chart[] = [];
let names = new Map<string, Unit>();
let last: Report | null = null;
let lastProblem: Problem | null = null;

const reasons: Record<string, TextKey> = { prank: "reasonPrank", duplicate: "reasonDuplicate", withdrawn: "reasonWithdrawn" };
const groupHeads: Record<string, TextKey> = { unit: "unit", polres: "polres", polda: "polda", category: "category", priority: "priority" };
const label = (group: string) => groupName(names, group);

function query(): string {
  return new URLSearchParams({ from: utc(input("from").value), to: utc(input("to").value), groupBy: input("groupBy").value }).toString();
}

function row(report: Report, r: Row, total = false): string {
  return `<tr data-group="${r.group}"${total ? ' class="total"' : ""}><td>${total ? `${t("total")} — ` : ""}${label(r.group)}</td><td>${r.cases}</td>
    <td>${r.escalations} <small>(${r.escalatedTo.polres} / ${r.escalatedTo.polda} / ${r.escalatedTo.mabes})</small></td><td>${r.alarms}</td>
    <td>${Object.entries(r.cancelled).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${t(reasons[k] ?? "cancel")}`).join(", ") || "—"}</td>
    ${report.milestones.map((m) => {
      const f = r.milestones[m], rag = rating(report, f.shareWithinTarget);
      return `<td>${seconds(f.p50)} / ${seconds(f.p90)} / ${seconds(f.p95)}</td><td class="share${rag ? " rag-" + rag : ""}">${share(f.shareWithinTarget)}</td>`;
    }).join("")}</tr>`;
}

function table(report: Report): string {
  const head = `<tr><th>${t(groupHeads[report.groupBy] ?? "unit")}</th>
    <th>${t("cases")}</th><th>${t("escalations")}<br><small>Polres / Polda / Mabes</small></th><th>${t("alarms")}</th><th>${t("cancellations")}</th>
    ${report.milestones.map((m) => `<th colspan="2">${word(m)}<br><small>p50 / p90 / p95 · ${t("withinTarget")}</small>
      <br><small class="target">${t("target")} ${targetText(report, m)}</small></th>`).join("")}</tr>`;
  return report.rows.length
    ? head + report.rows.map((r) => row(report, r)).join("") + row(report, report.total, true)
    : `<tr><td class="empty">${t("noCasesInPeriod")}</td></tr>`;
}

function render(): void {
  charts.splice(0).forEach((c) => c.destroy());
  const [summaryArea, tableArea, chartArea, empty] = ["summary", "report", "charts", "empty-period"].map((id) => document.getElementById(id)!);
  error.hidden = lastProblem === null;
  error.textContent = lastProblem ? `${t("loadFailed")}: ${problemText(lastProblem)}` : "";
  const report = lastProblem ? null : last;
  const nothing = report !== null && report.calls.calls === 0 && report.total.cases === 0;
  empty.hidden = !nothing;
  empty.textContent = nothing ? t("emptyPeriod") : "";
  const shown = report !== null && !nothing;
  summaryArea.innerHTML = shown ? summary(report) : "";
  tableArea.innerHTML = shown ? table(report) : "";
  chartArea.innerHTML = "";
  if (shown) charts = drawCharts(report, chartArea, label);
}

async function load(): Promise<void> {
  const answer = await getResult<Report>(`/api/reports/response-times?${query()}`);
  // A refused period clears the last result: a manager must never read the old figures under the new dates.
  [last, lastProblem] = answer.ok ? [answer.value, null] : [null, answer.problem];
  render();
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded ?? "0") + 1);
}

/** The tab in the address (#nuisance), so that a link opens the one meant; the nuisance report loads when first shown. */
function showTab(): void {
  const nuisance = location.hash === "#nuisance";
  document.getElementById("tab-response-times")!.hidden = nuisance;
  document.getElementById("tab-nuisance")!.hidden = !nuisance;
  document.querySelectorAll<HTMLAnchorElement>(".tabs a").forEach((a) => a.setAttribute("aria-selected", String(a.hash === (nuisance ? "#nuisance" : "#response-times"))));
  if (nuisance && !document.body.dataset.nuisanceLoaded) void loadNuisance();
}

async function main(): Promise<void> {
  applyTexts(() => { render(); renderNuisance(); });
  void showSession();
  names = await units();
  const now = new Date();
  const [from, to] = [new Date(now.getTime() - 24 * 3600_000), new Date(now.getTime() + 60_000)];
  input("to").value = toWibInput(to);
  input("from").value = toWibInput(from);
  initNuisance(names, from, to);
  window.addEventListener("hashchange", showTab);
  showTab();
  form.addEventListener("submit", (e) => { e.preventDefault(); void load(); });
  document.getElementById("csv")!.addEventListener("click", () => void downloadCsv(`/api/reports/response-times?${query()}`,
    `response-times-${input("groupBy").value}.csv`, (problem) => { [last, lastProblem] = [null, problem]; render(); }));
  await load();
  document.body.dataset.ready = "1";
}

void main();
