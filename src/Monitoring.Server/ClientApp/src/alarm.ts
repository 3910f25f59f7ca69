import { t } from "./i18n";

let audio: AudioContext | null = null;

/** Three short tones: heard across an operations room. Browsers may keep audio muted until the page is clicked once. */
function beep(): void {
  try {
    audio ??= new AudioContext();
    for (let i = 0; i < 3; i++) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(audio.destination);
      const start = audio.currentTime + i * 0.3;
      osc.start(start);
      osc.stop(start + 0.18);
    }
  } catch {
    // No audio device: the visible alarm still shows.
  }
}

/** Shows the alarm banner with its text for a while and sounds it. */
export function raiseAlarm(kind: "escalationAlarm" | "newCase", text: string): void {
  const banner = document.getElementById("alarm");
  if (!banner) return;
  banner.textContent = `${t(kind)}: ${text}`;
  banner.className = "alarm visible " + (kind === "escalationAlarm" ? "escalation" : "new");
  banner.dataset.at = String(Date.now());
  beep();
  const shownAt = banner.dataset.at;
  setTimeout(() => {
    if (banner.dataset.at === shownAt) banner.className = "alarm";
  }, 12000);
}

export function showConnection(up: boolean): void {
  const banner = document.getElementById("connection-banner");
  if (banner) banner.hidden = up;
}
