import type { CaseSummary, Unit } from "./api";
import { t } from "./i18n";
import { NationalMap, type PoldaCount } from "./nationalMap";

const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A Polda's wall, where the national view drills down to. */
export const poldaWall = (poldaId: string): string => `/?polda=${encodeURIComponent(poldaId)}`;

/**
 * Mabes' view of every Polda served: the open cases counted per Polda (the one on each case's chain), on the map and in a
 * list busiest first, with the counters above for the whole country. One click on a Polda opens its wall.
 */
export class NationalView {
  private readonly map: NationalMap;
  private readonly ids: Set<string>;

  constructor(private readonly poldas: Unit[], private readonly body: HTMLElement) {
    this.ids = new Set(poldas.map((p) => p.unitId));
    // Read from across the room when a few Polda are served; all 36 still fit the screen in the smaller type.
    body.closest("table")?.classList.toggle("few", poldas.length <= 12);
    const open = (poldaId: string) => location.assign(poldaWall(poldaId));
    this.map = new NationalMap("map", open);
    body.addEventListener("click", (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>("tr[data-polda]");
      if (row && !(e.target as HTMLElement).closest("a")) open(row.dataset.polda!);
    });
  }

  load(): Promise<void> {
    return this.map.load();
  }

  /** The Polda of a case: the first on its chain that this deployment serves. */
  private poldaOf(c: CaseSummary): string | undefined {
    return c.unitChain.find((id) => this.ids.has(id));
  }

  render(cases: CaseSummary[]): void {
    const counts = new Map<string, PoldaCount>(this.poldas.map((p) => [p.unitId, { open: 0, unacknowledged: 0, escalated: 0 }]));
    for (const c of cases) {
      const n = counts.get(this.poldaOf(c) ?? "");
      if (!n) continue;
      n.open++;
      if (c.state === "open") n.unacknowledged++;
      if (c.escalationLevel > 0) n.escalated++;
    }
    this.map.show(counts);
    const ranked = [...this.poldas].sort((a, b) => counts.get(b.unitId)!.open - counts.get(a.unitId)!.open || a.name.localeCompare(b.name));
    this.body.innerHTML = ranked.map((p) => {
      const n = counts.get(p.unitId)!;
      return `<tr data-polda="${text(p.unitId)}" class="${n.escalated > 0 ? "escalated" : ""}${n.open === 0 ? " quiet" : ""}">
        <td class="name"><a href="${poldaWall(p.unitId)}">${text(p.name)}</a></td><td class="open">${n.open}</td>
        <td class="unacknowledged">${n.unacknowledged}</td><td class="escalated">${n.escalated}</td></tr>`;
    }).join("");
    document.getElementById("count-open")!.textContent = String(cases.length);
    document.getElementById("count-unacknowledged")!.textContent = String(cases.filter((c) => c.state === "open").length);
    document.getElementById("count-escalated")!.textContent = String(cases.filter((c) => c.escalationLevel > 0).length);
  }

  texts(): void {
    this.map.legend({ load: t("legendPoldaLoad"), escalated: t("legendPoldaEscalated"), hint: t("nationalHint") });
  }
}
