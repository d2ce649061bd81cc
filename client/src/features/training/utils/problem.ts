import { ApiError } from '@/lib/api/problem-details';

/** The API's machine-readable conflict code (problem details extension "code"), e.g. "session_full". */
export function problemCode(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null;
  const code = (error.problem as Record<string, unknown>).code;
  return typeof code === 'string' ? code : null;
}

export const isStatus = (error: unknown, status: number) => error instanceof ApiError && error.status === status;

/** The API's own words for an error that belongs to no field (409 detail, 404 ...), or null. */
export function problemText(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.problem?.detail || error.problem?.title || null;
}
