import type { TFunction } from 'i18next';
import type { Labels } from '@/lib/status-labels';
import type { EkatalogStatus } from '../api/types';
import type { RequirementCode } from '../utils/workflow';

export { ekatalogStatusLabels as statusLabels, label, requirementStatusLabels } from '@/lib/status-labels';

// Literal keys so the translation test sees each one; Record<Enum, ...> flags a new API value.
/** The button that moves a business to this status. */
export const actionLabels: Labels<EkatalogStatus> = {
  not_started: (t) => t('ekatalog.action.not_started'),
  preparing: (t) => t('ekatalog.action.preparing'),
  submitted: (t) => t('ekatalog.action.submitted'),
  listed: (t) => t('ekatalog.action.listed'),
  rejected: (t) => t('ekatalog.action.rejected'),
  delisted: (t) => t('ekatalog.action.delisted'),
};

export const requirementLabels: Labels<RequirementCode> = {
  nib: (t) => t('ekatalog.requirement.nib'),
  npwp: (t) => t('ekatalog.requirement.npwp'),
  business_active: (t) => t('ekatalog.requirement.business_active'),
  kbli: (t) => t('ekatalog.requirement.kbli'),
  kswp: (t) => t('ekatalog.requirement.kswp'),
  product: (t) => t('ekatalog.requirement.product'),
  halal: (t) => t('ekatalog.requirement.halal'),
  pirt_bpom: (t) => t('ekatalog.requirement.pirt_bpom'),
};

export type FixPlace = 'edit' | 'products' | 'tax' | 'overview';

/** What to do next for a missing item, and where in the app it is fixed. */
export const nextSteps: Record<RequirementCode, { text: (t: TFunction) => string; place: FixPlace }> = {
  nib: { text: (t) => t('ekatalog.next.nib'), place: 'edit' },
  npwp: { text: (t) => t('ekatalog.next.npwp'), place: 'edit' },
  business_active: { text: (t) => t('ekatalog.next.business_active'), place: 'overview' },
  kbli: { text: (t) => t('ekatalog.next.kbli'), place: 'edit' },
  kswp: { text: (t) => t('ekatalog.next.kswp'), place: 'tax' },
  product: { text: (t) => t('ekatalog.next.product'), place: 'products' },
  halal: { text: (t) => t('ekatalog.next.halal'), place: 'products' },
  pirt_bpom: { text: (t) => t('ekatalog.next.pirt_bpom'), place: 'products' },
};

export const placeLabels: Labels<FixPlace> = {
  edit: (t) => t('ekatalog.place.edit'),
  products: (t) => t('ekatalog.place.products'),
  tax: (t) => t('ekatalog.place.tax'),
  overview: (t) => t('ekatalog.place.overview'),
};

/** A requirement code as words; an unknown code (newer API) is shown as it is. */
export function requirementLabel(code: string, t: TFunction): string {
  return (requirementLabels as Record<string, (t: TFunction) => string>)[code]?.(t) ?? code;
}
