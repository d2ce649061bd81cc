import type { TFunction } from 'i18next';
import type { BusinessScale, EkatalogStatus } from '@/lib/api/types';
import type { ExportStage } from '../api/get-dashboard';

// Literal keys (no template strings) so the translation test sees every one of them;
// Record<Enum, ...> makes the compiler flag a new enum value from the API.
type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const funnelLabels: Labels<EkatalogStatus> = {
  not_started: (t) => t('dashboard.funnel.statuses.not_started'),
  preparing: (t) => t('dashboard.funnel.statuses.preparing'),
  submitted: (t) => t('dashboard.funnel.statuses.submitted'),
  listed: (t) => t('dashboard.funnel.statuses.listed'),
  rejected: (t) => t('dashboard.funnel.statuses.rejected'),
  delisted: (t) => t('dashboard.funnel.statuses.delisted'),
};

export const scaleLabels: Labels<BusinessScale> = {
  micro: (t) => t('dashboard.scale.scales.micro'),
  small: (t) => t('dashboard.scale.scales.small'),
  medium: (t) => t('dashboard.scale.scales.medium'),
};

export const stageLabels: Labels<ExportStage> = {
  intake: (t) => t('dashboard.export.stages.intake'),
  legal_check: (t) => t('dashboard.export.stages.legal_check'),
  commodity_licence: (t) => t('dashboard.export.stages.commodity_licence'),
  buyer_contract: (t) => t('dashboard.export.stages.buyer_contract'),
  certification: (t) => t('dashboard.export.stages.certification'),
  customs: (t) => t('dashboard.export.stages.customs'),
  certificate_of_origin: (t) => t('dashboard.export.stages.certificate_of_origin'),
  shipped: (t) => t('dashboard.export.stages.shipped'),
  post_export: (t) => t('dashboard.export.stages.post_export'),
  closed: (t) => t('dashboard.export.stages.closed'),
  rejected: (t) => t('dashboard.export.stages.rejected'),
  withdrawn: (t) => t('dashboard.export.stages.withdrawn'),
};

/** Readiness requirement codes are plain strings in the API (see ?missing= of /ekatalog-readiness). */
export const requirementLabels: Record<string, (t: TFunction) => string> = {
  nib: (t) => t('dashboard.readiness.requirements.nib'),
  npwp: (t) => t('dashboard.readiness.requirements.npwp'),
  business_active: (t) => t('dashboard.readiness.requirements.business_active'),
  kbli: (t) => t('dashboard.readiness.requirements.kbli'),
  kswp: (t) => t('dashboard.readiness.requirements.kswp'),
  product: (t) => t('dashboard.readiness.requirements.product'),
  halal: (t) => t('dashboard.readiness.requirements.halal'),
  pirt_bpom: (t) => t('dashboard.readiness.requirements.pirt_bpom'),
};

/** Falls back to the raw value if the API sends a value this client does not know yet. */
export function label<T extends string>(labels: Partial<Record<T, (t: TFunction) => string>>, value: T, t: TFunction): string {
  return labels[value]?.(t) ?? value;
}
