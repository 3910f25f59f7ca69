import { getJson, units, type CaseSummary, type Unit } from "./api";
import { installSound, showConnection } from "./alarm";
import { WallAlarms } from "./wallAlarms";
import { CaseStore } from "./caseStore";
import { startFeed } from "./feed";
import { applyTexts, t, type TextKey } from "./i18n";
import { CoverageMap } from "./map";
import { wib } from "./time";
import { showSession } from "./session";
import { currentUser, homeOf } from "./auth";
import { WallView } from "./wallView";
import { CallQueue, type LineFigures } from "./wallCalls";

const store = new CaseStore();
const map = new CoverageMap("map");
let names = new Map<string, Unit>();
let alarms: WallAlarms | null = null;

const unitName = (id: string) => names.get(id)?.name ?? id;
const view = new WallView(store, map, unitName);
const calls = new CallQueue(document.getElementById("call-queue")!);

function renderList(): void {
  view.render();
  alarms?.render(store.all);
  showSurges();
}

/**
 * The surges on the map; the alarm list lies over the map's foot, so a surge there is brought above it — above as far as
 * the list may grow (its max-height), since alarms that come later lengthen it.
 */
function showSurges(): void {
  const list = document.getElementById("alarm-list")!;
  const box = list.getBoundingClientRect();
  const tallest = Math.max(box.height, parseFloat(getComputedStyle(list).maxHeight) || 0);
  const covered = list.hidden ? 0 : Math.max(0, document.getElementById("map")!.getBoundingClientRect().bottom - (box.bottom - tallest));
  map.highlight(new Set(alarms?.surges.all.map((a) => a.unitId)), covered);
}

function tick(): void {
  const now = Date.now();
  document.getElementById("clock")!.textContent = wib(new Date(now));
  view.tick(now);
  calls.render(now);
}

async function refreshToday(): Promise<void> {
  try {
    const today = await getJson<{ receivedByKind: Record<string, number>; calls: LineFigures }>("/api/stats/today");
    // Abandoned calls are the line's, counted in its queue box beside the answered ones.
    const kinds: TextKey[] = ["report", "complaint", "information", "prank", "silent"];
    document.getElementById("today")!.innerHTML = kinds
      .map((k) => `<span class="kind"><b>${today.receivedByKind[k] ?? 0}</b> ${t(k)}</span>`).join("");
    calls.figures(today.calls);
  } catch {
    // The next refresh tries again; the connection banner speaks for outages.
  }
}

/** Roles that may watch the wall; anyone else signed in is sent to their own page rather than shown a dead feed. */
const watchers = new Set(["operator", "manager", "wall"]);

async function main(): Promise<void> {
  const me = await currentUser();
  if (me && !watchers.has(me.role ?? "") && homeOf(me) !== "/") {
    location.replace(homeOf(me));
    return;
  }
  alarms = new WallAlarms(unitName, me?.role === "operator");
  applyTexts(() => { view.texts(); alarms?.render(store.all); void refreshToday(); });
  installSound(document.getElementById("sound-prompt")!, document.getElementById("sound-controls")!);
  void showSession();
  names = await units();
  await calls.configure();
  await map.load();
  view.withUnits(names);
  view.texts();
  await startFeed({
    join: async (connection) => {
      const cases = await connection.invoke<CaseSummary[]>("JoinWall");
      // After the join, so no surge pushed meanwhile is missed; each (re)join asks again for those standing.
      await alarms?.surges.load();
      await calls.load();
      return cases;
    },
    snapshot: (cases, since) => { store.replace(cases, since); renderList(); },
    changes: (batch) => {
      alarms?.changes(store.apply(batch));
      view.changed(batch);
      alarms?.render(store.all);
    },
    connected: (up) => { showConnection(up); view.connected(up); },
    alert: (alert) => { alarms?.surge(alert); showSurges(); },
    call: (call) => calls.apply(call),
  });
  tick();
  setInterval(tick, 1000);
  void refreshToday();
  setInterval(() => void refreshToday(), 15000);
}

void main();
