import { t } from "./i18n";

export type Tone = "newP1" | "escalation" | "surge" | "callWaiting";

/** A new P1 rises (two notes, twice); an escalation is three hard beeps on one high note; a surge falls slowly over
 * three low notes; a call ringing past its 10 s rings like a telephone, two short bursts: told apart across the room. */
const tones: Record<Tone, { at: number; freq: number; length: number }[]> = {
  newP1: [0, 1].flatMap((r) => [{ at: r * 0.7, freq: 660, length: 0.22 }, { at: r * 0.7 + 0.25, freq: 990, length: 0.3 }]),
  escalation: [0, 0.25, 0.5].map((at) => ({ at, freq: 1175, length: 0.16 })),
  surge: [{ at: 0, freq: 784, length: 0.4 }, { at: 0.45, freq: 587, length: 0.4 }, { at: 0.9, freq: 440, length: 0.6 }],
  callWaiting: [0, 0.5].flatMap((at) => [{ at, freq: 440, length: 0.35 }, { at, freq: 480, length: 0.35 }]),
};

const mutedKey = "alarm.muted";
const volumeKey = "alarm.volume";
/**
 * Made as the page loads, before anything on it can count as a gesture, so its state says whether the browser lets a page
 * nobody has touched sound (the prompt asks for the click otherwise). Made later, any gesture before it (a person's, or a
 * test driver's scripted check) would start it unasked.
 */
const audio: AudioContext | null = (() => {
  try {
    return new AudioContext();
  } catch {
    // No audio device: the visible alarm still shows, and the sound controls say there is no sound.
    return null;
  }
})();

export const muted = (): boolean => localStorage.getItem(mutedKey) === "1";
export const volume = (): number => Number(localStorage.getItem(volumeKey) ?? "0.6");

/** Plays the tone (unless muted) and records which one, for whoever checks what the room heard. */
export function play(tone: Tone): void {
  const played = ((window as unknown as { alarmTones?: Record<string, number> }).alarmTones ??= {});
  document.body.dataset.lastTone = tone;
  const ctx = audio;
  if (!ctx || muted()) return;
  played[tone] = (played[tone] ?? 0) + 1;
  for (const note of tones[tone]) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = note.freq;
    osc.type = tone === "escalation" ? "square" : tone === "surge" ? "triangle" : "sine";
    gain.gain.value = 0.5 * volume();
    osc.connect(gain).connect(ctx.destination);
    const start = ctx.currentTime + note.at;
    osc.start(start);
    osc.stop(start + note.length);
  }
}

/**
 * The large "turn sound on" prompt while the browser keeps audio suspended, and the mute and volume controls in
 * <paramref name="controls"/>; both remembered by the browser.
 */
export function installSound(prompt: HTMLElement, controls: HTMLElement): void {
  const ctx = audio;
  const showPrompt = () => {
    prompt.hidden = !ctx || ctx.state === "running";
    document.body.dataset.sound = ctx?.state ?? "none";
  };
  prompt.addEventListener("click", () => void ctx?.resume().then(showPrompt));
  ctx?.addEventListener("statechange", showPrompt);
  showPrompt();
  controls.hidden = false;
  const mute = controls.querySelector<HTMLButtonElement>("[data-sound=mute]")!;
  const slider = controls.querySelector<HTMLInputElement>("[data-sound=volume]")!;
  // A browser without audio cannot sound the alarm: the room must read that, not assume a silence means calm.
  mute.disabled = slider.disabled = !ctx;
  const render = () => {
    mute.textContent = !ctx ? t("soundUnavailable") : muted() ? t("soundOff") : t("soundOn");
    mute.setAttribute("aria-pressed", String(muted()));
    slider.value = String(volume());
  };
  mute.addEventListener("click", () => {
    localStorage.setItem(mutedKey, muted() ? "0" : "1");
    render();
  });
  slider.addEventListener("input", () => localStorage.setItem(volumeKey, slider.value));
  // Heard after the page's own toggle handler (wired before this), so the button speaks the language just chosen.
  document.getElementById("lang-toggle")?.addEventListener("click", render);
  render();
}

/** Shows the alarm banner with its text for a while and sounds it. */
export function raiseAlarm(kind: "escalationAlarm" | "newCase", text: string): void {
  const banner = document.getElementById("alarm");
  if (!banner) return;
  banner.textContent = `${t(kind)}: ${text}`;
  banner.className = "alarm visible " + (kind === "escalationAlarm" ? "escalation" : "new");
  banner.dataset.at = String(Date.now());
  play(kind === "escalationAlarm" ? "escalation" : "newP1");
  const shownAt = banner.dataset.at;
  setTimeout(() => {
    if (banner.dataset.at === shownAt) banner.className = "alarm";
  }, 12000);
}

export function showConnection(up: boolean): void {
  const banner = document.getElementById("connection-banner");
  if (banner) banner.hidden = up;
}
