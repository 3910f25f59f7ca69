import { getJson, type CaseView } from "./api";
import { callersText, stateText, t, word } from "./i18n";
import { wibFull } from "./time";
import { timelineItem } from "./unitDetail";

/**
 * One case opened from its row or marker, over the list so that the map beside it shows where: summary, place,
 * responsible unit and timeline. Esc or the close button returns to the list; the wall takes no actions here.
 */
export class CasePanel {
  private caseId: string | null = null;

  constructor(private readonly root: HTMLElement, private readonly unitName: (id: string | null) => string,
    private readonly located: (c: CaseView | null) => void) {
    root.addEventListener("click", (e) => { if ((e.target as HTMLElement).closest("[data-close]")) this.close(); });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && this.caseId) this.close(); });
  }

  get shown(): string | null {
    return this.caseId;
  }

  async open(caseId: string): Promise<void> {
    this.caseId = caseId;
    let c: CaseView;
    try {
      c = await getJson<CaseView>(`/api/cases/${encodeURIComponent(caseId)}`);
    } catch {
      if (this.caseId === caseId) this.fill(null);
      return;
    }
    if (this.caseId !== caseId) return;
    this.fill(c);
    this.located(c);
  }

  /** The shown case again after a change of it (a step, an escalation). */
  refresh(): void {
    if (this.caseId) void this.open(this.caseId);
  }

  close(): void {
    this.caseId = null;
    this.root.hidden = true;
    this.located(null);
    document.querySelector<HTMLElement>("#cases tr[data-case]")?.focus({ preventScroll: true });
  }

  private fill(c: CaseView | null): void {
    const el = (tag: string, className: string, text: string) => Object.assign(document.createElement(tag), { className, textContent: text });
    const close = Object.assign(el("button", "close", t("closePanel")), { type: "button" });
    close.dataset.close = "1";
    if (!c) {
      this.root.replaceChildren(close, el("p", "error", t("caseUnavailable")));
      this.root.hidden = false;
      return;
    }
    const where = `${c.location.address ?? ""} (${c.location.latitude.toFixed(5)}, ${c.location.longitude.toFixed(5)})`;
    const responsible = el("p", "responsible", `${t("responsibleUnit")}: `);
    responsible.append(el("b", "", this.unitName(c.responsibleUnitId)),
      c.responsibleUnitId !== c.assignedUnitId ? ` · ${t("assigned")}: ${this.unitName(c.assignedUnitId)}` : "");
    const timeline = el("ol", "timeline", "");
    timeline.replaceChildren(...c.timeline.map((e) => timelineItem(e, this.unitName)));
    this.root.dataset.case = c.caseId;
    this.root.classList.toggle("escalated", c.escalationLevel > 0);
    this.root.replaceChildren(close,
      el("h2", `title ${c.priority}`, `${c.priority} · ${word(c.category)} · ${c.caseId}`),
      el("p", "state-line", `${stateText(c.state)} · ${t("level")} ${c.escalationLevel} · ${t("colOpened")} ${wibFull(c.openedAt)}`),
      responsible, el("p", "summary", c.summary), el("p", "place", `${where}${c.outOfCoverage ? ` · ${t("outOfCoverage")}` : ""}`),
      el("p", "caller", `${t("callerNumber")}: ${c.callerNumber}${c.callers > 1 ? ` · ${callersText(c.callers)}` : ""}`),
      el("h3", "", t("timeline")), timeline);
    this.root.hidden = false;
    close.focus({ preventScroll: true });
  }
}
