// The shapes the server sends (camelCase, enums as strings) and the calls the pages make.
import { authFetch } from "./auth";

export interface Location { latitude: number; longitude: number; address: string | null }

export interface CaseSummary {
  caseId: string; version: number; state: string; kind: string; category: string; priority: string;
  assignedUnitId: string; responsibleUnitId: string; escalationLevel: number; alarms: number; outOfCoverage: boolean;
  location: Location; summary: string; receivedAt: string; openedAt: string; updatedAt: string; deadline: string | null; awaiting: string | null;
  unitChain: string[]; isFinal: boolean;
  /** In E.164, or masked ("0812****7890") for a role that may not read it whole: shown as it comes, never parsed. */
  callerNumber: string;
}

export interface CaseChanged { case: CaseSummary; change: string }

export interface Unit { unitId: string; name: string; level: string; parentId: string | null; areaCode: string | null; openCases: number }

export interface TimelineEntry {
  at: string; type: string; unitId: string | null; officer: string | null; detail: string | null; fromUnitId: string | null;
  officerUserId: string | null; officerNrp: string | null; officerRole: string | null; note: string | null;
}

export interface CaseView extends Omit<CaseSummary, "version" | "deadline" | "isFinal"> {
  nextDeadline: string | null; timeline: TimelineEntry[];
  /** What the reader may do now, the next step first; empty for a role that takes no actions. */
  allowedActions: string[];
}

export interface Problem { title?: string; detail?: string; status: number; errors?: Record<string, string[]> }

/** The problem's field messages as one line, or its title. */
export function problemText(problem: Problem): string {
  const fields = Object.entries(problem.errors ?? {}).map(([name, messages]) => `${name}: ${messages.join(" ")}`);
  return fields.length ? fields.join(" · ") : problem.detail ?? problem.title ?? `HTTP ${problem.status}`;
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await authFetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** POSTs JSON; resolves to the body on success and to the problem details otherwise. */
export async function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ ok: true; value: T } | { ok: false; problem: Problem }> {
  const response = await authFetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => ({ status: response.status }));
  return response.ok ? { ok: true, value: json as T } : { ok: false, problem: json as Problem };
}

let unitNames: Promise<Map<string, Unit>> | null = null;

export function units(): Promise<Map<string, Unit>> {
  unitNames ??= getJson<Unit[]>("/api/units").then((list) => new Map(list.map((u) => [u.unitId, u])));
  return unitNames;
}
