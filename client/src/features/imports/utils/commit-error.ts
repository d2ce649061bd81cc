import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api/problem-details';
import type { components } from '@/lib/api/schema';

type ConflictProblem = components['schemas']['ConflictProblem'];

/** What the page says when the API refuses to commit a dry run, and what it offers next. */
export type CommitRefusal = {
  message: string;
  /** already_committed: the import that committed the dry run, to open instead. */
  existingId?: string;
  /** 412: the dry run changed since it was read; reloading it gets the current ETag. */
  reload?: boolean;
};

const conflicts: Record<string, (t: TFunction, problem: ConflictProblem) => string> = {
  already_committed: (t, p) => t('imports.commitErrors.already_committed', { id: p.existingId ?? '' }),
  dry_run_has_errors: (t) => t('imports.commitErrors.dry_run_has_errors'),
  file_expired: (t) => t('imports.commitErrors.file_expired'),
  dry_run_unfinished: (t) => t('imports.commitErrors.dry_run_unfinished'),
  dry_run_failed: (t) => t('imports.commitErrors.dry_run_failed'),
  not_a_dry_run: (t) => t('imports.commitErrors.not_a_dry_run'),
  no_valid_rows: (t) => t('imports.commitErrors.no_valid_rows'),
};

export function commitRefusal(error: unknown, t: TFunction): CommitRefusal {
  if (!(error instanceof ApiError) || error.status === 0) return { message: t('imports.errors.network') };
  if (error.status === 412) return { message: t('imports.commitErrors.stale'), reload: true };
  if (error.status === 404) return { message: t('imports.commitErrors.notFound') };
  const problem = (error.problem ?? {}) as ConflictProblem;
  const known = error.status === 409 ? conflicts[problem.code] : undefined;
  if (known) return { message: known(t, problem), existingId: problem.code === 'already_committed' ? (problem.existingId ?? undefined) : undefined };
  return { message: problem.detail || problem.title || t('imports.commitErrors.other') };
}
