// The 110 line's queue on the wall: the calls ringing now, each with its ring time counting up, amber past the warning and
// red with a telephone's ring past the 10 s Kapolri set; from GET /api/telephony/calls when the feed joins, then the hub's
// "call" pushes, so a reload rebuilds it from what the center says.
import { getJson } from "./api";
import { play } from "./alarm";
import { t } from "./i18n";

export interface CallView {
  callId: string; version: number; state: "ringing" | "answered" | "ended" | "abandoned"; callerNumber: string | null;
  offeredAt: string | null; answeredAt: string | null; endedAt: string | null; ringsAt: string; ringsAtName: string; level: number;
  agentId: string | null; unitChain: string[];
  location: { latitude: number; longitude: number; radiusMeters: number; source: string; fixedAt: string | null } | null;
}

/** The line today against its first target, from /api/stats/today. */
export interface LineFigures { answered: number; answeredWithinTarget: number; withinTargetShare: number | null; abandoned: number; longestWaitSeconds: number | null }

/** Amber from here, red at the 10-second rule: the center's Monitoring:Telephony, read once the page is up. */
let WarnAfterMs = 5000;
let AnswerWithinMs = 10000;
const Shown = 6;

const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** "0:07", "12:30"; an hour and more (a call whose end the telephony never sent) as "1 j+", so it never crowds the number. */
const clock = (ms: number) => ms >= 3_600_000 ? t("callHourPlus")
  : `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

export class CallQueue {
  private readonly calls = new Map<string, CallView>();
  /** The calls whose passing of the 10 s this wall has rung for: once each. */
  private readonly rung = new Set<string>();
  private readonly gone = new Map<string, CallView>();
  private today: LineFigures | null = null;

  constructor(private readonly root: HTMLElement) {}

  /** The thresholds the center is configured with. */
  async configure(): Promise<void> {
    const config = await getJson<{ callWarnAfterSeconds: number; callAnswerWithinSeconds: number }>("/api/ui/config").catch(() => null);
    if (!config) return;
    WarnAfterMs = config.callWarnAfterSeconds * 1000;
    AnswerWithinMs = config.callAnswerWithinSeconds * 1000;
  }

  async load(): Promise<void> {
    const live = await getJson<CallView[]>("/api/telephony/calls").catch(() => null);
    if (!live) return;
    this.calls.clear();
    for (const c of live) this.calls.set(c.callId, c);
    this.render(Date.now());
  }

  /** A push older than what the wall holds (pushes may overtake each other) changes nothing; an ended call is remembered by
   * its version a while, so a late push of its ringing cannot put it back. */
  apply(call: CallView): void {
    const held = this.calls.get(call.callId) ?? this.gone.get(call.callId);
    if (held && held.version >= call.version) return;
    if (call.state === "ringing" || call.state === "answered") this.calls.set(call.callId, call);
    else {
      this.calls.delete(call.callId);
      this.rung.delete(call.callId);
      this.gone.set(call.callId, call);
      if (this.gone.size > 500) this.gone.delete(this.gone.keys().next().value!);
    }
    this.render(Date.now());
  }

  figures(today: LineFigures): void {
    this.today = today;
    this.render(Date.now());
  }

  /** Every second: the ring times count up, and a call that just passed 10 s turns red and rings. */
  render(now: number): void {
    const ringing = [...this.calls.values()].filter((c) => c.state === "ringing" && c.offeredAt)
      .map((c) => ({ call: c, ms: Math.max(0, now - Date.parse(c.offeredAt!)) })).sort((a, b) => b.ms - a.ms);
    const talking = [...this.calls.values()].filter((c) => c.state === "answered").length;
    for (const { call, ms } of ringing) {
      if (ms < AnswerWithinMs || this.rung.has(call.callId)) continue;
      this.rung.add(call.callId);
      play("callWaiting");
    }
    // Shown once the line has had a voice call today: a center whose calls come only as forms is not given an empty box.
    const heard = (this.today?.answered ?? 0) + (this.today?.abandoned ?? 0) > 0;
    this.root.hidden = ringing.length === 0 && talking === 0 && !heard;
    this.root.dataset.waiting = String(ringing.length);
    if (this.root.hidden) {
      this.root.innerHTML = "";
      return;
    }
    const row = ({ call, ms }: { call: CallView; ms: number }) =>
      `<li data-call="${text(call.callId)}" class="${ms >= AnswerWithinMs ? "late" : ms >= WarnAfterMs ? "warn" : ""}">`
      + `<b class="ring">${clock(ms)}</b> <span class="number">${text(call.callerNumber ?? t("callUnknownNumber"))}</span> `
      + `<span class="at">${text(call.ringsAtName)}${call.level > 0 ? ` <i class="moved">▲${call.level}</i>` : ""}</span></li>`;
    this.root.innerHTML = `<h2>${t("callQueue")} <b id="calls-waiting">${ringing.length}</b> ${t("callsWaiting")}`
      + `${talking > 0 ? ` · ${t("callsTalking").replace("{n}", String(talking))}` : ""}</h2>`
      + (ringing.length > 0 ? `<ol>${ringing.slice(0, Shown).map(row).join("")}</ol>` : "")
      + (ringing.length > Shown ? `<p class="more">+${ringing.length - Shown}</p>` : "")
      + (this.today ? `<p class="today">${lineText(this.today)}</p>` : "");
  }
}

/** "hari ini: 212 dijawab · 92 % ≤10 dtk · 31 putus · terlama 0:25", the share amber below nine in ten. */
function lineText(f: LineFigures): string {
  const share = f.withinTargetShare === null ? "–" : `${Math.round(f.withinTargetShare * 100)} %`;
  const below = f.withinTargetShare !== null && f.withinTargetShare < 0.9;
  return `${t("lineToday")}: <b>${f.answered}</b> ${t("lineAnswered")} · <b id="line-within"${below ? ` class="below"` : ""}>${share}</b> ${t("lineWithin")}`
    + ` · <b>${f.abandoned}</b> ${t("lineAbandoned")} · ${t("lineLongest")} <b>${clock((f.longestWaitSeconds ?? 0) * 1000)}</b>`;
}
