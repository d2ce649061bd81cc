import { registrationStatusLabels, scaleLabels, trainingStatusLabels, valuesOf, type Labels } from '@/lib/status-labels';
import type { TrainingTopic } from '../api/types';

export {
  ekatalogStatusLabels as ekatalogLabels,
  label,
  registrationStatusLabels,
  scaleLabels,
  trainingStatusLabels as statusLabels,
} from '@/lib/status-labels';

// Literal keys (the translation test reads them); Record<Enum, ...> makes the compiler flag new enum values.

export const topicLabels: Labels<TrainingTopic> = {
  digital_marketing: (t) => t('training.topic.digital_marketing'),
  packaging: (t) => t('training.topic.packaging'),
  product_photography: (t) => t('training.topic.product_photography'),
  financial_literacy: (t) => t('training.topic.financial_literacy'),
  halal_certification: (t) => t('training.topic.halal_certification'),
  export_readiness: (t) => t('training.topic.export_readiness'),
  other: (t) => t('training.topic.other'),
};

export const topicValues = valuesOf(topicLabels);
export const statusValues = valuesOf(trainingStatusLabels);
export const registrationStatusValues = valuesOf(registrationStatusLabels);

export const scaleValues = valuesOf(scaleLabels);
