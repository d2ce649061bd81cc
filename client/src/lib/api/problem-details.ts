export type ProblemDetails = {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  instance?: string | null;
  errors?: Record<string, string[]> | null;
  /** Stable machine code (e.g. invalid_credentials); for programs, never shown as is. */
  code?: string;
};

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;

  constructor(status: number, problem: ProblemDetails | null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return 'title' in v || 'status' in v || 'detail' in v || 'errors' in v || 'type' in v;
}

/**
 * Maps an RFC 9457 `errors` dictionary to one message per form field.
 * ASP.NET may name a field `Email`, `email`, `$.email` or `Kbli[0].Code`; all are
 * normalised to the camelCase path used by the form (`email`, `kbli[0].code`).
 */
export function toFieldErrors(problem: ProblemDetails | null | undefined): FieldErrors {
  const result: FieldErrors = {};
  if (!problem?.errors) return result;
  for (const [rawKey, messages] of Object.entries(problem.errors)) {
    const message = Array.isArray(messages) ? messages.find((m) => typeof m === 'string' && m.length > 0) : undefined;
    if (!message) continue;
    const key = normaliseFieldName(rawKey);
    if (!(key in result)) result[key] = message;
  }
  return result;
}

export function normaliseFieldName(raw: string): string {
  return raw
    .replace(/^\$\.?/, '')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join('.');
}

/** Turns whatever a request rejected with into an ApiError (network errors get status 0). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, null);
}
