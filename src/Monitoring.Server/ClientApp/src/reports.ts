import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { getJson, units, type Unit } from "./api";
import { applyTexts, t, word, type TextKey } from "./i18n";
import { showSession } from "./session";
import { fromWibInput, toWibInput } from "./time";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Figures { reached: number; pending: number; p50: number | null; p90: number | null; p95: number | null; shareWithinTarget: number | null }
interface Row { group: string; cases: number; escalations: number; escalatedTo: Record<string, number>; alarms: number; cancelled: Record<string, number>; milestones: Record<string, Figures> }
interface Report { from: string; to: string; groupBy: string; milestones: string[]; rows: Row[] }

const form = document.getElementById("report-form") as HTMLFormElement;
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const charts: Chart[] = [];
let names = new Map<string, Unit>();
let last: Report | null = null;

const reasons: Record<string, TextKey> = { prank: "reasonPrank", duplicate: "reasonDuplicate", withdrawn: "reasonWithdrawn" };
const seconds = (v: number | null) => (v === null ? "—" : v < 120 ? `${Math.round(v)} s` : `${(v / 60).toFixed(1)} min`);
const share = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const label = (group: string) => names.get(group)?.name ?? word(group);

function query(): string {
  return new URLSearchParams({ from: fromWibInput(input("from").value), to: fromWibInput(input("to").value), groupBy: input("groupBy").value }).toString();
}

function render(report: Report): void {
  const head = `<tr><th>${t(report.groupBy === "unit" ? "unit" : report.groupBy === "polres" ? "polres" : report.groupBy === "category" ? "category" : "priority")}</th>
    <th>${t("cases")}</th><th>${t("escalations")}<br><small>Polres / Polda / Mabes</small></th><th>${t("alarms")}</th><th>${t("cancellations")}</th>
    ${report.milestones.map((m) => `<th colspan="2">${word(m)}<br><small>p50 / p90 / p95 · ${t("withinTarget")}</small></th>`).join("")}</tr>`;
  const body = report.rows.map((r) => `<tr data-group="${r.group}"><td>${label(r.group)}</td><td>${r.cases}</td>
    <td>${r.escalations} <small>(${r.escalatedTo.polres} / ${r.escalatedTo.polda} / ${r.escalatedTo.mabes})</small></td><td>${r.alarms}</td>
    <td>${Object.entries(r.cancelled).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${t(reasons[k] ?? "cancel")}`).join(", ") || "—"}</td>
    ${report.milestones.map((m) => {
      const f = r.milestones[m];
      return `<td>${seconds(f.p50)} / ${seconds(f.p90)} / ${seconds(f.p95)}</td><td class="share">${share(f.shareWithinTarget)}</td>`;
    }).join("")}</tr>`).join("");
  document.getElementById("report")!.innerHTML = report.rows.length ? head + body : `<tr><td class="empty">${t("noData")}</td></tr>`;

  charts.splice(0).forEach((c) => c.destroy());
  const area = document.getElementById("charts")!;
  area.innerHTML = report.milestones.map((m) => `<figure><figcaption>${word(m)} (${t("seconds")})</figcaption><canvas id="chart-${m}"></canvas></figure>`).join("");
  for (const m of report.milestones) {
    charts.push(new Chart(document.getElementById(`chart-${m}`) as HTMLCanvasElement, {
      type: "bar",
      data: {
        labels: report.rows.map((r) => label(r.group)),
        datasets: (["p50", "p90", "p95"] as const).map((p, i) => ({
          label: p, data: report.rows.map((r) => r.milestones[m][p]), backgroundColor: ["#64d2ff", "#ff9f0a", "#ff3b30"][i],
        })),
      },
      options: { animation: false, responsive: true, plugins: { legend: { labels: { color: "#f2f5f8" } } },
        scales: { x: { ticks: { color: "#9fb0c3" } }, y: { ticks: { color: "#9fb0c3" }, beginAtZero: true } } },
    }));
  }
}

async function load(): Promise<void> {
  last = await getJson<Report>(`/api/reports/response-times?${query()}`);
  render(last);
}

async function downloadCsv(): Promise<void> {
  const response = await fetch(`/api/reports/response-times?${query()}`, { headers: { Accept: "text/csv" } });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = `response-times-${input("groupBy").value}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

async function main(): Promise<void> {
  applyTexts(() => { if (last) render(last); });
  void showSession();
  names = await units();
  const now = new Date();
  input("to").value = toWibInput(new Date(now.getTime() + 60_000));
  input("from").value = toWibInput(new Date(now.getTime() - 24 * 3600_000));
  form.addEventListener("submit", (e) => { e.preventDefault(); void load(); });
  document.getElementById("csv")!.addEventListener("click", () => void downloadCsv());
  await load();
  document.body.dataset.ready = "1";
}

void main();
