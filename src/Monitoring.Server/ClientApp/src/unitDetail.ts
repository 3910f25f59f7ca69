import { problemText, type CaseView, type Patrol, type TimelineEntry } from "./api";
import { stateText, t, word, type TextKey } from "./i18n";
import { wibFull } from "./time";

const eventText = (type: string) => word("event" + type.charAt(0).toUpperCase() + type.slice(1));
/** What an event set, in the reader's language where it is a name (a cancel's reason, an escalation's missed milestone). */
const detailText = (e: TimelineEntry): string =>
  e.reason ? word("reason" + e.reason.charAt(0).toUpperCase() + e.reason.slice(1))
  : e.missed ? `${word("missed" + e.missed.charAt(0).toUpperCase() + e.missed.slice(1))} · ${t("alarms")} ${e.alarm ?? ""}`
  : e.type === "alarmAcked" ? t("alarmUpTo").replace("{n}", String(e.alarm ?? ""))
  : e.type === "linked" ? `${e.detail ?? ""} · ${callersText(e.callers ?? 1)}${e.automatic ? ` · ${t("linkedByCenter")}` : ""}`
  : e.type === "unlinked" ? `→ ${e.otherCaseId ?? ""} · ${callersText(e.callers ?? 1)}`
  : e.type === "merged" ? `→ ${e.otherCaseId ?? ""}`
  : e.type === "joined" ? `← ${e.otherCaseId ?? ""} · ${callersText(e.callers ?? 1)}`
  : e.detail ?? "";
export const callersText = (n: number) => t(n === 1 ? "linkCallersOne" : "linkCallersMany").replace("{n}", String(n));
const who = (e: TimelineEntry) => `${e.officer ?? ""}${e.officerNrp ? ` (NRP ${e.officerNrp})` : ""}`;

/** One step of a case's timeline, in the reader's language: the console's and the wall's panel's. A linked call still on
 * the case gets a button to take it out again, for those who may (unlinkable holds its interaction ids). */
export function timelineItem(e: TimelineEntry, unitName: (id: string | null) => string, unlinkable: ReadonlySet<string> = new Set()): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.type = e.type;
  const time = Object.assign(document.createElement("time"), { textContent: wibFull(e.at) });
  const name = Object.assign(document.createElement("b"), { textContent: eventText(e.type) });
  const to = e.toUnitId ? `→ ${unitName(e.toUnitId)}: ` : "";
  li.append(time, " ", name, ` ${unitName(e.unitId)} ${who(e)} ${to}${detailText(e)}${e.note ? ` — ${e.note}` : ""}`);
  if (e.type === "linked" && e.interactionId && unlinkable.has(e.interactionId))
    li.append(" ", Object.assign(document.createElement("button"), { className: "unlink", textContent: t("unlinkCall"), value: e.interactionId }));
  return li;
}

/** The linked calls an operator may take out of the case: linked, not unlinked since, on a case still open. */
function unlinkable(c: CaseView): Set<string> {
  if (c.allowedActions.length === 0) return new Set();
  const out = new Set(c.timeline.filter((e) => e.type === "unlinked").map((e) => e.interactionId));
  return new Set(c.timeline.filter((e) => e.type === "linked" && !out.has(e.interactionId)).map((e) => e.interactionId!));
}

/** The order the buttons stand in; the case says which of them are offered now. */
const actionOrder = ["acknowledge", "dispatch", "arrive", "resolve", "cancel", "reassign", "note"] as const;
const buttonText: Record<string, TextKey> = {
  acknowledge: "acknowledge", dispatch: "dispatch", arrive: "arrive", resolve: "resolve", cancel: "cancelCase", reassign: "reassignCase", note: "addNote",
};

export type Act = (action: string, body: Record<string, string>) => Promise<{ ok: true } | { ok: false; problem: import("./api").Problem }>;

/**
 * The selected case, built once and updated in place: what an officer is typing (a patrol, an outcome) and where the
 * focus is survive every refresh of the case; the inputs are cleared only when another case is chosen.
 */
export class DetailView {
  private shown: string | null = null;
  private assigned = "";
  private actions!: HTMLElement;
  private patrols: Patrol[] = [];
  /** Operators of the operations room link, unlink and merge; others only read the links. */
  private operator = false;

  constructor(private readonly root: HTMLElement, private readonly unitName: (id: string | null) => string, private readonly act: Act,
    private readonly reassign: (caseId: string, assignedUnitId: string) => void) {
    this.wireCancelDialog();
  }

