import { postJson, problemText, type AlertView, type CaseChanged, type CaseSummary } from "./api";
import { play, type Tone } from "./alarm";
import { t, word } from "./i18n";
import { wib } from "./time";
import { SurgeBoard, surgeText } from "./wallSurges";

const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
const BannerFor = 12000;

/**
 * The wall's alarms: a banner over the page (never moving the list) for the newest one, and a list that keeps every
 * case whose escalation alarms nobody has acknowledged, one entry per case with their count, under the surges standing
 * now. The list is the cases' own count and the center's alerts, so a reload rebuilds it.
 */
export class WallAlarms {
  private readonly problems = new Map<string, string>();
  private readonly list = document.getElementById("alarm-list")!;
  private readonly banner = document.getElementById("alarm")!;
  private shown: CaseSummary[] = [];
  readonly surges: SurgeBoard;

  /** canAcknowledge: the signed-in role may act (the server decides; the page only leaves out a button that would be refused).
   * within: the units whose surges the wall shows. */
  constructor(private readonly unitName: (id: string) => string, private readonly canAcknowledge: boolean,
    within?: (unitId: string) => boolean) {
    this.surges = new SurgeBoard(within);
    this.list.addEventListener("click", (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-ack]");
      if (button) void this.acknowledge(button.dataset.ack!, Number(button.dataset.alarm), button);
    });
  }

  /** A new P1 case and an escalation each sound their own tone and take the banner. */
  changes(news: CaseChanged[]): void {
    for (const { change, case: c } of news) {
      if (change === "escalated") this.raise("escalation", c);
      else if (change === "opened" && c.priority === "P1") this.raise("newP1", c);
    }
  }

  render(cases: CaseSummary[]): void {
    this.shown = cases;
    const open = cases.filter((c) => c.unacknowledgedAlarms > 0)
      .sort((a, b) => b.escalationLevel - a.escalationLevel || a.openedAt.localeCompare(b.openedAt));
    this.list.hidden = open.length === 0 && this.surges.all.length === 0;
    document.getElementById("surges")!.innerHTML = this.surges.render();
    // A surge is no alarm to acknowledge: it stands above the heading, which is shown only over alarms.
    document.getElementById("alarm-heading")!.hidden = open.length === 0;
    const count = document.getElementById("alarm-count")!;
    count.textContent = String(open.reduce((n, c) => n + c.unacknowledgedAlarms, 0));
    count.hidden = open.length === 0;
    document.getElementById("alarms")!.innerHTML = open.map((c) => `<li class="alarm-entry" data-alarm-case="${c.caseId}">
      <b class="count">×${c.unacknowledgedAlarms}</b>
      <div class="what"><span class="badge">▲${c.escalationLevel}</span> ${this.describe(c)}</div>
      <div class="since">${c.caseId} · ${t("lastAlarm")} ${wib(c.updatedAt)}${this.problems.has(c.caseId) ? ` · <span class="problem">${text(this.problems.get(c.caseId)!)}</span>` : ""}</div>
      ${this.canAcknowledge ? `<button data-ack="${c.caseId}" data-alarm="${c.alarms}">${t("acknowledgeAlarm")}</button>` : ""}
    </li>`).join("");
  }

  /** Category, place and the unit that must act. */
  private describe(c: CaseSummary): string {
    // Without an address the Polsek whose area it is says more to the room than coordinates, unless it is the unit named anyway.
    const place = c.location.address || (c.assignedUnitId !== c.responsibleUnitId ? this.unitName(c.assignedUnitId)
      : `${c.location.latitude.toFixed(4)}, ${c.location.longitude.toFixed(4)}`);
    return `${text(word(c.category))} · ${text(place)} · <b>${text(this.unitName(c.responsibleUnitId))}</b>`;
  }

  /** A surge new to this wall sounds its own tone and takes the banner; one that ended leaves the list. */
  surge(a: AlertView): void {
    if (this.surges.apply(a)) this.announce("surge", `<b>${t("surge")}</b> · ${surgeText(a)}`);
    this.render(this.shown);
  }

  private raise(tone: "newP1" | "escalation", c: CaseSummary): void {
    const title = tone === "escalation" ? `${t("escalationAlarm")} ▲${c.escalationLevel}` : t("newP1Case");
    this.announce(tone, `<b>${title}</b> · ${this.describe(c)} · ${c.caseId}`);
  }

  private announce(tone: Tone, html: string): void {
    // A surge's reports are mostly P1 cases opening one after another: each would take the banner from the surge they make up
    // at once, so while the surge's banner shows, a new P1 only sounds (it is on the list and the map).
    if (tone === "newP1" && this.banner.classList.contains("visible") && this.banner.classList.contains("surge")) {
      play(tone);
      return;
    }
    this.banner.innerHTML = html;
    this.banner.className = `alarm visible ${tone === "newP1" ? "new" : tone === "surge" ? "escalation surge" : "escalation"}`;
    const shownAt = (this.banner.dataset.at = String(Date.now()));
    play(tone);
    setTimeout(() => {
      if (this.banner.dataset.at === shownAt) this.banner.className = "alarm";
    }, BannerFor);
  }

  private async acknowledge(caseId: string, alarm: number, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    const answer = await postJson(`/api/cases/${encodeURIComponent(caseId)}/alarms/acknowledge`, { alarm });
    if (answer.ok) this.problems.delete(caseId);
    else this.problems.set(caseId, problemText(answer.problem));
    button.disabled = false;
    // The feed brings the acknowledged case; a refusal is shown on its entry.
    if (!answer.ok) this.render(this.shown);
  }
}
