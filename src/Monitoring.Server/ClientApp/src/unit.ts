import { getJson, postJson, units, type CaseSummary, type CaseView, type TimelineEntry, type Unit } from "./api";
import { raiseAlarm, showConnection } from "./alarm";
import { CaseStore } from "./caseStore";
import { startFeed } from "./feed";
import { applyTexts, stateText, t, word } from "./i18n";
import { remaining, wib, wibFull } from "./time";
import { showSession } from "./session";

const unitId = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] ?? "");
const store = new CaseStore();
let names = new Map<string, Unit>();
let selected: string | null = null;

const unitName = (id: string | null) => (id ? names.get(id)?.name ?? id : "");
const text = (value: string | null) => (value ?? "").replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** The acting person's name, with the NRP when the sign-in gave one. */
const who = (e: TimelineEntry) => `${text(e.officer)}${e.officerNrp ? ` (NRP ${text(e.officerNrp)})` : ""}`;

/** Newest alarm first: the case that changed last is on top. */
function renderQueue(): void {
  const now = Date.now();
  const cases = store.all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  document.getElementById("queue")!.innerHTML = cases.map((c) => {
    const left = remaining(c.deadline, now);
    const relation = c.assignedUnitId === unitId ? t("assigned") : t("escalatedTo");
    return `<li data-case="${c.caseId}" class="${c.priority}${c.caseId === selected ? " selected" : ""}${c.escalationLevel > 0 ? " escalated" : ""}">
      <span class="prio">${c.priority}</span> <b>${word(c.category)}</b> · ${text(c.summary)}
      <div class="meta">${stateText(c.state)} · ${relation} · ${t("deadline")} <span class="${left.overdue ? "overdue" : ""}">${left.text}</span> · ${c.caseId}</div>
    </li>`;
  }).join("") || `<li class="empty">${t("noCases")}</li>`;
}

async function showCase(caseId: string): Promise<void> {
  selected = caseId;
  renderQueue();
  const c = await getJson<CaseView>(`/api/cases/${caseId}`);
  document.getElementById("detail")!.innerHTML = `
    <h2>${c.caseId} · ${c.priority} · ${word(c.category)}</h2>
    <p class="state-line" data-state="${c.state}">${stateText(c.state)} · ${t("level")} ${c.escalationLevel} · ${text(unitName(c.responsibleUnitId))}</p>
    <p>${text(c.summary)}</p>
    <p class="where">${text(c.location.address)} (${c.location.latitude.toFixed(5)}, ${c.location.longitude.toFixed(5)}) · ${text(c.callerNumber)}</p>
    <div class="actions">
      <button data-action="acknowledge">${t("acknowledge")}</button>
      <input id="patrol" placeholder="${t("patrol")}"><button data-action="dispatch">${t("dispatch")}</button>
      <button data-action="arrive">${t("arrive")}</button>
      <input id="outcome" placeholder="${t("outcome")}"><button data-action="resolve">${t("resolve")}</button>
      <select id="reason"><option value="prank">${t("reasonPrank")}</option><option value="duplicate">${t("reasonDuplicate")}</option><option value="withdrawn">${t("reasonWithdrawn")}</option></select>
      <input id="note" required placeholder="${t("cancelNote")}"><button data-action="cancel">${t("cancel")}</button>
    </div>
    <p id="action-error" class="error" role="alert"></p>
    <h3>${t("timeline")}</h3>
    <ol class="timeline">${c.timeline.map((e) => `<li><time>${wibFull(e.at)}</time> <b>${text(e.type)}</b> ${text(unitName(e.unitId))} ${who(e)} ${text(e.detail)}${e.note ? ` — ${text(e.note)}` : ""}</li>`).join("")}</ol>`;
}

async function act(action: string): Promise<void> {
  if (!selected) return;
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? "";
  const result = await postJson<CaseView>(`/api/cases/${selected}/${action}`, {
    unitId, patrol: value("patrol"), outcome: value("outcome"), reason: value("reason"), note: value("note"),
  });
  if (result.ok) await showCase(selected);
  else document.getElementById("action-error")!.textContent =
    result.problem.detail ?? Object.values(result.problem.errors ?? {}).flat().join(" ") ?? String(result.problem.status);
}

async function main(): Promise<void> {
  applyTexts(() => { renderQueue(); if (selected) void showCase(selected); });
  void showSession();
  names = await units();
  document.getElementById("unit-name")!.textContent = unitName(unitId);
  document.getElementById("queue")!.addEventListener("click", (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>("li[data-case]");
    if (item) void showCase(item.dataset.case!);
  });
  document.getElementById("detail")!.addEventListener("click", (e) => {
    const action = (e.target as HTMLElement).dataset.action;
    if (action) void act(action);
  });
  await startFeed({
    join: (connection) => connection.invoke<CaseSummary[]>("JoinUnit", unitId),
    snapshot: (cases, since) => { store.replace(cases, since); renderQueue(); },
    changes: (batch) => {
      for (const change of store.apply(batch)) {
        if (change.change === "opened") raiseAlarm("newCase", `${change.case.caseId} · ${word(change.case.category)}`);
        if (change.change === "escalated") raiseAlarm("escalationAlarm", `${change.case.caseId} → ${unitName(change.case.responsibleUnitId)}`);
        if (change.case.caseId === selected) void showCase(selected);
      }
      renderQueue();
    },
    connected: showConnection,
  });
  setInterval(() => { document.getElementById("clock")!.textContent = wib(new Date()); renderQueue(); }, 1000);
}

void main();
