import { getJson, type AlertView } from "./api";
import { t } from "./i18n";
import { wib } from "./time";

const text = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * "7 laporan dalam 10 menit — Polsek Setu": what the room reads of a surge, on the banner and on the list; a window under
 * a minute (a drill's) in seconds, not as "0 menit".
 */
export const surgeText = (a: AlertView): string =>
  (a.windowSeconds < 60 ? t("surgeTextSeconds").replace("{s}", String(a.windowSeconds)) : t("surgeText").replace("{m}", String(a.windowMinutes)))
    .replace("{n}", String(a.count)).replace("{unit}", text(a.unitName));

/**
 * The surges standing now, by Polsek: from the alerts API when the feed joins, then from the hub's "alert" pushes.
 * An alert the hub says is over leaves; the list is only what the center says stands, so a reload rebuilds it.
 */
export class SurgeBoard {
  private readonly standing = new Map<string, AlertView>();

  /** within: the units whose surges this wall shows (one Polda's wall leaves the other Polda's out). */
  constructor(private readonly within: (unitId: string) => boolean = () => true) {}

  get all(): AlertView[] {
    return [...this.standing.values()].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
  }

  async load(): Promise<void> {
    const alerts = await getJson<AlertView[]>("/api/alerts").catch(() => null);
    if (!alerts) return;
    this.standing.clear();
    for (const a of alerts) if (a.active && this.within(a.unitId)) this.standing.set(a.unitId, a);
  }

  /** True when the surge is new to this wall: the one moment it sounds. */
  apply(a: AlertView): boolean {
    if (!this.within(a.unitId)) return false;
    const fresh = a.active && !this.standing.has(a.unitId);
    if (a.active) this.standing.set(a.unitId, a);
    else this.standing.delete(a.unitId);
    return fresh;
  }

  render(): string {
    return this.all.map((a) => `<li class="surge-entry" data-surge-unit="${text(a.unitId)}">
      <b class="what">${t("surge")}</b> <span>${surgeText(a)}</span>
      <div class="since">${t("surgeSince")} ${wib(a.raisedAt)}</div></li>`).join("");
  }
}
