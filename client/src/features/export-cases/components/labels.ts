import type { TFunction } from 'i18next';
import { documentStatusLabels, valuesOf, type Labels } from '@/lib/status-labels';
import type { CaseOutcome, Commodity, VolumeUnit } from '../api/types';

export { documentStatusLabels, exportStageLabels as stageLabels, label } from '@/lib/status-labels';

// Literal keys (the translation test reads them); Record<Enum, ...> flags a new enum value from the API.

export const commodityLabels: Labels<Commodity> = {
  coffee: (t) => t('export-cases.commodity.coffee'),
  rubber: (t) => t('export-cases.commodity.rubber'),
  palm_oil: (t) => t('export-cases.commodity.palm_oil'),
  palm_oil_derivative: (t) => t('export-cases.commodity.palm_oil_derivative'),
  fisheries: (t) => t('export-cases.commodity.fisheries'),
  other: (t) => t('export-cases.commodity.other'),
};

export const unitLabels: Labels<VolumeUnit> = {
  kg: (t) => t('export-cases.unit.kg'),
  tonne: (t) => t('export-cases.unit.tonne'),
  litre: (t) => t('export-cases.unit.litre'),
  bag: (t) => t('export-cases.unit.bag'),
};

export const outcomeLabels: Labels<CaseOutcome> = {
  completed: (t) => t('export-cases.outcome.completed'),
  rejected: (t) => t('export-cases.outcome.rejected'),
  withdrawn: (t) => t('export-cases.outcome.withdrawn'),
};

export const timelineKindLabels: Record<string, (t: TFunction) => string> = {
  opened: (t) => t('export-cases.timeline.kind.opened'),
  stage_changed: (t) => t('export-cases.timeline.kind.stage_changed'),
  note: (t) => t('export-cases.timeline.kind.note'),
  document_updated: (t) => t('export-cases.timeline.kind.document_updated'),
  file_uploaded: (t) => t('export-cases.timeline.kind.file_uploaded'),
  plot_added: (t) => t('export-cases.timeline.kind.plot_added'),
  plot_updated: (t) => t('export-cases.timeline.kind.plot_updated'),
  plot_deleted: (t) => t('export-cases.timeline.kind.plot_deleted'),
  charges_recorded: (t) => t('export-cases.timeline.kind.charges_recorded'),
};

export const COMMODITIES = Object.keys(commodityLabels) as Commodity[];
export const UNITS = Object.keys(unitLabels) as VolumeUnit[];
export const DOCUMENT_STATUSES = valuesOf(documentStatusLabels);
