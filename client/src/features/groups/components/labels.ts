import type { TFunction } from 'i18next';
import type { AidStatus, GroupKind, GroupStatus } from '../api/types';

// Literal keys so the translation test sees them; Record<Enum, ...> flags a new enum value from the API.
type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const kindLabels: Labels<GroupKind> = {
  sector_cluster: (t) => t('groups.kind.sector_cluster'),
  kelurahan_group: (t) => t('groups.kind.kelurahan_group'),
  cooperative: (t) => t('groups.kind.cooperative'),
  other: (t) => t('groups.kind.other'),
};

export const statusLabels: Labels<GroupStatus> = {
  active: (t) => t('groups.status.active'),
  inactive: (t) => t('groups.status.inactive'),
};

export const aidStatusLabels: Labels<AidStatus> = {
  planned: (t) => t('groups.aidStatus.planned'),
  delivered: (t) => t('groups.aidStatus.delivered'),
  cancelled: (t) => t('groups.aidStatus.cancelled'),
};

export const kindValues = Object.keys(kindLabels) as GroupKind[];
export const statusValues = Object.keys(statusLabels) as GroupStatus[];

export function label<T extends string>(labels: Labels<T>, value: T, t: TFunction): string {
  return labels[value]?.(t) ?? value;
}
