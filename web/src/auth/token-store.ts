/**
 * Where the app keeps the caller's bearer token: sessionStorage of this origin only (gone when
 * the tab closes), never a URL, a cookie sent elsewhere or a log line.
 */
const KEY = 'dutygraph.token';

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** The token's claims, decoded for display only (the service verifies it; the app never trusts them). */
export function tokenClaims(token: string | null): { sub?: string; roles?: string[]; exp?: number } | null {
  if (!token) return null;
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(decodeURIComponent(escape(json))) as { sub?: string; roles?: string[]; exp?: number };
  } catch {
    return null;
  }
}
