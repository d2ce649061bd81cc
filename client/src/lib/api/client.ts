import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import { freshToken, REFRESH_PATH, renewSession, requestSignIn, SIGN_OUT_PATH } from '@/lib/auth/session-renewal';
import { sessionStore } from '@/lib/auth/session-store';
import { resolveBaseUrl } from './base-url';
import { ApiError, isProblemDetails } from './problem-details';
import type { paths } from './schema';

export { resolveBaseUrl } from './base-url';

let onUnauthorized: () => void = () => {};

/** The app registers how to get to /login (the router lives outside this module). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

const TOKEN_PATH = '/api/v1/auth/token';
/** Calls that answer 401 for their own reasons (bad credentials, no cookie) rather than for an ended session. */
const SESSION_PATHS = [TOKEN_PATH, REFRESH_PATH, SIGN_OUT_PATH];

function isSessionCall(request: Request): boolean {
  const path = new URL(request.url).pathname;
  return SESSION_PATHS.some((p) => path.endsWith(p));
}

function signedOutAnswer(): Response {
  return new Response(JSON.stringify({ status: 401, title: 'Unauthorized', code: 'session_expired' }), {
    status: 401,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A copy of each signed-in request, to send it once more after the session was renewed. */
const retries = new Map<string, Request>();

export const authMiddleware: Middleware = {
  async onRequest({ request, id }) {
    if (isSessionCall(request)) return request;
    if (!sessionStore.get()) return request;
    // Renews first when the token is (nearly) out of date, and waits while the sign-in dialog is open.
    const token = await freshToken();
    if (!token) {
      // The user gave up signing in again (signed out from the dialog): send nothing.
      sessionStore.clear();
      onUnauthorized();
      return signedOutAnswer();
    }
    request.headers.set('Authorization', `Bearer ${token}`);
    retries.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id }) {
    const retry = retries.get(id);
    retries.delete(id);
    if (response.status !== 401 || isSessionCall(request)) return response;
    if (retry) {
      // The API refused a token the client thought valid: renew (shared by every concurrent 401),
      // or ask the user to sign in again over the page, then send this request once more.
      const renewed = (await renewSession()) ?? ((await requestSignIn()) ? sessionStore.get() : null);
      if (renewed) {
        retry.headers.set('Authorization', `Bearer ${renewed.token}`);
        return globalThis.fetch(retry);
      }
    }
    sessionStore.clear();
    onUnauthorized();
    return response;
  },
};

/** The language the server writes its texts in (problem details, field errors, labels): the user's current one. */
export function requestLanguage(): 'id' | 'en' {
  return i18next.language?.startsWith('en') ? 'en' : 'id';
}

/** Every call asks for the user's language, so the server's texts (errors, reasons, labels) match the screen. */
export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', requestLanguage());
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: resolveBaseUrl(),
  // Looked up per call so tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(languageMiddleware, authMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the data of a successful call or throws an ApiError carrying the problem details. */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, isProblemDetails(result.error) ? result.error : null);
  }
  return result.data as T;
}
