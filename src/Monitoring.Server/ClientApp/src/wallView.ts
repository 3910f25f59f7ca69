import type { CaseChanged, Unit } from "./api";
import type { CaseStore } from "./caseStore";
import { t } from "./i18n";
import type { CoverageMap } from "./map";
import { CasePanel } from "./wallPanel";
import { WallFilter } from "./wallFilter";
import { WallList } from "./wallList";

/** The wall's list, filters, case panel and legend over one store and one map; wall.ts wires it to the feed. */
export class WallView {
  private readonly list: WallList;
  private readonly panel: CasePanel;
  private filter: WallFilter | null = null;

  constructor(private readonly store: CaseStore, private readonly map: CoverageMap, unitName: (id: string) => string) {
    const body = document.getElementById("cases")!;
    this.list = new WallList(body, unitName);
    this.panel = new CasePanel(document.getElementById("case-panel")!, (id) => (id ? unitName(id) : ""), (c) => map.focusCase(c));
    const open = (target: EventTarget | null) => {
      const caseId = (target as HTMLElement).closest<HTMLElement>("tr[data-case]")?.dataset.case;
      if (caseId) void this.panel.open(caseId);
    };
    body.addEventListener("click", (e) => open(e.target));
    body.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") open(e.target); });
    map.onCase((caseId) => void this.panel.open(caseId));
  }

  /** The filters need the unit tree, which comes after the page is wired. */
  withUnits(units: Map<string, Unit>): void {
    this.filter = new WallFilter(document.getElementById("wall-filters")!, units, () => this.render());
  }

  render(): void {
    const ranked = this.store.byUrgency();
    const shown = this.filter ? this.filter.apply(ranked) : ranked;
    this.list.render(shown);
    this.map.show(shown);
  }

  /** After a change of language: what the list and map say, and the panel's case. */
  texts(): void {
    this.filter?.texts();
    this.map.legend({ p1: t("legendP1"), p2: t("legendP2"), p3: t("legendP3"), escalated: t("legendEscalated"), cluster: t("legendCluster"), callers: t("legendCallers"), load: t("legendLoad") });
    this.panel.refresh();
    this.render();
  }

  /** A batch arrived: the open case's panel follows its changes. */
  changed(batch: CaseChanged[]): void {
    if (this.panel.shown && batch.some((c) => c.case.caseId === this.panel.shown)) this.panel.refresh();
    this.render();
  }

  tick(now: number): void {
    this.list.tick(now);
  }
}
