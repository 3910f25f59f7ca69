// Passkeys (WebAuthn) with Identity's options: the server's JSON goes to the browser's own parser and the browser's
// answer back as its toJSON(), so no base64url handling of our own.
import { authFetch } from "./auth";
import type { Problem } from "./api";

export interface PasskeyView { id: string; name: string; createdAt: string }

/** A browser that can make and use passkeys, with the JSON forms of the options (2024 onwards). */
export function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === "function"
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";
}

/** The sign-in's answer, or the problem; null when the person closed the browser's dialog. */
export async function signInWithPasskey(): Promise<Response | null> {
  const options = await fetch("/api/auth/passkey/options", { method: "POST", credentials: "same-origin" });
  if (!options.ok) return options;
  const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(await options.json());
  const credential = await navigator.credentials.get({ publicKey }).catch(() => null);
  if (!(credential instanceof PublicKeyCredential)) return null;
  return fetch("/api/auth/passkey/signin", {
    method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
    body: JSON.stringify({ credential: credential.toJSON() }),
  });
}

/** Makes a passkey on this device and stores it under the name; the problem on a refusal, null when dismissed. */
export async function addPasskey(name: string): Promise<{ ok: true } | { ok: false; problem: Problem } | null> {
  const options = await authFetch("/api/auth/passkeys/options", { method: "POST" });
  if (!options.ok) return { ok: false, problem: (await options.json().catch(() => ({ status: options.status }))) as Problem };
  const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(await options.json());
  const credential = await navigator.credentials.create({ publicKey }).catch(() => null);
  if (!(credential instanceof PublicKeyCredential)) return null;
  const stored = await authFetch("/api/auth/passkeys", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ credential: credential.toJSON(), name }),
  });
  return stored.ok ? { ok: true } : { ok: false, problem: (await stored.json().catch(() => ({ status: stored.status }))) as Problem };
}

export async function listPasskeys(): Promise<PasskeyView[]> {
  const response = await authFetch("/api/auth/passkeys");
  return response.ok ? ((await response.json()) as PasskeyView[]) : [];
}

export async function removePasskey(id: string): Promise<boolean> {
  return (await authFetch(`/api/auth/passkeys/${encodeURIComponent(id)}`, { method: "DELETE" })).ok;
}
