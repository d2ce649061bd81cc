import { businessStatusLabels, valuesOf, type Labels } from '@/lib/status-labels';
import type { GroupKind } from '../api/types';

/** A group is active or inactive like a business, in the same words. */
export { aidStatusLabels, businessStatusLabels as statusLabels, label } from '@/lib/status-labels';

// Literal keys so the translation test sees them; Record<Enum, ...> flags a new enum value from the API.

export const kindLabels: Labels<GroupKind> = {
  sector_cluster: (t) => t('groups.kind.sector_cluster'),
  kelurahan_group: (t) => t('groups.kind.kelurahan_group'),
  cooperative: (t) => t('groups.kind.cooperative'),
  other: (t) => t('groups.kind.other'),
};

export const kindValues = valuesOf(kindLabels);
export const statusValues = valuesOf(businessStatusLabels);
