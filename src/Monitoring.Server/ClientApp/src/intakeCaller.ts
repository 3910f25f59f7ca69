// The caller's banner on the intake page: the rung the number stands on, why, and its calls per window, from
// GET /api/callers/{number} (the caller's actor, which has counted every call the moment it was recorded).
import { getJson } from "./api";
import { t, word } from "./i18n";
import { wibFull } from "./time";

interface Reason { level: string; source: string; note: string | null; until: string | null; by: { name: string } | null }
interface Window { hours: number; counts: Record<"prank" | "silent" | "hangUp" | "genuine", number> }
interface Caller { number: string; reputation: { level: string; counts: Window[]; screenedUntil: string | null; reasons: Reason[] } }

const banner = () => document.getElementById("caller-banner")!;
const text = (value: string | null) => (value ?? "").replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** The number the banner speaks of, and what it last read: kept so the language toggle can say it again. */
let shownFor = "";
let shown: Caller | null = null;

/** Empties the banner the moment another number is being typed: a red banner must never stand over the wrong caller. */
export function forgetCaller(number: string): void {
  if (number === shownFor) return;
  shownFor = "";
  shown = null;
  sayCaller();
}

/** Reads the number's record and shows it; a later number typed meanwhile wins. */
export async function showCaller(number: string): Promise<void> {
  if (!/^\+?[0-9]{6,16}$/.test(number)) return;
  shownFor = number;
  let caller: Caller;
  try {
    caller = await getJson<Caller>(`/api/callers/${encodeURIComponent(number)}`);
  } catch {
    return; // The history beside it still shows the calls; the banner waits for the next look-up.
  }
  if (shownFor !== number) return;
  shown = caller;
  sayCaller();
}

const windowName = (hours: number) => hours % 24 === 0 && hours > 24 ? `${hours / 24} ${t("callerDays")}` : `${hours} ${t("callerHours")}`;

/** A reason's end is said only where it is not the screening's end the banner's title already says. */
function reasonText(r: Reason, screenedUntil: string | null): string {
  const until = r.until && r.until !== screenedUntil ? ` · ${t("callerUntil")} ${wibFull(r.until)}` : "";
  return r.source === "operator"
    ? `${t("callerByOperator")} ${text(r.by?.name ?? "")}: ${text(r.note)}${until}`
    : `${t("callerByRule")} «${text(r.source)}»${until}`;
}

export function sayCaller(): void {
  const el = banner();
  const r = shown?.reputation;
  if (!r || r.level === "normal") {
    el.hidden = true;
    el.className = "caller-banner";
    el.dataset.level = "";
    el.innerHTML = "";
    return;
  }
  el.hidden = false;
  el.className = `caller-banner ${r.level}`;
  el.dataset.level = r.level;
  const title = r.level === "screened" ? `${t("callerScreened")} ${wibFull(r.screenedUntil!)}`
    : r.level === "flagged" ? t("callerFlagged") : t("callerWarned");
  const counts = r.counts.map((w) =>
    `<li data-hours="${w.hours}"><b>${windowName(w.hours)}</b> <span>${w.counts.prank} ${word("prank").toLowerCase()} · ${w.counts.silent} ${word("silent").toLowerCase()} · ${w.counts.hangUp} ${t("callerHangUps")} · ${w.counts.genuine} ${t("callerGenuine")}</span></li>`).join("");
  el.innerHTML = `<strong>${text(title)}</strong><small>${text(shown!.number)} · ${t("callerStillAnswer")}</small>`
    + `<ul class="reasons">${r.reasons.map((x) => `<li>${reasonText(x, r.screenedUntil)}</li>`).join("")}</ul><ul class="counts">${counts}</ul>`;
}
