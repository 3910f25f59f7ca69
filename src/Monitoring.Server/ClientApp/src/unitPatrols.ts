import { getJson, postJson, problemText, type Patrol } from "./api";
import { authFetch } from "./auth";
import { t, type TextKey } from "./i18n";

const statusText: Record<Patrol["status"], TextKey> = { available: "patrolAvailable", dispatched: "patrolDispatched", onScene: "patrolOnScene" };

/**
 * The unit's patrol board: each patrol with its status and case, added, released and removed by the unit's officers. Every
 * change of the board (from here or from a case) reaches onChange, so the dispatch picker offers only the free ones.
 */
export class PatrolBoardView {
  private readonly list = document.getElementById("patrol-list")!;
  private readonly error = document.getElementById("patrol-error")!;
  private readonly name = document.getElementById("patrol-name") as HTMLInputElement;
  private readonly url: string;
  private patrols: Patrol[] = [];

  constructor(unitId: string, private readonly onChange: (patrols: Patrol[]) => void) {
    this.url = `/api/units/${encodeURIComponent(unitId)}/patrols`;
    document.getElementById("patrol-form")!.addEventListener("submit", (e) => { e.preventDefault(); void this.add(); });
    this.list.addEventListener("click", (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-patrol]");
      if (button) void this.change(button.dataset.patrol!, button.dataset.do === "release" ? "POST" : "DELETE");
    });
  }

  async load(): Promise<void> {
    this.show(await getJson<Patrol[]>(this.url));
  }

  texts(): void {
    this.name.placeholder = t("patrolName");
    this.show(this.patrols);
  }

  private async add(): Promise<void> {
    const name = this.name.value;
    const result = await postJson<Patrol[]>(this.url, { name });
    this.error.textContent = result.ok ? "" : problemText(result.problem);
    if (!result.ok) return;
    // Only what was sent is cleared: the next name may already be typed.
    if (this.name.value === name) this.name.value = "";
    this.show(result.value);
  }

  private async change(name: string, method: "POST" | "DELETE"): Promise<void> {
    const path = `${this.url}/${encodeURIComponent(name)}${method === "POST" ? "/release" : ""}`;
    const response = await authFetch(path, { method });
    const json = await response.json().catch(() => ({ status: response.status }));
    this.error.textContent = response.ok ? "" : problemText(json);
    if (response.ok) this.show(json as Patrol[]);
  }

  private show(patrols: Patrol[]): void {
    this.patrols = patrols;
    document.getElementById("patrol-empty")!.hidden = patrols.length > 0;
    this.list.replaceChildren(...patrols.map((p) => {
      const li = document.createElement("li");
      li.dataset.patrol = p.name;
      li.dataset.status = p.status;
      const status = Object.assign(document.createElement("span"), { className: "patrol-status", textContent: t(statusText[p.status]) });
      const onCase = Object.assign(document.createElement("span"), { className: "patrol-case", textContent: p.caseId ?? "" });
      const button = Object.assign(document.createElement("button"), { type: "button", textContent: t(p.status === "available" ? "removePatrol" : "releasePatrol") });
      button.dataset.patrol = p.name;
      button.dataset.do = p.status === "available" ? "remove" : "release";
      li.append(Object.assign(document.createElement("b"), { textContent: p.name }), button, status, onCase);
      return li;
    }));
    this.onChange(patrols);
  }
}
