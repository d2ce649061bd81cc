import type { TFunction } from 'i18next';
import type { CaseOutcome, Commodity, DocumentStatus, ExportStage, VolumeUnit } from '../api/types';

// Literal keys (the translation test reads them); Record<Enum, ...> flags a new enum value from the API.
type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const stageLabels: Labels<ExportStage> = {
  intake: (t) => t('export-cases.stage.intake'),
  legal_check: (t) => t('export-cases.stage.legal_check'),
  commodity_licence: (t) => t('export-cases.stage.commodity_licence'),
  buyer_contract: (t) => t('export-cases.stage.buyer_contract'),
  certification: (t) => t('export-cases.stage.certification'),
  customs: (t) => t('export-cases.stage.customs'),
  certificate_of_origin: (t) => t('export-cases.stage.certificate_of_origin'),
  shipped: (t) => t('export-cases.stage.shipped'),
  post_export: (t) => t('export-cases.stage.post_export'),
  closed: (t) => t('export-cases.stage.closed'),
  rejected: (t) => t('export-cases.stage.rejected'),
  withdrawn: (t) => t('export-cases.stage.withdrawn'),
};

export const commodityLabels: Labels<Commodity> = {
  coffee: (t) => t('export-cases.commodity.coffee'),
  rubber: (t) => t('export-cases.commodity.rubber'),
  palm_oil: (t) => t('export-cases.commodity.palm_oil'),
  palm_oil_derivative: (t) => t('export-cases.commodity.palm_oil_derivative'),
  other: (t) => t('export-cases.commodity.other'),
};

export const unitLabels: Labels<VolumeUnit> = {
  kg: (t) => t('export-cases.unit.kg'),
  tonne: (t) => t('export-cases.unit.tonne'),
  litre: (t) => t('export-cases.unit.litre'),
  bag: (t) => t('export-cases.unit.bag'),
};

export const documentStatusLabels: Labels<DocumentStatus> = {
  missing: (t) => t('export-cases.documentStatus.missing'),
  submitted: (t) => t('export-cases.documentStatus.submitted'),
  verified: (t) => t('export-cases.documentStatus.verified'),
  rejected: (t) => t('export-cases.documentStatus.rejected'),
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
};

/** The label of an enum value, or the raw value when the API sends one this client does not know yet. */
export function label<T extends string>(labels: Partial<Record<T, (t: TFunction) => string>>, value: T | null | undefined, t: TFunction): string {
  if (value === null || value === undefined) return '—';
  return labels[value]?.(t) ?? value;
}

export const COMMODITIES = Object.keys(commodityLabels) as Commodity[];
export const UNITS = Object.keys(unitLabels) as VolumeUnit[];
export const DOCUMENT_STATUSES = Object.keys(documentStatusLabels) as DocumentStatus[];
