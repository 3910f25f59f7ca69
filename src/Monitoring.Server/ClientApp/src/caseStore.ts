import type { CaseChanged, CaseSummary } from "./api";

/** The open cases a page shows, merged from the snapshot and the live changes; an older version never wins. */
export class CaseStore {
  private readonly cases = new Map<string, CaseSummary>();

  /**
   * Takes a fresh snapshot, then the changes that arrived while it was asked for: the server may send them before the
   * snapshot's answer, and the snapshot may predate them.
   */
  replace(snapshot: CaseSummary[], since: CaseChanged[] = []): void {
    const previous = new Map(this.cases);
    this.cases.clear();
    for (const c of snapshot) {
      const held = previous.get(c.caseId);
      this.cases.set(c.caseId, held && held.version > c.version ? held : c);
    }
    this.apply(since);
  }

  /** Applies a batch; returns the changes that were news (newer than what was held). A case no longer kept (a handover took
   * it off this page's unit) leaves, as a final one does. */
  apply(batch: CaseChanged[], kept: (c: CaseSummary) => boolean = () => true): CaseChanged[] {
    const news: CaseChanged[] = [];
    for (const change of batch) {
      const held = this.cases.get(change.case.caseId);
      if (held && held.version >= change.case.version) continue;
      news.push(change);
      if (change.case.isFinal || !kept(change.case)) this.cases.delete(change.case.caseId);
      else this.cases.set(change.case.caseId, change.case);
    }
    return news;
  }

  get all(): CaseSummary[] {
    return [...this.cases.values()];
  }

  /**
   * Most urgent first, as the Domain's CaseUrgency ranks them (the one rule, mirrored here only): the higher escalation,
   * then the longer overdue against the first target (its earlier first deadline: escalations move the deadline of the
   * moment, never this one), then priority, the earlier opened, the case no.
   */
  byUrgency(): CaseSummary[] {
    const first = (c: CaseSummary) => Date.parse(c.firstDeadline);
    const waiting = (c: CaseSummary) => (c.awaiting === "acknowledge" ? 1 : 0);
    return this.all.sort((a, b) => b.escalationLevel - a.escalationLevel || waiting(b) - waiting(a) || first(a) - first(b) || a.priority.localeCompare(b.priority)
      || Date.parse(a.openedAt) - Date.parse(b.openedAt) || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  }
}
