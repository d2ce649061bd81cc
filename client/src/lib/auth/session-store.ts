import type { CurrentUser } from '@/lib/api/types';

export type Session = {
  token: string;
  expiresAt: string;
  user: CurrentUser;
};

// The access token lives in memory only (never localStorage/sessionStorage): a reload
// signs the user out, which is the intended trade-off against token theft through XSS.
let current: Session | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get(): Session | null {
    if (current && Date.parse(current.expiresAt) <= Date.now()) {
      current = null;
    }
    return current;
  },
  getToken(): string | null {
    return sessionStore.get()?.token ?? null;
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
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
