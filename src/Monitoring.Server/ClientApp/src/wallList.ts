import type { CaseSummary } from "./api";
import { callersText, stateText, t, word } from "./i18n";
import { remaining, wib } from "./time";

/** What fits 1920×1080 at a size read from 4 m; the rest is counted, never silently left out. */
const TopRows = 10;
const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** "11:20" since the case opened: how long the public has been waiting. */
const waited = (openedAt: string, now: number) => t("waiting").replace("{t}", remaining(openedAt, now).text.replace(/^-/, ""));

/** The wall's list of open cases, most urgent first, with the counters above it. */
export class WallList {
  constructor(private readonly body: HTMLElement, private readonly unitName: (id: string) => string) {}

  /** Shows the ranked cases; the counters count every case shown, the ones beyond the top rows too. */
  render(ranked: CaseSummary[]): void {
    const now = Date.now();
    const rows = ranked.slice(0, TopRows).map((c) => {
      const left = remaining(c.deadline, now);
      const badge = (c.escalationLevel > 0 ? `<span class="badge">${t("escalated")} ▲${c.escalationLevel}</span> ` : "")
        + (c.callerCount > 1 ? `<span class="badge callers">${callersText(c.callerCount)}</span> ` : "");
      return `<tr data-case="${c.caseId}" class="${c.priority}${c.escalationLevel > 0 ? " escalated" : ""}" tabindex="0">
      <td class="prio">${c.priority}</td>
      <td class="left"><div class="countdown${left.overdue ? " overdue" : ""}" data-deadline="${c.deadline ?? ""}">${left.text}</div>
          <div class="age" data-opened="${c.openedAt}">${waited(c.openedAt, now)}</div></td>
      <td class="case"><div class="what">${badge}${word(c.category)} · ${text(c.summary)}</div>
          <div class="where"><b>${text(this.unitName(c.responsibleUnitId))}</b> · ${c.caseId}${c.outOfCoverage ? ` · ${t("outOfCoverage")}` : ""}${c.callerNumber ? ` · ${text(c.callerNumber)}` : ""}</div></td>
      <td class="state">${stateText(c.state)}</td>
      <td class="opened">${wib(c.openedAt)}</td>
    </tr>`;
    });
    const hidden = ranked.length - rows.length;
    const more = hidden > 0 ? `<tr class="more"><td colspan="5" id="cases-more">${t("moreCases").replace("{n}", String(hidden))}</td></tr>` : "";
    this.body.innerHTML = rows.join("") + more || `<tr><td colspan="5" class="empty">${t("noCases")}</td></tr>`;
    document.getElementById("count-open")!.textContent = String(ranked.length);
    document.getElementById("count-unacknowledged")!.textContent = String(ranked.filter((c) => c.state === "open").length);
    document.getElementById("count-escalated")!.textContent = String(ranked.filter((c) => c.escalationLevel > 0).length);
  }

  /** The countdowns and the waits tick every second without re-rendering the list. */
  tick(now: number): void {
    this.body.querySelectorAll<HTMLElement>(".countdown").forEach((cell) => {
      const left = remaining(cell.dataset.deadline || null, now);
      cell.textContent = left.text;
      cell.classList.toggle("overdue", left.overdue);
    });
    this.body.querySelectorAll<HTMLElement>(".age").forEach((cell) => (cell.textContent = waited(cell.dataset.opened!, now)));
  }
}
