// The signed-in person for every page: /api/auth/me fetched once, its antiforgery token added to every write, and a
// 401 sends the browser to the sign-in page, which comes back here afterwards.
export interface Me {
  userName: string; displayName: string; role: string | null; unitId: string | null; nrp: string | null;
  mustChangePassword: boolean; mustEnrolSecondFactor: boolean; secondFactor: boolean; antiforgeryToken: string | null;
  /** The pages this person's role may use, as the server's policies say: the navigation offers these and no others. */
  pages: string[];
}

export const csrfHeader = "X-CSRF-TOKEN";

let me: Promise<Me | null> | null = null;

/** Who is signed in, or null; asked of the server once per page until forget(). */
export function currentUser(): Promise<Me | null> {
  me ??= fetch("/api/auth/me", { credentials: "same-origin" }).then((r) => (r.ok ? (r.json() as Promise<Me>) : null)).catch(() => null);
  return me;
}

/** After a sign-in, a sign-out or a password change: the session, and with it the antiforgery token, changed. */
export function forget(): void {
  me = null;
}

/** Only a path on this site: "//evil.example" or "/\evil.example" would leave it. */
export function localReturnUrl(raw: string | null): string | null {
  return raw && raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\") ? raw : null;
}

/** The page each role works on, where a sign-in without a page asked for leads. */
export function homeOf(me: Me | null): string {
  switch (me?.role) {
    case "admin": return "/admin";
    case "calltaker": return "/intake";
    case "manager": return "/reports";
    case "officer": return me.unitId ? `/unit/${encodeURIComponent(me.unitId)}` : "/";
    default: return "/";
  }
}

export function signInUrl(): string {
  return "/signin?returnUrl=" + encodeURIComponent(location.pathname + location.search);
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** fetch with the session: the antiforgery token on writes; on 401 (not signed in, or the session ended) to the sign-in page. */
export async function authFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!safeMethods.has((init.method ?? "GET").toUpperCase())) {
    const token = (await currentUser())?.antiforgeryToken;
    if (token) headers.set(csrfHeader, token);
  }
  const response = await fetch(url, { ...init, headers, credentials: "same-origin" });
  if (response.status === 401 && location.pathname !== "/signin") location.assign(signInUrl());
  return response;
}
