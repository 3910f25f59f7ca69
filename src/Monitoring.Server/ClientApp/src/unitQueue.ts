import type { CaseSummary } from "./api";
import { stateText, t, word } from "./i18n";
import { remaining } from "./time";

/** How a case reaches this unit's queue: assigned to it, escalated to it, or from a unit below it that still holds it. */
export function relationOf(c: CaseSummary, unitId: string): "assigned" | "escalatedTo" | "below" {
  if (c.assignedUnitId === unitId) return "assigned";
  const rung = c.unitChain.indexOf(unitId);
  return rung > 0 && rung <= c.escalationLevel ? "escalatedTo" : "below";
}

/**
 * The queue as keyed rows updated in place: a row is made once per case and only its texts change, so a click on it is
 * never lost to a rebuild and the order moves only when the ranking does.
 */
export class QueueView {
  private readonly rows = new Map<string, HTMLLIElement>();
  private readonly empty = Object.assign(document.createElement("li"), { className: "empty" });

  constructor(private readonly list: HTMLElement, private readonly unitId: string, private readonly unitName: (id: string) => string) {}

  render(cases: CaseSummary[], selected: string | null, now: number): void {
    const keep = new Set(cases.map((c) => c.caseId));
    for (const [id, row] of this.rows) if (!keep.has(id)) { row.remove(); this.rows.delete(id); }
    const wanted = cases.map((c) => this.row(c, selected, now));
    this.empty.textContent = t("noCases");
    if (wanted.length === 0) wanted.push(this.empty);
    else this.empty.remove();
    const current = [...this.list.children];
    if (current.length !== wanted.length || current.some((el, i) => el !== wanted[i])) this.list.replaceChildren(...wanted);
  }

  private row(c: CaseSummary, selected: string | null, now: number): HTMLLIElement {
    let row = this.rows.get(c.caseId);
    if (!row) {
      row = document.createElement("li");
      row.dataset.case = c.caseId;
      row.innerHTML = `<span class="prio"></span> <b class="category"></b> · <span class="summary"></span>
        <div class="meta"><span class="state"></span> · <span class="relation"></span> · <span class="deadline-label"></span>
        <span class="left"></span> · <span class="case-id"></span></div>`;
      this.rows.set(c.caseId, row);
    }
    const relation = relationOf(c, this.unitId);
    row.className = [c.priority, c.caseId === selected ? "selected" : "", c.escalationLevel > 0 ? "escalated" : "",
      relation === "escalatedTo" ? "escalated-here" : ""].filter(Boolean).join(" ");
    const left = remaining(c.deadline, now);
    const set = (selector: string, value: string) => {
      const el = row!.querySelector<HTMLElement>(selector)!;
      if (el.textContent !== value) el.textContent = value;
    };
    set(".prio", c.priority);
    set(".category", word(c.category));
    set(".summary", c.summary);
    set(".state", stateText(c.state));
    set(".relation", relation === "below" ? `${t("viaUnit")} ${this.unitName(c.assignedUnitId)}` : t(relation));
    set(".deadline-label", t("deadline"));
    set(".left", left.text);
    row.querySelector(".left")!.className = "left" + (left.overdue ? " overdue" : "");
    set(".case-id", c.caseId);
    return row;
  }
}
