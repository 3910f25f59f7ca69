// The report's charts: per milestone the percentiles of each group with the targets as lines, and the trend of the
// share within target per shift or day with the green and amber thresholds as lines.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import { t, word } from "./i18n";
import { Answered, type Report } from "./reportModel";
import { wibFull } from "./time";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const axes = { x: { ticks: { color: "#9fb0c3" } }, y: { ticks: { color: "#9fb0c3" }, beginAtZero: true } };
const options = { animation: false as const, responsive: true, plugins: { legend: { labels: { color: "#f2f5f8" } } }, scales: axes };
const milestoneColours = ["#64d2ff", "#bf5af2", "#ff9f0a", "#30d158", "#ffd60a"];

/** A flat line across the chart, for a target or a threshold. */
const flat = (label: string, value: number, count: number, colour: string) => ({
  type: "line" as const, label, data: Array<number>(count).fill(value), borderColor: colour, backgroundColor: colour,
  borderDash: [6, 4], borderWidth: 2, pointRadius: 0,
});

/** One line per distinct target: a single "target" where every priority shares it, "target P1"… otherwise. */
function targetLines(report: Report, milestone: string, count: number) {
  const byValue = new Map<number, string[]>();
  for (const [priority, s] of Object.entries(report.targets[milestone] ?? {})) byValue.set(s, [...(byValue.get(s) ?? []), priority]);
  const all = byValue.size === 1;
  return [...byValue].map(([s, priorities], i) =>
    flat(all ? t("targetLine") : `${t("targetLine")} ${priorities.join("/")}`, s, count, ["#ffffff", "#ff6b6b", "#c7c7cc"][i % 3]));
}

/** Up to the tallest bar or the lowest target, whichever is higher: a far longer target (P3's hours) beside bars of
 * seconds would flatten them, so the lines above the top are left out of view. */
function scaleTop(report: Report, milestone: string): number {
  const bars = report.rows.flatMap((r) => [r.milestones[milestone].p95 ?? 0]);
  const lowestTarget = Math.min(...Object.values(report.targets[milestone] ?? { none: 0 }));
  return Math.ceil(Math.max(lowestTarget, ...bars) * 1.15);
}

export function drawCharts(report: Report, area: HTMLElement, label: (group: string) => string): Chart[] {
  const withRows = report.rows.length > 0;
  area.innerHTML = (report.trend.length > 0
    ? `<figure class="trend"><figcaption>${t(report.trendStep === "shift" ? "trendByShift" : "trendByDay")} (%)</figcaption><div class="trend-area"><canvas id="chart-trend"></canvas></div></figure>` : "")
    + (withRows ? report.milestones.map((m) => `<figure><figcaption>${word(m)} (${t("seconds")})</figcaption><canvas id="chart-${m}"></canvas></figure>`).join("") : "");
  const charts: Chart[] = [];
  if (report.trend.length > 0) charts.push(trendChart(report));
  if (!withRows) return charts;
  for (const m of report.milestones) {
    const labels = report.rows.map((r) => label(r.group));
    charts.push(new Chart(document.getElementById(`chart-${m}`) as HTMLCanvasElement, {
      type: "bar",
      data: {
        labels,
        datasets: [
          ...(["p50", "p90", "p95"] as const).map((p, i) => ({
            type: "bar" as const, label: p, data: report.rows.map((r) => r.milestones[m][p]), backgroundColor: ["#64d2ff", "#ff9f0a", "#ff3b30"][i],
          })),
          ...targetLines(report, m, labels.length),
        ],
      },
      options: { ...options, scales: { ...axes, y: { ...axes.y, max: scaleTop(report, m) } } },
    }));
  }
  return charts;
}

function trendChart(report: Report): Chart {
  const n = report.trend.length;
  return new Chart(document.getElementById("chart-trend") as HTMLCanvasElement, {
    type: "line",
    data: {
      labels: report.trend.map((p) => wibFull(p.from)),
      datasets: [
        ...report.milestones.map((m, i) => ({
          type: "line" as const, label: m === Answered ? t("answeredAllCalls") : word(m), borderColor: milestoneColours[i], backgroundColor: milestoneColours[i],
          data: report.trend.map((p) => (p.shareWithinTarget[m] === null ? null : Math.round(p.shareWithinTarget[m]! * 100))), spanGaps: true,
        })),
        flat(`${t("greenLine")} ${Math.round(report.thresholds.green * 100)}%`, report.thresholds.green * 100, n, "#30d158"),
        flat(`${t("amberLine")} ${Math.round(report.thresholds.amber * 100)}%`, report.thresholds.amber * 100, n, "#ff9f0a"),
      ],
    },
    options: { ...options, maintainAspectRatio: false, scales: { ...axes, y: { ...axes.y, max: 100 } } },
  });
}
