import type { CaseSummary, Unit } from "./api";
import { stateText, t, type TextKey } from "./i18n";

const priorities = ["P1", "P2", "P3"];
const states = ["open", "acknowledged", "dispatched", "onScene"];

/**
 * The wall's filters by Polres, priority and state, kept in the address (?polres=&priority=&state=) so that a wall
 * screen is set up once and comes back the same after a reload. A value the address names that is not a choice is
 * dropped from it rather than showing nothing.
 */
export class WallFilter {
  private readonly selects: Record<"polres" | "priority" | "state", HTMLSelectElement>;

  constructor(root: HTMLElement, private readonly units: Map<string, Unit>, onChange: () => void) {
    const polres = [...units.values()].filter((u) => u.level === "polres").sort((a, b) => a.name.localeCompare(b.name));
    const select = (name: string, values: string[]) => {
      const s = Object.assign(document.createElement("select"), { name, id: `filter-${name}` });
      s.append(new Option("", ""), ...values.map((v) => new Option(v, v)));
      return s;
    };
    this.selects = {
      polres: select("polres", polres.map((u) => u.unitId)),
      priority: select("priority", priorities),
      state: select("state", states),
    };
    const asked = new URLSearchParams(location.search);
    for (const [name, s] of Object.entries(this.selects)) {
      s.value = asked.get(name) ?? "";
      if (s.selectedIndex < 0) s.value = "";
      s.addEventListener("change", () => { this.remember(); onChange(); });
    }
    root.replaceChildren(...Object.values(this.selects));
    this.remember();
    this.texts();
  }

  texts(): void {
    const first: Record<string, TextKey> = { polres: "allPolres", priority: "allPriorities", state: "allStates" };
    for (const [name, s] of Object.entries(this.selects)) {
      s.options[0].text = t(first[name]);
      s.title = t(name === "polres" ? "polres" : name === "priority" ? "priority" : "colState");
      for (const o of [...s.options].slice(1))
        o.text = name === "polres" ? this.units.get(o.value)?.name ?? o.value : name === "state" ? stateText(o.value) : o.value;
    }
  }

  apply(cases: CaseSummary[]): CaseSummary[] {
    const { polres, priority, state } = this.selects;
    return cases.filter((c) => (!polres.value || c.unitChain.includes(polres.value))
      && (!priority.value || c.priority === priority.value) && (!state.value || c.state === state.value));
  }

  /** The address says what is chosen, and only that: the language and the rest of the query stay. */
  private remember(): void {
    const url = new URL(location.href);
    for (const [name, s] of Object.entries(this.selects)) {
      if (s.value) url.searchParams.set(name, s.value);
      else url.searchParams.delete(name);
    }
    if (url.href !== location.href) history.replaceState(null, "", url);
  }
}
