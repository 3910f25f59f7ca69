import { getJson, postJson, units, type CaseSummary, type CaseView, type Unit } from "./api";
import { installSound, raiseAlarm, showConnection } from "./alarm";
import { authFetch, currentUser } from "./auth";
import { CaseStore } from "./caseStore";
import { DetailView, type Act } from "./unitDetail";
import { PatrolBoardView } from "./unitPatrols";
import { ReassignDialog } from "./unitReassign";
import { startFeed } from "./feed";
import { applyTexts, t, word, type TextKey } from "./i18n";
import { isWithin, polsekWithin, QueueFilter } from "./unitFilter";
import { QueueView } from "./unitQueue";
import { wib } from "./time";
import { showSession } from "./session";

const unitId = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] ?? "");
const store = new CaseStore();
let names = new Map<string, Unit>();
let selected: string | null = null;
let filter: QueueFilter | null = null;

const unitName = (id: string | null) => (id ? names.get(id)?.name ?? id : "");
/** The queue's ranking: the wall's, the Domain's (CaseUrgency). */
const ranked = (): CaseSummary[] => store.byUrgency();
const query = () => `?unitId=${encodeURIComponent(unitId)}`;

const queue = new QueueView(document.getElementById("queue")!, unitId, unitName);
const act: Act = async (action, body) => {
  if (!selected) return { ok: true };
  const result = await postJson<CaseView>(`/api/cases/${selected}/${action}`, { unitId, ...body });
  if (result.ok && result.value.caseId === selected) detail.show(result.value);
  if (result.ok && action === "dispatch") void patrols.load();
  return result.ok ? { ok: true } : result;
};
const reassign = new ReassignDialog(unitId, () => names, act);
const detail = new DetailView(document.getElementById("detail")!, unitName, act, (caseId, assigned) => reassign.open(caseId, assigned));
const patrols = new PatrolBoardView(unitId, (list) => detail.setPatrols(list));
/** The changes that move a patrol on the board. */
const movesPatrols = new Set(["dispatched", "arrived", "resolved", "cancelled"]);

const renderQueue = () => queue.render(filter ? filter.apply(ranked()) : ranked(), selected, Date.now());

async function showCase(caseId: string): Promise<void> {
  selected = caseId;
  renderQueue();
  const c = await getJson<CaseView>(`/api/cases/${caseId}${query()}`);
  if (selected === caseId) detail.show(c);
}

function problem(key: TextKey, id: string): void {
  const box = document.getElementById("console-problem")!;
  box.textContent = `${t(key)} ${id}`;
  box.hidden = false;
}

/** /unit: an officer goes to their own console; anyone else chooses among the units their grant holds. */
async function pickUnit(): Promise<void> {
  const me = await currentUser();
  if (me?.role === "officer" && me.unitId) { location.replace(`/unit/${encodeURIComponent(me.unitId)}`); return; }
  const within = (u: Unit): boolean => !me?.unitId || isWithin(u, me.unitId, names);
  document.getElementById("picker-list")!.replaceChildren(...[...names.values()].filter(within).map((u) => {
    const li = document.createElement("li");
    li.className = u.unitId === me?.unitId ? "mine" : "";
    li.append(Object.assign(document.createElement("a"), { href: `/unit/${encodeURIComponent(u.unitId)}`, textContent: u.name }));
    return li;
  }));
  document.getElementById("picker")!.hidden = false;
}

/** Whether this console may open: an unknown unit and one outside the grant say so instead of a quiet, empty shift. */
async function mayOpen(): Promise<boolean> {
  if (!names.has(unitId)) { problem("unknownUnit", unitId); return false; }
  const answer = await authFetch(`/api/units/${encodeURIComponent(unitId)}`);
  if (answer.status === 403) { problem("refusedUnit", unitName(unitId)); return false; }
  return true;
}

/** Everyone who may open the console sees the board; those who act for units (officers, operators) change it. */
async function showPatrolBoard(): Promise<void> {
  const me = await currentUser();
  const acts = me?.role === "officer" || me?.role === "operator";
  detail.setOperator(me?.role === "operator");
  document.getElementById("patrols")!.classList.toggle("read-only", !acts);
  document.getElementById("patrol-form")!.hidden = !acts;
  patrols.texts();
  await patrols.load();
}

async function main(): Promise<void> {
  applyTexts(() => { filter?.texts(); patrols.texts(); renderQueue(); if (selected) void showCase(selected); });
  void showSession();
  names = await units();
  // A page without a feed says it is ready itself, as the pages without one do.
  if (!unitId) { await pickUnit(); document.body.dataset.ready = "1"; return; }
  document.getElementById("unit-name")!.textContent = unitName(unitId);
  if (!(await mayOpen())) { document.body.dataset.ready = "1"; return; }
  document.getElementById("console")!.hidden = false;
  // Only a console that watches a unit sounds its alarms; the picker has none to sound.
  installSound(document.getElementById("sound-prompt")!, document.getElementById("sound-controls")!);
  await showPatrolBoard();
  filter = new QueueFilter(polsekWithin(unitId, names), renderQueue);
  document.getElementById("queue")!.addEventListener("click", (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>("li[data-case]");
    if (item) void showCase(item.dataset.case!);
  });
  await startFeed({
    join: (connection) => connection.invoke<CaseSummary[]>("JoinUnit", unitId),
    snapshot: (cases, since) => { store.replace(cases, since); renderQueue(); },
    changes: (batch) => {
      if (batch.some((c) => movesPatrols.has(c.change))) void patrols.load();
      for (const change of store.apply(batch, (c) => c.unitChain.includes(unitId))) {
        if (change.change === "opened") raiseAlarm("newCase", `${change.case.caseId} · ${word(change.case.category)}`);
        if (change.change === "escalated") raiseAlarm("escalationAlarm", `${change.case.caseId} → ${unitName(change.case.responsibleUnitId)}`);
        if (change.case.caseId !== selected) continue;
        if (change.case.unitChain.includes(unitId)) void showCase(selected);
        else { selected = null; detail.clear(`${t("caseHandedAway")} ${unitName(change.case.assignedUnitId)}`); }
      }
      renderQueue();
    },
    connected: showConnection,
  });
  setInterval(() => { document.getElementById("clock")!.textContent = wib(new Date()); renderQueue(); }, 1000);
}

void main();
