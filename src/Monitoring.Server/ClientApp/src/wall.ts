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
import { chooseWall, poldaOf, type WallChoice } from "./wallScope";
import { NationalView, poldaWall } from "./wallNational";

const store = new CaseStore();
let names = new Map<string, Unit>();
let alarms: WallAlarms | null = null;
/** One Polda's wall, or the national view: never both on one page. */
let view: WallView | null = null;
let national: NationalView | null = null;
let map: CoverageMap | null = null;

const unitName = (id: string) => names.get(id)?.name ?? id;
const calls = new CallQueue(document.getElementById("call-queue")!);

function renderList(): void {
  view?.render();
  national?.render(store.all);
  alarms?.render(store.all);
  showSurges();
}

/**
 * The surges on the map; the alarm list lies over the map's foot, so a surge there is brought above it — above as far as
 * the list may grow (its max-height), since alarms that come later lengthen it.
 */
function showSurges(): void {
  if (!map) return;
  const list = document.getElementById("alarm-list")!;
  const box = list.getBoundingClientRect();
  const tallest = Math.max(box.height, parseFloat(getComputedStyle(list).maxHeight) || 0);
  const covered = list.hidden ? 0 : Math.max(0, document.getElementById("map")!.getBoundingClientRect().bottom - (box.bottom - tallest));
  map.highlight(new Set(alarms?.surges.all.map((a) => a.unitId)), covered);
}

function tick(): void {
  const now = Date.now();
  document.getElementById("clock")!.textContent = wib(new Date(now));
  view?.tick(now);
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

/** The header names the wall: the Polda's Roops, or Mabes' national view; the page's title follows. */
function title(choice: WallChoice): void {
  const text = choice.kind === "national" ? t("wallTitleNational")
    : choice.kind === "polda" ? t("wallTitlePolda").replace("{polda}", choice.polda.name) : t("wallTitleRefused");
  document.getElementById("wall-title")!.textContent = text;
  document.title = text;
}

/** A Polda the person may not watch, or one the center does not serve: said in words, with the way to the wall they may. */
function refuse(choice: Extract<WallChoice, { kind: "refused" }>): void {
  const box = document.getElementById("wall-refused")!;
  const says = choice.reason === "unknownPolda" ? t("refusedUnknownPolda") : t("refusedOutsidePolda");
  const message = Object.assign(document.createElement("p"), {
    textContent: says.replace("{polda}", choice.asked).replace("{own}", choice.own?.name ?? ""),
  });
  const link = Object.assign(document.createElement("a"), {
    href: choice.own ? poldaWall(choice.own.unitId) : "/", id: "own-wall",
    textContent: choice.own ? t("openOwnWall").replace("{polda}", choice.own.name) : t("openWall"),
  });
  box.replaceChildren(message, link);
  box.hidden = false;
  document.querySelector("main")!.hidden = true;
  document.querySelector<HTMLElement>(".counters")!.hidden = true;
  document.body.dataset.ready = "1";
}

/** Roles that may watch the wall; anyone else signed in is sent to their own page rather than shown a dead feed. */
const watchers = new Set(["operator", "manager", "wall"]);

async function main(): Promise<void> {
  const me = await currentUser();
  if (me && !watchers.has(me.role ?? "") && homeOf(me) !== "/") {
    location.replace(homeOf(me));
    return;
  }
  names = await units();
  const choice = chooseWall(me, names, new URLSearchParams(location.search).get("polda"));
  document.body.dataset.wall = choice.kind === "polda" ? choice.polda.unitId : choice.kind;
  applyTexts(() => { title(choice); view?.texts(); national?.texts(); alarms?.render(store.all); void refreshToday(); });
  title(choice);
  void showSession();
  if (choice.kind === "refused") { refuse(choice); return; }
  installSound(document.getElementById("sound-prompt")!, document.getElementById("sound-controls")!);
  const polda = choice.kind === "polda" ? choice.polda.unitId : null;
  const inPolda = (unitId: string) => !polda || poldaOf(unitId, names)?.unitId === polda;
  alarms = new WallAlarms(unitName, me?.role === "operator", inPolda);
  await calls.configure();
  if (choice.kind === "national") {
    document.body.classList.add("national");
    national = new NationalView(choice.poldas, document.getElementById("poldas")!);
    await national.load();
    national.texts();
  } else {
    document.getElementById("national-link")!.hidden = !choice.national;
    map = new CoverageMap("map");
    view = new WallView(store, map, unitName);
    await map.load(choice.polda.unitId);
    view.withUnits(new Map([...names].filter(([id]) => inPolda(id))));
    view.texts();
  }
  await startFeed({
    join: async (connection) => {
      // A Polda asked for by name is joined by name, which the server refuses outside the grant; otherwise the grant's wall.
      const cases = choice.kind === "polda" && choice.asked
        ? await connection.invoke<CaseSummary[]>("JoinPoldaWall", choice.polda.unitId)
        : await connection.invoke<CaseSummary[]>("JoinWall");
      // After the join, so no surge pushed meanwhile is missed; each (re)join asks again for those standing.
      await alarms?.surges.load();
      await calls.load();
      return cases;
    },
    snapshot: (cases, since) => { store.replace(cases, since); renderList(); },
    changes: (batch) => {
      alarms?.changes(store.apply(batch));
      view?.changed(batch);
      national?.render(store.all);
      alarms?.render(store.all);
    },
    // While the live connection is lost what the wall shows may be out of date: it says so by dimming, not by hiding.
    connected: (up) => { showConnection(up); document.body.classList.toggle("stale", !up); },
    alert: (alert) => { alarms?.surge(alert); showSurges(); },
    call: (call) => calls.apply(call),
  });
  tick();
  setInterval(tick, 1000);
  void refreshToday();
  setInterval(() => void refreshToday(), 15000);
}

void main();
