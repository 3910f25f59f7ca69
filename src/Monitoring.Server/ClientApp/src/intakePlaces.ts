// The intake's place search and the routing preview: where the case will go, before it is recorded.
import { getJson, type Unit } from "./api";
import { t } from "./i18n";

export interface PlaceView { name: string; kind: string; code: string; within: string | null; latitude: number; longitude: number; unitId: string; outOfCoverage: boolean }

/** Asks the server as the taker types; arrows move through the answers, Enter or a click picks one. */
export function wirePlaceSearch(input: HTMLInputElement, list: HTMLUListElement, pick: (place: PlaceView) => void): () => void {
  let found: PlaceView[] = [];
  let active = -1;
  let timer = 0;
  let asked = "";
  const render = () => {
    list.replaceChildren(...found.map((p, i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.className = i === active ? "active" : "";
      li.textContent = `${p.name} · ${p.kind === "village" ? t("placeVillage") : t("placeKecamatan")}${p.within ? ` · ${p.within}` : ""}`;
      li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
      return li;
    }));
  };
  const clear = () => { found = []; active = -1; asked = ""; render(); };
  const choose = (i: number) => { const place = found[i]; if (!place) return; input.value = place.name; clear(); pick(place); };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (q.replace(/[^\p{L}\p{N}]/gu, "").length < 2) { clear(); return; }
      asked = q;
      const answer = await getJson<PlaceView[]>(`/api/coverage/search?q=${encodeURIComponent(q)}`).catch(() => []);
      if (asked !== q) return;
      found = answer;
      active = found.length ? 0 : -1;
      render();
    }, 200);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (found.length) active = (active + (e.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      render();
    } else if (e.key === "Enter" && active >= 0) choose(active);
    else if (e.key === "Escape") clear();
  });
  return clear;
}

let sayRoutingAgain = (): void => {};

/** Where a case at the point goes, and a warning when no Polsek covers it. */
export async function showRouting(slot: HTMLElement, names: Map<string, Unit>, lat: number, lng: number): Promise<void> {
  const routed = await getJson<{ unitId: string; outOfCoverage: boolean }>(`/api/coverage/resolve?latitude=${lat}&longitude=${lng}`);
  sayRoutingAgain = () => {
    slot.className = routed.outOfCoverage ? "routing warning" : "routing";
    slot.textContent = `${t("goesTo")}: ${names.get(routed.unitId)?.name ?? routed.unitId}${routed.outOfCoverage ? ` · ${t("outOfCoverage")}` : ""}`;
  };
  sayRoutingAgain();
}

/** The routing preview again, in the language just chosen. */
export const sayRouting = (): void => sayRoutingAgain();

export function clearRouting(): void {
  sayRoutingAgain = () => {};
  document.getElementById("routing")!.textContent = "";
}
