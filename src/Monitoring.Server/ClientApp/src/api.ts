// The shapes the server sends (camelCase, enums as strings) and the calls the pages make.
import { authFetch } from "./auth";
import { stateText, word } from "./i18n";
import { wibFull } from "./time";

export interface Location { latitude: number; longitude: number; address: string | null }

/** A surge alert (GET /api/alerts, the hub's "alert"): a Polsek's reports well above its usual rate for the hour. */
export interface AlertView {
  kind: "surge"; unitId: string; unitName: string; count: number; windowMinutes: number; windowSeconds: number; raisedAt: string; active: boolean;
}

export interface CaseSummary {
  caseId: string; version: number; state: string; kind: string; category: string; priority: string;
  assignedUnitId: string; responsibleUnitId: string; escalationLevel: number; alarms: number; outOfCoverage: boolean;
  location: Location; summary: string; receivedAt: string; openedAt: string; updatedAt: string; deadline: string | null; awaiting: string | null;
  unitChain: string[]; isFinal: boolean;
  /** In E.164, or masked ("0812****7890") for a role that may not read it whole: shown as it comes, never parsed. */
  callerNumber: string;
  /** The acknowledge deadline set at the opening, which no escalation moves: what the ranking goes by. */
  firstDeadline: string;
  /** Escalation alarms nobody has acknowledged yet (none once final): what the wall's alarm list is rebuilt from. */
  unacknowledgedAlarms: number;
  /** How many numbers called about the case: linked calls join it rather than open cases of their own. */
  callerCount: number;
}

export interface CaseChanged { case: CaseSummary; change: string }

/** A unit of the tree; openCases is null in the list the pages ask for, which carries names and the tree only. */
export interface Unit { unitId: string; name: string; level: string; parentId: string | null; areaCode: string | null; poldaId: string | null; openCases: number | null }

export interface TimelineEntry {
  at: string; type: string; unitId: string | null; officer: string | null; detail: string | null; fromUnitId: string | null;
  officerUserId: string | null; officerNrp: string | null; officerRole: string | null; note: string | null;
  /** The unit a handover gave the case to. */
  toUnitId?: string | null;
  reason?: string | null; missed?: string | null; alarm?: number | null;
  /** A linked call's interaction (and whether the center linked it itself), the case a call was split into or merged with,
   * the callers after the step. */
  interactionId?: string | null; otherCaseId?: string | null; automatic?: boolean | null; callers?: number | null;
}

export interface CaseView extends Omit<CaseSummary, "version" | "deadline" | "isFinal" | "firstDeadline" | "callerCount"> {
  nextDeadline: string | null; timeline: TimelineEntry[];
  /** The case's callers (its summary's callerCount), and the case a merge closed it into. */
  callers: number; mergedIntoCaseId: string | null;
  /** What the reader may do now, the next step first; empty for a role that takes no actions. */
  allowedActions: string[];
}

/** RFC 7807 problem details: `code` names the refusal, `codes` beside `errors` what is wrong with each field. */
export interface Problem {
  title?: string; detail?: string; status: number; code?: string;
  errors?: Record<string, string[]>; codes?: Record<string, string[]>; [extension: string]: unknown;
}

/** A code's text in the reader's language with the problem's values filled in, or null for a code the pages do not know. */
function codeText(code: string | undefined, problem: Problem): string | null {
  const text = code ? word("err_" + code) : "";
  if (!code || text === "err_" + code) return null;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = problem[name];
    return name === "state" && typeof value === "string" ? stateText(value)
      : name === "lockedUntil" && typeof value === "string" ? wibFull(value) : String(value ?? "");
  });
}

/** One field's refusals in the reader's language; the server's English where a code has no text. */
export function fieldProblems(problem: Problem, field: string): string {
  const messages = problem.errors?.[field] ?? [];
  return messages.map((message, i) => codeText(problem.codes?.[field]?.[i], problem) ?? message).join(" ");
}

/** The field the pages show: the last part of a path ("location.latitude" → latitude), by its label. */
const fieldLabel = (field: string): string => (field === "$" ? "" : word(field.split(".").pop()!) + ": ");

/** The problem as one line in the reader's language: each field's refusals, or the refusal itself. */
export function problemText(problem: Problem): string {
  const fields = Object.keys(problem.errors ?? {}).map((name) => fieldLabel(name) + fieldProblems(problem, name));
  return fields.length ? fields.join(" · ")
    : codeText(problem.code, problem) ?? problem.detail ?? problem.title ?? `HTTP ${problem.status}`;
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await authFetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** POSTs JSON; resolves to the body on success and to the problem details otherwise. */
export async function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ ok: true; value: T } | { ok: false; problem: Problem }> {
  return resultOf<T>(await authFetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) }));
}

async function resultOf<T>(response: Response): Promise<{ ok: true; value: T } | { ok: false; problem: Problem }> {
  const json = await response.json().catch(() => ({ status: response.status }));
  return response.ok ? { ok: true, value: json as T } : { ok: false, problem: json as Problem };
}

let unitNames: Promise<Map<string, Unit>> | null = null;

/** Names and the tree only: counting would ask every unit's actor (7,836 nationally) for one page load. */
export function units(): Promise<Map<string, Unit>> {
  unitNames ??= getJson<Unit[]>("/api/units?counts=false").then((list) => new Map(list.map((u) => [u.unitId, u])));
  return unitNames;
}

/** A patrol of a unit's board; caseId is the case it is on, while it is on one. */
export interface Patrol { name: string; status: "available" | "dispatched" | "onScene"; caseId: string | null }

/** GETs JSON; resolves to the body on success and to the problem details otherwise, for pages that show refusals. */
export async function getResult<T>(url: string): Promise<{ ok: true; value: T } | { ok: false; problem: Problem }> {
  return resultOf<T>(await authFetch(url));
}
