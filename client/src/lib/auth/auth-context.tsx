import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { SessionExpiredDialog } from '@/components/session-expired-dialog';
import { renewalStore, renewSession, restoreSession, sessionHint, signOutEverywhere } from './session-renewal';
import { sessionStore, type Session } from './session-store';

type AuthContextValue = {
  session: Session | null;
  /** True while the page load renews the session from the refresh cookie (F5, a new tab). */
  restoring: boolean;
  signIn: (session: Session) => void;
  signOut: () => void;
};

const AuthContext = createContext<AuthContextValue | null>(null);

/** Renew this long before the access token runs out. */
const RENEW_AHEAD_MS = 60_000;

export function AuthProvider({ children, onSignOut }: { children: ReactNode; onSignOut?: () => void }) {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  const renewal = useSyncExternalStore(renewalStore.subscribe, renewalStore.get, renewalStore.get);
  const signIn = useCallback((next: Session) => {
    sessionStore.set(next);
    sessionHint.set(true);
  }, []);
  const signOut = useCallback(() => {
    void signOutEverywhere();
    onSignOut?.();
  }, [onSignOut]);

  // A reload or a new tab: the access token was in memory only; the refresh cookie brings it back.
  useEffect(() => {
    void restoreSession();
  }, []);

  // Renew quietly a minute before the access token runs out.
  const expiresAt = session?.expiresAt;
  useEffect(() => {
    if (!expiresAt) return;
    const delay = Math.max(Date.parse(expiresAt) - Date.now() - RENEW_AHEAD_MS, 5_000);
    const timer = setTimeout(() => void renewSession(), delay);
    return () => clearTimeout(timer);
  }, [expiresAt]);

  const value = useMemo(
    () => ({ session, restoring: renewal.restoring, signIn, signOut }),
    [session, renewal.restoring, signIn, signOut],
  );
  return (
    <AuthContext.Provider value={value}>
      {children}
      {renewal.signInRequired && session && <SessionExpiredDialog onSignOut={signOut} />}
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
