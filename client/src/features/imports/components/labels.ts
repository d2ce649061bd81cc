import type { TFunction } from 'i18next';
import { importStatusLabels, valuesOf } from '@/lib/status-labels';

/** The job states the API knows (its ImportStatus), in the order a job goes through them. */
export const JOB_STATUSES = valuesOf(importStatusLabels);

const kinds: Record<string, (t: TFunction) => string> = {
  businesses: (t) => t('imports.kind.businesses'),
};

export const kindLabel = (kind: string, t: TFunction) => kinds[kind]?.(t) ?? kind;

/** "Uji coba" for a dry run, "Impor" for a commit. */
export const jobTypeLabel = (dryRun: boolean, t: TFunction) => (dryRun ? t('imports.history.type.dryRun') : t('imports.history.type.commit'));

export { roleLabel } from '@/lib/status-labels';
