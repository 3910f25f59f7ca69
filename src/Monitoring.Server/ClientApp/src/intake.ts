import { getJson, postJson, units, type Unit } from "./api";
import { applyTexts, t, word } from "./i18n";
import { CoverageMap } from "./map";
import { wibFull } from "./time";
import { showSession } from "./session";

interface Entry { interaction: { id: string; kind: string; category: string | null; summary: string | null; receivedAt: string }; caseId: string | null; assignedUnitId: string | null }
interface IntakeResult { interactionId: string; caseId: string | null; assignedUnitId: string | null; unitChain: string[]; outOfCoverage: boolean }

const form = document.getElementById("intake-form") as HTMLFormElement;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const text = (value: string | null) => (value ?? "").replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
let names = new Map<string, Unit>();
let historyFor = "";

async function showHistory(): Promise<void> {
  const number = field("callerNumber").value.trim();
  if (!/^\+?[0-9]{6,16}$/.test(number) || number === historyFor) return;
  historyFor = number;
  const entries = (await getJson<{ items: Entry[] }>(`/api/callers/${encodeURIComponent(number)}/interactions`)).items;
  if (historyFor !== number) return;
  document.getElementById("history")!.innerHTML = entries.length === 0 ? `<li>${t("noHistory")}</li>` : entries.map((e) =>
    `<li><time>${wibFull(e.interaction.receivedAt)}</time> <b>${word(e.interaction.kind)}</b> ${word(e.interaction.category)} ${text(e.interaction.summary)}${e.caseId ? ` · <a href="/unit/${e.assignedUnitId}">${e.caseId}</a>` : ""}</li>`).join("");
}

function number(name: string): number | null {
  const value = field(name).value.trim();
  return value === "" ? null : Number(value);
}

async function submit(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  form.querySelectorAll(".error").forEach((el) => (el.textContent = ""));
  const location = number("latitude") === null && number("longitude") === null ? null
    : { latitude: number("latitude"), longitude: number("longitude"), address: field("address").value || null };
  const result = await postJson<IntakeResult>("/api/interactions", {
    callerNumber: field("callerNumber").value, channel: field("channel").value, kind: field("kind").value,
    category: field("category").value || null, priority: field("priority").value || null, location,
    summary: field("summary").value || null, agentId: localStorage.getItem("agentId"),
  });
  const outcome = document.getElementById("outcome")!;
  if (result.ok) {
    const r = result.value;
    outcome.className = "outcome ok";
    outcome.innerHTML = r.caseId
      ? `${t("routedTo")}: <b id="routed-unit">${text(names.get(r.assignedUnitId!)?.name ?? r.assignedUnitId)}</b> · ${r.caseId}${r.outOfCoverage ? ` · ${t("outOfCoverage")}` : ""}`
      : t("recorded");
    historyFor = "";
    await showHistory();
    return;
  }
  outcome.className = "outcome failed";
  outcome.textContent = result.problem.title ?? result.problem.detail ?? String(result.problem.status);
  for (const [name, messages] of Object.entries(result.problem.errors ?? {})) {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`) ?? form.querySelector<HTMLElement>(`[data-error-for="form"]`);
    if (slot) slot.textContent = messages.join(" ");
  }
}

async function main(): Promise<void> {
  applyTexts();
  void showSession();
  // Wired first: a submit while the map still loads must not fall through to a plain form post.
  form.addEventListener("submit", (e) => void submit(e));
  names = await units();
  const map = new CoverageMap("map", (lat, lng) => {
    field("latitude").value = lat.toFixed(5);
    field("longitude").value = lng.toFixed(5);
    map.mark(lat, lng);
  });
  await map.load();
  let timer = 0;
  field("callerNumber").addEventListener("input", () => { clearTimeout(timer); timer = window.setTimeout(() => void showHistory(), 250); });
  document.body.dataset.ready = "1";
}

void main();
