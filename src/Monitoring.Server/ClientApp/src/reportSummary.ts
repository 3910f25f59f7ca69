// The report's head: each milestone's share within target against its target, then and now, and what the calls were.
import { t, word, type TextKey } from "./i18n";
import { Answered, change, rating, share, shareOf, targetText, type Report } from "./reportModel";
import { wibFull } from "./time";

const ratingText: Record<string, TextKey> = { green: "ratingGreen", amber: "ratingAmber", red: "ratingRed" };

function card(report: Report, milestone: string): string {
  const now = shareOf(report, milestone), then = shareOf(report.previous, milestone);
  const rag = rating(report, now);
  const delta = change(now, then);
  return `<div class="card${rag ? " rag-" + rag : ""}" data-milestone="${milestone}">
    <h3>${milestone === Answered ? t("answeredAllCalls") : word(milestone)}</h3>
    <div class="now"><b class="share">${share(now)}</b> ${rag ? `<span class="rating">${t(ratingText[rag])}</span>` : ""}</div>
    <div class="target">${t("target")} ${targetText(report, milestone)}</div>
    <div class="compare">${t("previousPeriod")} <span class="then">${share(then)}</span>
      · <span class="change${delta.direction ? " " + delta.direction : ""}">${delta.text}</span></div>
  </div>`;
}

export function summary(report: Report): string {
  const calls = report.calls;
  const kinds = Object.entries(calls.byKind).filter(([, n]) => n > 0).map(([k, n]) => `${word(k).toLowerCase()} ${n}`).join(", ");
  const levels = Object.entries(report.total.escalatedTo).map(([level, n]) => `${word(level)} ${n}`).join(" · ");
  return `<p class="period-shown">${t("periodShown")}: ${wibFull(report.from)} – ${wibFull(report.to)}
      · ${t("previousPeriod")}: ${wibFull(report.previous.from)} – ${wibFull(report.previous.to)}</p>
    <div class="cards">${report.milestones.map((m) => card(report, m)).join("")}</div>
    <p class="calls"><b>${calls.calls}</b> ${t("callsLine")}${kinds ? ` (${kinds})` : ""}
      · <b>${report.total.cases}</b> ${t("cases").toLowerCase()}${calls.linked > 0 ? ` (${calls.linked} ${t("linkedCalls")})` : ""}
      · ${t("escalatedLevels")} ${levels} · ${t("alarms")} ${report.total.alarms}</p>`;
}
