import type { TFunction } from 'i18next';

const statuses: Record<string, (t: TFunction) => string> = {
  queued: (t) => t('imports.status.queued'),
  validating: (t) => t('imports.status.validating'),
  committing: (t) => t('imports.status.committing'),
  succeeded: (t) => t('imports.status.succeeded'),
  failed: (t) => t('imports.status.failed'),
};

export const jobStatusLabel = (status: string, t: TFunction) => statuses[status]?.(t) ?? status;

/** The job states the API knows (its ImportStatus), in the order a job goes through them. */
export const JOB_STATUSES = Object.keys(statuses);

const kinds: Record<string, (t: TFunction) => string> = {
  businesses: (t) => t('imports.kind.businesses'),
};

export const kindLabel = (kind: string, t: TFunction) => kinds[kind]?.(t) ?? kind;

/** "Uji coba" for a dry run, "Impor" for a commit. */
export const jobTypeLabel = (dryRun: boolean, t: TFunction) => (dryRun ? t('imports.history.type.dryRun') : t('imports.history.type.commit'));

const roles: Record<string, (t: TFunction) => string> = {
  admin: (t) => t('roles.admin'),
  officer: (t) => t('roles.officer'),
  viewer: (t) => t('roles.viewer'),
};

export const roleLabel = (role: string, t: TFunction) => roles[role]?.(t) ?? role;
