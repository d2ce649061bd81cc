import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '@/lib/auth/session-store';
import { ApiError, isProblemDetails } from './problem-details';
import type { paths } from './schema';

/** VITE_API_BASE_URL, or the page's own origin (the API serves the client in production). */
export function resolveBaseUrl(configured: string | undefined = import.meta.env.VITE_API_BASE_URL): string {
  const value = (configured ?? '').trim().replace(/\/+$/, '');
  if (value) return value;
  return typeof window !== 'undefined' ? window.location.origin : '';
}

let onUnauthorized: () => void = () => {};

/** The app registers how to get to /login (the router lives outside this module). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

const TOKEN_PATH = '/api/v1/auth/token';

export const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = sessionStore.getToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A 401 from the sign-in call means "bad credentials" and is shown on the form instead.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith(TOKEN_PATH)) {
      sessionStore.clear();
      onUnauthorized();
    }
    return response;
  },
};

export const api = createClient<paths>({
  baseUrl: resolveBaseUrl(),
  // Looked up per call so tests can stub the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the data of a successful call or throws an ApiError carrying the problem details. */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, isProblemDetails(result.error) ? result.error : null);
  }
  return result.data as T;
}
