import type { TFunction } from 'i18next';
import type { BusinessScale, EkatalogStatus } from '@/lib/api/types';
import type { RegistrationStatus, TrainingStatus, TrainingTopic } from '../api/types';

// Literal keys (the translation test reads them); Record<Enum, ...> makes the compiler flag new enum values.
type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const topicLabels: Labels<TrainingTopic> = {
  digital_marketing: (t) => t('training.topic.digital_marketing'),
  packaging: (t) => t('training.topic.packaging'),
  product_photography: (t) => t('training.topic.product_photography'),
  financial_literacy: (t) => t('training.topic.financial_literacy'),
  halal_certification: (t) => t('training.topic.halal_certification'),
  export_readiness: (t) => t('training.topic.export_readiness'),
  other: (t) => t('training.topic.other'),
};

export const statusLabels: Labels<TrainingStatus> = {
  planned: (t) => t('training.status.planned'),
  open: (t) => t('training.status.open'),
  completed: (t) => t('training.status.completed'),
  cancelled: (t) => t('training.status.cancelled'),
};

export const registrationStatusLabels: Labels<RegistrationStatus> = {
  confirmed: (t) => t('training.registrationStatus.confirmed'),
  waitlisted: (t) => t('training.registrationStatus.waitlisted'),
  cancelled: (t) => t('training.registrationStatus.cancelled'),
};

export const topicValues = Object.keys(topicLabels) as TrainingTopic[];
export const statusValues = Object.keys(statusLabels) as TrainingStatus[];
export const registrationStatusValues = Object.keys(registrationStatusLabels) as RegistrationStatus[];

export function label<T extends string>(labels: Labels<T>, value: T, t: TFunction): string {
  return labels[value]?.(t) ?? value;
}

// The business feature has its own labels; features do not import each other, so the few needed here are repeated.

export const scaleLabels: Labels<BusinessScale> = {
  micro: (t) => t('training.scale.micro'),
  small: (t) => t('training.scale.small'),
  medium: (t) => t('training.scale.medium'),
};
export const scaleValues = Object.keys(scaleLabels) as BusinessScale[];

export const ekatalogLabels: Labels<EkatalogStatus> = {
  not_started: (t) => t('training.ekatalog.not_started'),
  preparing: (t) => t('training.ekatalog.preparing'),
  submitted: (t) => t('training.ekatalog.submitted'),
  listed: (t) => t('training.ekatalog.listed'),
  rejected: (t) => t('training.ekatalog.rejected'),
  delisted: (t) => t('training.ekatalog.delisted'),
};