  setOperator(operator: boolean): void {
    this.operator = operator;
  }

  /** The unit's board: with patrols on it, dispatch picks a free one; without, the patrol is named in free text as before. */
  setPatrols(patrols: Patrol[]): void {
    this.patrols = patrols;
    if (this.shown) this.showPatrols();
  }

  show(c: CaseView): void {
    if (this.shown !== c.caseId) this.build(c.caseId);
    this.assigned = c.assignedUnitId;
    const set = (id: string, value: string) => {
      const el = this.root.querySelector<HTMLElement>(`[data-part="${id}"]`)!;
      if (el.textContent !== value) el.textContent = value;
    };
    set("title", `${c.caseId} · ${c.priority} · ${word(c.category)}`);
    set("state", `${stateText(c.state)} · ${t("level")} ${c.escalationLevel} · ${this.unitName(c.responsibleUnitId)}`);
    this.root.querySelector<HTMLElement>('[data-part="state"]')!.dataset.state = c.state;
    set("summary", c.summary);
    set("callers", c.callers > 1 ? callersText(c.callers) : "");
    set("merged", c.mergedIntoCaseId ? `${t("mergedInto")} ${c.mergedIntoCaseId}` : "");
    set("where", `${c.location.address ?? ""} (${c.location.latitude.toFixed(5)}, ${c.location.longitude.toFixed(5)}) · ${c.callerNumber}`);
    set("timeline-title", t("timeline"));
    this.showActions(c.allowedActions);
    const merge = this.actions.querySelector<HTMLElement>('[data-group="merge"]')!;
    merge.hidden = !this.operator || c.allowedActions.length === 0;
    const timeline = this.root.querySelector<HTMLOListElement>('[data-part="timeline"]')!;
    const mayUnlink = this.operator ? unlinkable(c) : new Set<string>();
    // Rebuilt only when it changed: a button in it must stay the one under the pointer while the case refreshes.
    const key = `${c.caseId}|${c.timeline.length}|${[...mayUnlink].join(",")}|${t("timeline")}`;
    if (timeline.dataset.key === key) return;
    timeline.dataset.key = key;
    timeline.replaceChildren(...c.timeline.map((e) => timelineItem(e, this.unitName, mayUnlink)));
  }

  /** The case left this console (handed to a unit outside it): what was shown goes, with a word why. */
  clear(text: string): void {
    this.shown = null;
    this.root.replaceChildren(Object.assign(document.createElement("p"), { className: "handed-away", textContent: text }));
  }

  showError(text: string): void {
    this.root.querySelector('[data-part="error"]')!.textContent = text;
  }

  private build(caseId: string): void {
    this.shown = caseId;
    this.root.innerHTML = `<h2 data-part="title"></h2><p class="state-line" data-part="state"></p><p data-part="summary"></p><p class="callers" data-part="callers"></p><p class="merged" data-part="merged"></p>
      <p class="where" data-part="where"></p>
      <div class="actions" data-part="actions">
        <span class="group" data-group="acknowledge"><button data-action="acknowledge"></button></span>
        <span class="group" data-group="dispatch"><select id="patrol-pick"></select><input id="patrol" maxlength="100"><button data-action="dispatch"></button></span>
        <span class="group" data-group="arrive"><button data-action="arrive"></button></span>
        <span class="group" data-group="resolve"><input id="outcome" maxlength="2000"><button data-action="resolve"></button></span>
        <span class="group" data-group="cancel"><button data-action="cancel" class="danger"></button></span>
        <span class="group" data-group="reassign"><button data-action="reassign"></button></span>
        <span class="group note" data-group="note"><textarea id="note-text" rows="2" maxlength="2000"></textarea><button data-action="note"></button></span>
        <span class="group merge" data-group="merge" hidden><input id="merge-into" maxlength="19" autocomplete="off"><input id="merge-reason" maxlength="500"><button data-action="merge"></button></span>
      </div>
      <p id="action-error" class="error" role="alert" data-part="error"></p>
      <h3 data-part="timeline-title"></h3><ol class="timeline" data-part="timeline"></ol>`;
    this.actions = this.root.querySelector('[data-part="actions"]')!;
    this.root.querySelector('[data-part="timeline"]')!.addEventListener("click", (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button.unlink");
      if (button) void this.act("unlink", { interactionId: button.value }).then((r) => this.showError(r.ok ? "" : problemText(r.problem)));
    });
    this.actions.addEventListener("click", (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>("button[data-action]")?.dataset.action;
      if (action === "cancel") this.askCancel();
      else if (action === "reassign") this.reassign(this.shown!, this.assigned);
      else if (action) void this.run(action);
    });
    this.showPatrols();
  }

