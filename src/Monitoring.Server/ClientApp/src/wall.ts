import { getJson, units, type CaseSummary, type Unit } from "./api";
import { installSound, showConnection } from "./alarm";
import { WallAlarms } from "./wallAlarms";
import { CaseStore } from "./caseStore";
import { startFeed } from "./feed";
import { applyTexts, stateText, t, word, type TextKey } from "./i18n";
import { CoverageMap } from "./map";
import { remaining, wib } from "./time";
import { showSession } from "./session";
import { currentUser, homeOf } from "./auth";

/** What fits 1920×1080 at a size read from 4 m; the rest is counted, never silently left out. */
const TopRows = 10;
const store = new CaseStore();
const map = new CoverageMap("map");
let names = new Map<string, Unit>();
let alarms: WallAlarms | null = null;

const unitName = (id: string) => names.get(id)?.name ?? id;
const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function renderList(): void {
  const now = Date.now();
  const rows = store.byDeadline().slice(0, TopRows).map((c) => {
    const left = remaining(c.deadline, now);
    const badge = c.escalationLevel > 0 ? `<span class="badge">${t("escalated")} ▲${c.escalationLevel}</span> ` : "";
    return `<tr data-case="${c.caseId}" class="${c.priority}${c.escalationLevel > 0 ? " escalated" : ""}">
      <td class="prio">${c.priority}</td>
      <td class="left${left.overdue ? " overdue" : ""}" data-deadline="${c.deadline ?? ""}">${left.text}</td>
      <td><div class="what">${badge}${word(c.category)} · ${text(c.summary)}</div>
          <div class="where"><b>${text(unitName(c.responsibleUnitId))}</b> · ${c.caseId}${c.outOfCoverage ? ` · ${t("outOfCoverage")}` : ""}${c.callerNumber ? ` · ${text(c.callerNumber)}` : ""}</div></td>
      <td class="state">${stateText(c.state)}</td>
      <td class="opened">${wib(c.openedAt)}</td>
    </tr>`;
  });
  const hidden = store.all.length - rows.length;
  const more = hidden > 0 ? `<tr class="more"><td colspan="5" id="cases-more">${t("moreCases").replace("{n}", String(hidden))}</td></tr>` : "";
  document.getElementById("cases")!.innerHTML = rows.join("") + more || `<tr><td colspan="5" class="empty">${t("noCases")}</td></tr>`;
  document.getElementById("count-open")!.textContent = String(store.all.length);
  document.getElementById("count-unacknowledged")!.textContent = String(store.all.filter((c) => c.state === "open").length);
  document.getElementById("count-escalated")!.textContent = String(store.all.filter((c) => c.escalationLevel > 0).length);
  map.show(store.all);
  alarms?.render(store.all);
}

/** The countdowns tick every second without re-rendering the list. */
function tick(): void {
  const now = Date.now();
  document.getElementById("clock")!.textContent = wib(new Date(now));
  document.querySelectorAll<HTMLElement>("td.left").forEach((cell) => {
    const left = remaining(cell.dataset.deadline || null, now);
    cell.textContent = left.text;
    cell.classList.toggle("overdue", left.overdue);
  });
}

async function refreshToday(): Promise<void> {
  try {
    const today = await getJson<{ receivedByKind: Record<string, number> }>("/api/stats/today");
    const kinds: TextKey[] = ["report", "complaint", "information", "prank", "silent"];
    document.getElementById("today")!.innerHTML = kinds
      .map((k) => `<span class="kind"><b>${today.receivedByKind[k] ?? 0}</b> ${t(k)}</span>`).join("");
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
  applyTexts(() => { renderList(); void refreshToday(); });
  installSound(document.getElementById("sound-prompt")!, document.getElementById("sound-controls")!);
  void showSession();
  names = await units();
  await map.load();
  await startFeed({
    join: (connection) => connection.invoke<CaseSummary[]>("JoinWall"),
    snapshot: (cases, since) => { store.replace(cases, since); renderList(); },
    changes: (batch) => {
      alarms?.changes(store.apply(batch));
      renderList();
    },
    connected: showConnection,
  });
  tick();
  setInterval(tick, 1000);
  void refreshToday();
  setInterval(() => void refreshToday(), 15000);
}

void main();
