// Times are stored in UTC and always shown in WIB (Asia/Jakarta).
import { language } from "./i18n";

// Month and day names follow the chosen language: "03 Des" in Bahasa Indonesia, "03 Dec" in English.
const clock = { timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false } as const;
const formatsIn = (locale: string) => ({
  time: new Intl.DateTimeFormat(locale, clock),
  full: new Intl.DateTimeFormat(locale, { ...clock, day: "2-digit", month: "short" }),
});
const formats = { id: formatsIn("id-ID"), en: formatsIn("en-GB") };

export const wib = (iso: string | Date): string => formats[language()].time.format(new Date(iso)) + " WIB";
export const wibFull = (iso: string | Date): string => formats[language()].full.format(new Date(iso)) + " WIB";

/** "4:05" or "-1:20:03": time left to a deadline, negative once passed. */
export function remaining(deadline: string | null, now: number): { text: string; overdue: boolean } {
  if (!deadline) return { text: "—", overdue: false };
  const ms = new Date(deadline).getTime() - now;
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  const body = (h > 0 ? `${h}:${String(m).padStart(2, "0")}` : `${m}`) + `:${String(sec).padStart(2, "0")}`;
  return { text: (ms < 0 ? "-" : "") + body, overdue: ms < 0 };
}

// A datetime-local input speaks WIB (UTC+7, no daylight saving); the API speaks UTC.
const WibOffsetMs = 7 * 3600 * 1000;
export const toWibInput = (d: Date): string => new Date(d.getTime() + WibOffsetMs).toISOString().slice(0, 16);
export const fromWibInput = (value: string): string => new Date(Date.parse(value + ":00Z") - WibOffsetMs).toISOString();