  /** The free patrols as choices, the one chosen kept while it stays free. */
  private showPatrols(): void {
    const pick = this.root.querySelector<HTMLSelectElement>("#patrol-pick")!;
    const chosen = pick.value;
    const free = this.patrols.filter((p) => p.status === "available");
    pick.replaceChildren(Object.assign(document.createElement("option"), { value: "", textContent: t(free.length ? "choosePatrol" : "noFreePatrol") }),
      ...free.map((p) => Object.assign(document.createElement("option"), { value: p.name, textContent: p.name })));
    pick.value = free.some((p) => p.name === chosen) ? chosen : "";
    pick.hidden = this.patrols.length === 0;
    this.root.querySelector<HTMLInputElement>("#patrol")!.hidden = this.patrols.length > 0;
  }

  /** Only what the case allows, the next step as the primary button; texts follow the language. */
  private showActions(allowed: string[]): void {
    for (const action of actionOrder) {
      const group = this.actions.querySelector<HTMLElement>(`[data-group="${action}"]`)!;
      group.hidden = !allowed.includes(action);
      const button = group.querySelector("button")!;
      button.textContent = t(buttonText[action]);
      button.classList.toggle("primary", allowed[0] === action && action !== "cancel");
    }
    this.actions.querySelector<HTMLInputElement>("#patrol")!.placeholder = t("patrol");
    this.actions.querySelector<HTMLInputElement>("#outcome")!.placeholder = t("outcome");
    this.actions.querySelector<HTMLTextAreaElement>("#note-text")!.placeholder = t("notePlaceholder");
    this.actions.querySelector<HTMLInputElement>("#merge-into")!.placeholder = t("mergeIntoPlaceholder");
    this.actions.querySelector<HTMLInputElement>("#merge-reason")!.placeholder = t("mergeReasonPlaceholder");
    this.actions.querySelector<HTMLButtonElement>('[data-action="merge"]')!.textContent = t("mergeCase");
  }

  private async run(action: string): Promise<void> {
    const value = (id: string) => this.root.querySelector<HTMLInputElement>(`#${id}`)?.value ?? "";
    const patrol = this.patrols.length ? value("patrol-pick") : value("patrol");
    if (action === "dispatch" && this.patrols.length && !patrol) { this.showError(t("patrolMissing")); return; }
    if (action === "merge" && (!value("merge-into").trim() || !value("merge-reason").trim())) { this.showError(t("mergeMissing")); return; }
    const result = action === "merge"
      ? await this.act(action, { intoCaseId: value("merge-into").trim(), reason: value("merge-reason") })
      : await this.act(action, { patrol, outcome: value("outcome"), note: value("note-text") });
    if (result.ok && action === "note") this.root.querySelector<HTMLTextAreaElement>("#note-text")!.value = "";
    this.showError(result.ok ? "" : problemText(result.problem));
  }

  private askCancel(): void {
    const dialog = document.getElementById("cancel-dialog") as HTMLDialogElement;
    (document.getElementById("cancel-reason") as HTMLSelectElement).value = "";
    (document.getElementById("cancel-note") as HTMLTextAreaElement).value = "";
    document.getElementById("cancel-error")!.textContent = "";
    document.getElementById("cancel-question")!.textContent = `${t("cancelQuestion")} ${this.shown}?`;
    dialog.showModal();
  }

  /** A cancel takes a reason chosen and a note written, then the explicit yes: nothing is preset. */
  private wireCancelDialog(): void {
    const dialog = document.getElementById("cancel-dialog") as HTMLDialogElement;
    const error = document.getElementById("cancel-error")!;
    document.getElementById("cancel-back")!.addEventListener("click", () => dialog.close());
    document.getElementById("cancel-confirm")!.addEventListener("click", async () => {
      const reason = (document.getElementById("cancel-reason") as HTMLSelectElement).value;
      const note = (document.getElementById("cancel-note") as HTMLTextAreaElement).value;
      if (!reason) { error.textContent = t("reasonMissing"); return; }
      if (!note.trim()) { error.textContent = t("noteMissing"); return; }
      const result = await this.act("cancel", { reason, note });
      if (result.ok) dialog.close();
      else error.textContent = problemText(result.problem);
    });
  }
}
