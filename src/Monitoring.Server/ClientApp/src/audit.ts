// The audit trail for admins: who did what, and who looked at a caller's number, when. Filters and pages are the
// server's (GET /api/admin/audit); times are stored in UTC and shown in WIB.
import { authFetch, currentUser } from "./auth";
import { problemText, type Problem } from "./api";
import { applyTexts, t, type TextKey } from "./i18n";
import { showSession } from "./session";
import { fromWibInput, wibFull } from "./time";

interface AuditLine {
  id: number; at: string; userName: string; role: string; action: string; target: string | null; outcome: string;
  status: number | null; clientAddress: string; detail: string | null;
}
interface AuditPage { items: AuditLine[]; page: number; pageSize: number; total: number }

const PageSize = 50;
const form = document.getElementById("audit-form") as HTMLFormElement;
const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const outcomes: Record<string, TextKey> = { allowed: "auditAllowed", refused: "auditRefused", failed: "auditFailed" };
let page = 1;
let last: AuditPage | null = null;

/** The filters as the API takes them: only those filled in, the times from WIB to UTC. */
function query(extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const name of ["userName", "action", "target"]) if (input(name).value.trim()) params.set(name, input(name).value.trim());
  for (const name of ["from", "to"]) if (input(name).value) params.set(name, fromWibInput(input(name).value));
  return params.toString();
}

function render(): void {
  const body = document.getElementById("audit-rows") as HTMLTableSectionElement;
  body.replaceChildren();
  if (!last) return;
  for (const line of last.items) {
    const row = body.insertRow();
    row.dataset.action = line.action;
    row.className = `outcome-${line.outcome}`;
    const outcome = `${t(outcomes[line.outcome] ?? "auditFailed")}${line.status === null ? "" : ` (${line.status})`}`;
    for (const text of [wibFull(line.at), line.userName || "—", line.role || "—", line.action, line.target ?? "—", outcome,
      line.clientAddress || "—", line.detail ?? ""]) {
      row.insertCell().textContent = text;
    }
  }
  if (last.items.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 8;
    cell.className = "empty";
    cell.textContent = t("auditEmpty");
  }
  const pages = Math.max(1, Math.ceil(last.total / last.pageSize));
  document.getElementById("page-info")!.textContent = `${t("page")} ${last.page} / ${pages} · ${last.total} ${t("auditLines")}`;
  (document.getElementById("page-previous") as HTMLButtonElement).disabled = last.page <= 1;
  (document.getElementById("page-next") as HTMLButtonElement).disabled = last.page >= pages;
}

async function load(): Promise<void> {
  const response = await authFetch(`/api/admin/audit?${query({ page: String(page), pageSize: String(PageSize) })}`);
  const json = await response.json().catch(() => ({ status: response.status }));
  document.getElementById("audit-error")!.textContent = response.ok ? "" : problemText(json as Problem);
  if (response.ok) last = json as AuditPage;
  render();
}

async function downloadCsv(): Promise<void> {
  const response = await authFetch(`/api/admin/audit?${query({ format: "csv" })}`);
  if (!response.ok) {
    document.getElementById("audit-error")!.textContent = problemText(await response.json().catch(() => ({ status: response.status })));
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "audit.csv";
  link.click();
  URL.revokeObjectURL(link.href);
}

async function main(): Promise<void> {
  applyTexts(render);
  void showSession();
  const me = await currentUser();
  if (me?.role !== "admin") {
    document.getElementById("refused")!.hidden = false;
    document.getElementById("trail")!.hidden = true;
    document.body.dataset.ready = "1";
    return;
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); page = 1; void load(); });
  document.getElementById("page-previous")!.addEventListener("click", () => { page = Math.max(1, page - 1); void load(); });
  document.getElementById("page-next")!.addEventListener("click", () => { page += 1; void load(); });
  document.getElementById("csv")!.addEventListener("click", () => void downloadCsv());
  await load();
  document.body.dataset.ready = "1";
}

void main();
