// The response-time report as the API gives it, and how its numbers read on the page.
import type { Unit } from "./api";
import { t, word } from "./i18n";

/** A row's group by name: a unit, "national", the Polda a center of several serves ("a,b"), or a domain word. */
export const groupName = (names: Map<string, Unit>, group: string): string =>
  group.split(",").map((g) => names.get(g)?.name ?? word(g)).join(" + ");

export interface Figures { reached: number; pending: number; p50: number | null; p90: number | null; p95: number | null; shareWithinTarget: number | null }
export interface Row { group: string; cases: number; escalations: number; escalatedTo: Record<string, number>; alarms: number; cancelled: Record<string, number>; milestones: Record<string, Figures> }
export interface Calls { calls: number; byKind: Record<string, number>; answered: Figures; linked: number }
export interface TrendPoint { from: string; to: string; calls: number; cases: number; shareWithinTarget: Record<string, number | null> }
export interface Period { from: string; to: string; total: Row; calls: Calls }
export interface Report extends Period {
  groupBy: string; milestones: string[]; rows: Row[]; targets: Record<string, Record<string, number>>;
  thresholds: { green: number; amber: number }; trend: TrendPoint[]; trendStep: "shift" | "day"; previous: Period;
}

export const Answered = "answered";

export const seconds = (v: number | null): string => (v === null ? "—" : v < 120 ? `${Math.round(v)} s` : `${(v / 60).toFixed(1)} min`);
export const share = (v: number | null): string => (v === null ? "—" : `${Math.round(v * 100)}%`);

/** A target as people say it: 10 s, 10 min, 4 jam. */
const duration = (s: number): string =>
  (s >= 7200 && s % 3600 === 0 ? `${s / 3600} ${t("hours")}` : s >= 60 && s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/** "≤ 10 s" when every priority has the same target, else each priority's. */
export function targetText(report: Report, milestone: string): string {
  const byPriority = Object.entries(report.targets[milestone] ?? {});
  const values = new Set(byPriority.map(([, s]) => s));
  return values.size === 1 ? `≤ ${duration(byPriority[0][1])}` : byPriority.map(([p, s]) => `${p} ${duration(s)}`).join(" · ");
}

/** Green, amber or red by the report's thresholds; none where nothing was measured. */
export function rating(report: Report, value: number | null): "green" | "amber" | "red" | null {
  if (value === null) return null;
  return value >= report.thresholds.green ? "green" : value >= report.thresholds.amber ? "amber" : "red";
}

/** The answer share is over every call, the others over the cases. */
export const shareOf = (period: Period, milestone: string): number | null =>
  milestone === Answered ? period.calls.answered.shareWithinTarget : period.total.milestones[milestone]?.shareWithinTarget ?? null;

/** "▲ +5 poin": the change in percentage points from then to now, up is better. */
export function change(now: number | null, then: number | null): { text: string; direction: "up" | "down" | "same" | null } {
  if (now === null || then === null) return { text: "—", direction: null };
  const points = Math.round((now - then) * 100);
  const direction = points > 0 ? "up" : points < 0 ? "down" : "same";
  const arrow = { up: "▲", down: "▼", same: "=" }[direction];
  return { text: `${arrow} ${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points)} ${t("points")}`, direction };
}
