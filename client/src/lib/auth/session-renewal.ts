import { resolveBaseUrl } from '@/lib/api/base-url';
import type { TokenResponse } from '@/lib/api/types';
import { sessionStore, type Session } from './session-store';
import { toSession } from './to-session';

/**
 * Keeping the browser signed in without a storm of failed requests:
 * - renewSession(): POST /auth/refresh with the httpOnly cookie; single-flight, so any number
 *   of callers (a page load, the timer, concurrent 401s) share one request, and across tabs the
 *   Web Locks API keeps two tabs from rotating the same cookie at once (which the API would take
 *   for a stolen token).
 * - requestSignIn(): when renewal fails, a dialog over the page asks for the password again;
 *   every request that needs a token waits on this one promise, so nothing else is sent (and
 *   nothing the user typed is lost) until the user has signed in again.
 */

export const REFRESH_PATH = '/api/v1/auth/refresh';
export const SIGN_OUT_PATH = '/api/v1/auth/sign-out';
const LOCK_NAME = 'medanumkm-session-refresh';
/**
 * Whether this browser may hold a refresh cookie (it cannot see the httpOnly cookie itself): set when a
 * session starts or is renewed, cleared when it ends. A first visit (a buyer opening the public catalog,
 * anyone on the sign-in page) then sends no refresh request that can only fail: no 401 in the console,
 * nothing ahead of the page's own requests. Not a secret: it says only "try renewing".
 */
const HINT_KEY = 'medanumkm.session';

export const sessionHint = {
  get(): boolean {
    try {
      return globalThis.localStorage?.getItem(HINT_KEY) === '1';
    } catch {
      return true; // storage unavailable (privacy mode): try renewing as before
    }
  },
  set(present: boolean) {
    try {
      if (present) globalThis.localStorage?.setItem(HINT_KEY, '1');
      else globalThis.localStorage?.removeItem(HINT_KEY);
    } catch {
      // ignore: get() then answers true
    }
  },
};

export type RenewalState = {
  /** The page load's quiet renewal is still running: do not send anyone to /login yet. */
  restoring: boolean;
  /** The session ended and could not be renewed: the sign-in dialog is shown. */
  signInRequired: boolean;
};

// Restoring until the first page load's renewal has answered (so nobody is sent to /login too early).
let state: RenewalState = { restoring: true, signInRequired: false };
const listeners = new Set<() => void>();
let inFlight: Promise<Session | null> | null = null;
let waiting: { promise: Promise<boolean>; resolve: (signedIn: boolean) => void } | null = null;

function setState(next: Partial<RenewalState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const renewalStore = {
  get: (): RenewalState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

async function callRefresh(): Promise<Session | null> {
  try {
    const response = await globalThis.fetch(
      new Request(`${resolveBaseUrl()}${REFRESH_PATH}`, { method: 'POST', credentials: 'same-origin' }),
    );
    if (!response.ok) return null;
    return toSession((await response.json()) as TokenResponse);
  } catch {
    return null;
  }
}

function withTabLock(work: () => Promise<Session | null>): Promise<Session | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(LOCK_NAME, () => work()).then((session) => session) : work();
}

/** One renewal at a time; resolves with the new session, or null when the session cannot be renewed. */
export function renewSession(): Promise<Session | null> {
  if (!inFlight) {
    inFlight = withTabLock(callRefresh)
      .then((session) => {
        if (session) sessionStore.set(session);
        sessionHint.set(session !== null);
        return session;
      })
      .finally(() => {
        inFlight = null;
      });
  }
  return inFlight;
}

/** On page load (F5, a new tab): renew quietly from the cookie; false when there is no session to restore. */
export async function restoreSession(): Promise<boolean> {
  if (sessionStore.get()) {
    setState({ restoring: false });
    return true;
  }
  if (!sessionHint.get()) {
    setState({ restoring: false });
    return false;
  }
  setState({ restoring: true });
  try {
    return (await renewSession()) !== null;
  } finally {
    setState({ restoring: false });
  }
}

/** Shows the sign-in dialog (once, however many callers ask); resolves true after signing in, false after giving up. */
export function requestSignIn(): Promise<boolean> {
  if (!waiting) {
    let resolve: (signedIn: boolean) => void = () => {};
    const promise = new Promise<boolean>((r) => {
      resolve = r;
    });
    waiting = { promise, resolve };
    setState({ signInRequired: true });
  }
  return waiting.promise;
}

/** The dialog's sign-in succeeded: every waiting request goes on with the new token. */
export function completeSignIn(session: Session) {
  sessionStore.set(session);
  sessionHint.set(true);
  const current = waiting;
  waiting = null;
  setState({ signInRequired: false });
  current?.resolve(true);
}

/** The user chose to sign out instead: waiting requests give up with the answer they had. */
export function abandonSignIn() {
  const current = waiting;
  waiting = null;
  setState({ signInRequired: false });
  current?.resolve(false);
}

/**
 * A valid access token for the next request: the current one, or a renewed one, or (when the
 * session cannot be renewed) the one from signing in again in the dialog. Null when signed out.
 */
export async function freshToken(): Promise<string | null> {
  if (waiting) await waiting.promise;
  const token = sessionStore.getToken(5_000);
  if (token || !sessionStore.get()) return token;
  if (await renewSession()) return sessionStore.getToken();
  return (await requestSignIn()) ? sessionStore.getToken() : null;
}

/** Ends the browser session on the server (the refresh cookie) and here. */
export async function signOutEverywhere(): Promise<void> {
  abandonSignIn();
  sessionStore.clear();
  sessionHint.set(false);
  try {
    await globalThis.fetch(new Request(`${resolveBaseUrl()}${SIGN_OUT_PATH}`, { method: 'POST', credentials: 'same-origin' }));
  } catch {
    // Offline: the cookie runs out on its own.
  }
}

/** For tests: forget everything between cases. */
export function resetRenewal() {
  inFlight = null;
  waiting = null;
  state = { restoring: true, signInRequired: false };
}
