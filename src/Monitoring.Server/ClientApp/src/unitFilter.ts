import type { CaseSummary, Unit } from "./api";
import { t } from "./i18n";

/** Digits of a number as the center stores it (E.164 without the plus), so 0812…, 62812… and +62812… all match. */
const digits = (text: string) => text.replace(/\D/g, "").replace(/^0/, "62");

/** The queue's filters: by state, by the Polsek a case belongs to, and a search by case id or caller number. */
export class QueueFilter {
  private readonly state = document.getElementById("filter-state") as HTMLSelectElement;
  private readonly unit = document.getElementById("filter-unit") as HTMLSelectElement;
  private readonly search = document.getElementById("filter-search") as HTMLInputElement;

  constructor(polsek: Unit[], onChange: () => void) {
    this.unit.append(...polsek.map((u) => Object.assign(document.createElement("option"), { value: u.unitId, textContent: u.name })));
    // A Polsek's own console has only itself to choose.
    this.unit.hidden = polsek.length < 2;
    for (const input of [this.state, this.unit, this.search]) input.addEventListener("input", onChange);
    this.texts();
  }

  texts(): void {
    this.search.placeholder = t("searchCase");
  }

  apply(cases: CaseSummary[]): CaseSummary[] {
    const query = this.search.value.trim().toLowerCase();
    const number = digits(query);
    return cases.filter((c) => (!this.state.value || c.state === this.state.value)
      && (!this.unit.value || c.assignedUnitId === this.unit.value)
      && (!query || c.caseId.toLowerCase().includes(query) || (number.length >= 3 && digits(c.callerNumber).includes(number))));
  }
}

/** Whether a unit is the top one or lies below it. */
export function isWithin(u: Unit | undefined, top: string, units: Map<string, Unit>): boolean {
  return !!u && (u.unitId === top || (!!u.parentId && isWithin(units.get(u.parentId), top, units)));
}

/** The Polsek at or below a unit, for the filter. */
export const polsekWithin = (unitId: string, units: Map<string, Unit>): Unit[] =>
  [...units.values()].filter((u) => u.level === "polsek" && isWithin(u, unitId, units));
