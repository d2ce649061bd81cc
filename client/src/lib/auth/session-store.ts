import type { CurrentUser } from '@/lib/api/types';

export type Session = {
  token: string;
  expiresAt: string;
  user: CurrentUser;
};

// The access token lives in memory only (never localStorage/sessionStorage). What survives a
// reload or a new tab is the refresh token in an httpOnly cookie that no script can read: the
// app renews its access token from it (see session-renewal.ts).
// An expired session is kept (the user and the page stay); its token is simply no longer sent
// until it is renewed or the user signs in again over the page.
let current: Session | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): Session | null => current,
  /** The access token while it is still valid for at least `marginMs`, else null. */
  getToken(marginMs = 0): string | null {
    if (!current || Date.parse(current.expiresAt) - marginMs <= Date.now()) return null;
    return current.token;
  },
  set(session: Session) {
    current = session;
    emit();
  },
  clear() {
    if (current === null) return;
    current = null;
    emit();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
