// The intake's link candidates: open cases that may be the incident the caller on the line reports, asked for as the
// call's place and category are set (GET /api/cases/nearby), and the one the taker links the call to before recording it.
import { authFetch } from "./auth";
import { callersText, t, word } from "./i18n";

export interface Candidate {
  caseId: string; distanceMeters: number; minutesAgo: number; category: string; state: string; callerCount: number;
  latitude: number; longitude: number;
}

/** What the candidates are asked for: a report's or complaint's point and category, and its number for its own earlier cases. */
export interface LinkQuery { latitude: number; longitude: number; category: string; callerNumber: string }

const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

export class LinkCandidates {
  private found: Candidate[] = [];
  private chosenId: string | null = null;
  private asking: AbortController | null = null;
  private askedFor = "";
  private timer = 0;

  /** shown hears of every new list (the map marks them); chosen of every choice and undo. */
  constructor(private readonly list: HTMLElement, private readonly choice: HTMLElement,
    private readonly shown: (found: Candidate[], chosen: string | null) => void) {
    list.addEventListener("click", (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button[data-link]");
      if (button) this.choose(button.dataset.link!);
    });
    choice.addEventListener("click", (e) => { if ((e.target as HTMLElement).closest("button[data-unlink]")) this.undo(); });
  }

  /** The case the call is to join, sent as linkToCaseId; null opens a case of its own (or lets the center link it). */
  get chosen(): string | null {
    return this.chosenId;
  }

  /**
   * Asks for the candidates of the form as it stands, a moment after its last change: typing is never held up, and an answer
   * to an older question is dropped (its request aborted) so a list never speaks of a place the form has left.
   */
  ask(query: LinkQuery | null): void {
    const key = query ? JSON.stringify(query) : "";
    if (key === this.askedFor) return;
    this.askedFor = key;
    clearTimeout(this.timer);
    this.asking?.abort();
    this.asking = null;
    if (!query) { this.show([]); return; }
    this.timer = window.setTimeout(() => void this.fetch(query), 250);
  }

  private async fetch(query: LinkQuery): Promise<void> {
    const asking = new AbortController();
    this.asking = asking;
    const params = new URLSearchParams({
      latitude: String(query.latitude), longitude: String(query.longitude), category: query.category, callerNumber: query.callerNumber,
    });
    if (!/^\+?[0-9]{6,16}$/.test(query.callerNumber)) params.delete("callerNumber");
    try {
      const response = await authFetch(`/api/cases/nearby?${params}`, { signal: asking.signal });
      // A refused question (a half-typed coordinate) has no candidates; the form says what is wrong when it is sent.
      const found = response.ok ? (await response.json()) as Candidate[] : [];
      if (this.asking === asking) this.show(found);
    } catch {
      // Aborted for a newer question, or the network is down: the call is still recorded, only without a suggestion.
    }
  }

  choose(caseId: string): void {
    if (!this.found.some((c) => c.caseId === caseId)) return;
    this.chosenId = caseId;
    this.say();
  }

  undo(): void {
    this.chosenId = null;
    this.say();
  }

  /** The next call starts with no candidates and no choice. */
  clear(): void {
    this.chosenId = null;
    this.ask(null);
  }

  private show(found: Candidate[]): void {
    this.found = found;
    // A choice the form has moved away from (another place, kind or category) is not sent behind the taker's back.
    if (!found.some((c) => c.caseId === this.chosenId)) this.chosenId = null;
    this.say();
  }

  /** The list and the choice in the page's language; also after the language toggle. */
  say(): void {
    const line = (c: Candidate) => [c.caseId, `${c.distanceMeters} m`, c.minutesAgo === 0 ? t("justNow") : t("minutesAgo").replace("{n}", String(c.minutesAgo)),
      callersText(c.callerCount), word(c.category)].map(text).join(" · ");
    this.list.hidden = this.found.length === 0;
    this.list.innerHTML = this.found.length === 0 ? "" : `<h3>${t("maybeSameIncident")}</h3><ul>${this.found.map((c, i) =>
      `<li data-case="${text(c.caseId)}"${c.caseId === this.chosenId ? ` class="chosen"` : ""}><span>${line(c)}</span>`
      + `<button type="button" data-link="${text(c.caseId)}"${i === 0 ? ` data-key="t"` : ""}>${t("linkCase")}${i === 0 ? " <kbd>Alt+T</kbd>" : ""}</button></li>`).join("")}</ul>`;
    this.choice.hidden = this.chosenId === null;
    this.choice.innerHTML = this.chosenId === null ? ""
      : `<span>${t("linkingTo")} <b id="linking-case">${text(this.chosenId)}</b></span>`
        + `<button type="button" data-unlink="1" data-key="u">${t("undoLink")} <kbd>Alt+U</kbd></button>`;
    this.shown(this.found, this.chosenId);
  }
}
