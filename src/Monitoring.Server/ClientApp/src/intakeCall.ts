// The screen pop: a call taker gives the desk's agent id or extension once (kept by this browser), the page joins that
// agent's feed on the hub, and a call that rings there fills the form — the number, so the caller's record shows at
// once, and the network's or the handset's position, marked as such — before anyone types. The form then goes out with
// the call's id, so the call and the form are one interaction.
import { HubConnectionBuilder, type HubConnection } from "@microsoft/signalr";
import { t, word } from "./i18n";
import type { CallView } from "./wallCalls";

export const AgentKey = "agentId";
const agentPattern = /^[A-Za-z0-9._@+-]{1,64}$/;
const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Where the form's location came from, said beside the coordinates. */
export type LocationOrigin = "words" | "cell" | "aml" | "pidf";

/** "lokasi jaringan (sel)", "dari ucapan penelepon": where a position came from, in the page's language. */
export const originText = (from: LocationOrigin | string): string =>
  t(("origin" + from.charAt(0).toUpperCase() + from.slice(1)) as "originCell");

export interface PopTarget {
  /** Fills the number (as the call taker would type it) unless the form holds another call's. */
  number: (value: string) => void;
  /** Puts the position on the map with its circle and, if the taker has set no place, in the form. */
  position: (c: NonNullable<CallView["location"]>) => void;
}

export class ScreenPop {
  private connection: HubConnection | null = null;
  private current: CallView | null = null;
  /** Calls this desk recorded: their later steps (classified, ended) must not pop them again over the next call. */
  private readonly recorded = new Set<string>();

  constructor(private readonly card: HTMLElement, private readonly input: HTMLInputElement, private readonly target: PopTarget) {
    input.value = localStorage.getItem(AgentKey) ?? "";
    input.addEventListener("change", () => void this.desk(input.value.trim()));
  }

  /** The call the form is about, sent as callId; none once it is recorded or the caller hung up unanswered. */
  get callId(): string | null {
    return this.current && this.current.state !== "abandoned" ? this.current.callId : null;
  }

  async start(): Promise<void> {
    const agent = this.input.value.trim();
    if (agent) await this.desk(agent);
  }

  /** The form was recorded: the next call pops into a clean form. */
  done(): void {
    if (this.current) this.recorded.add(this.current.callId);
    this.current = null;
    this.say();
  }

  private async desk(agent: string): Promise<void> {
    this.input.setCustomValidity(agent === "" || agentPattern.test(agent) ? "" : t("agentInvalid"));
    this.input.reportValidity();
    if (agent !== "" && !agentPattern.test(agent)) return;
    if (agent === "") localStorage.removeItem(AgentKey);
    else localStorage.setItem(AgentKey, agent);
    await this.connection?.stop();
    this.connection = null;
    this.card.dataset.agent = agent;
    if (!agent) return;
    const connection = new HubConnectionBuilder().withUrl("/hubs/wall").withAutomaticReconnect().build();
    connection.on("call", (c: CallView) => this.heard(c));
    // The newest last, so it is the one that pops.
    const join = async () => (await connection.invoke<CallView[]>("JoinAgent", agent))
      .sort((a, b) => (a.offeredAt ?? "").localeCompare(b.offeredAt ?? "")).forEach((c) => this.heard(c));
    connection.onreconnected(() => void join());
    this.connection = connection;
    try {
      await connection.start();
      await join();
      this.card.dataset.joined = agent;
    } catch {
      this.card.dataset.joined = "";
    }
  }

  private heard(c: CallView): void {
    if (this.recorded.has(c.callId)) return;
    // Another call may ring here while the form holds one: the form keeps a call it is taking (answered or ended) until it
    // is recorded, but a call still ringing gives way to one that rang later (its end never reported, it rings nowhere).
    const other = this.current && this.current.callId !== c.callId;
    const newer = c.state === "ringing" && this.current?.state === "ringing" && (c.offeredAt ?? "") > (this.current.offeredAt ?? "");
    if (other && this.current!.state !== "abandoned" && !newer) return;
    // Pushes may overtake each other: the card keeps the newest it heard.
    if (this.current?.callId === c.callId && this.current.version >= c.version) return;
    const fresh = this.current?.callId !== c.callId;
    this.current = c;
    if (fresh && c.callerNumber) this.target.number(c.callerNumber);
    if (c.location) this.target.position(c.location);
    this.say();
  }

  /** The card over the form: ringing, answered or ended, where the position came from and how far off it may be. */
  say(): void {
    const c = this.current;
    this.card.hidden = c === null;
    if (!c) { this.card.innerHTML = ""; return; }
    this.card.className = `call-card ${c.state}`;
    this.card.dataset.call = c.callId;
    const where = c.location ? ` · ${originText(c.location.source)} ±${Math.round(c.location.radiusMeters)} m` : "";
    this.card.innerHTML = `<b>${t(c.state === "abandoned" ? "callAbandonedCard" : c.state === "ended" ? "callEndedCard" : "callIncoming")}</b> `
      + `<span class="number">${text(c.callerNumber ?? "")}</span>${text(where)} · ${text(word(c.state))}`;
  }
}
