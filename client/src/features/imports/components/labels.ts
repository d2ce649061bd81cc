import type { TFunction } from 'i18next';

const statuses: Record<string, (t: TFunction) => string> = {
  queued: (t) => t('imports.status.queued'),
  validating: (t) => t('imports.status.validating'),
  committing: (t) => t('imports.status.committing'),
  succeeded: (t) => t('imports.status.succeeded'),
  failed: (t) => t('imports.status.failed'),
};

export const jobStatusLabel = (status: string, t: TFunction) => statuses[status]?.(t) ?? status;
