import type { TFunction } from 'i18next';

export { ekatalogStatusLabels as funnelLabels, exportStageChartLabels as stageLabels, label, scaleLabels } from '@/lib/status-labels';

// Literal keys (no template strings) so the translation test sees every one of them.

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
  legal_form: (t) => t('dashboard.readiness.requirements.legal_form'),
  deed: (t) => t('dashboard.readiness.requirements.deed'),
  pkp_status: (t) => t('dashboard.readiness.requirements.pkp_status'),
  inaproc_account: (t) => t('dashboard.readiness.requirements.inaproc_account'),
  oss_verified: (t) => t('dashboard.readiness.requirements.oss_verified'),
  category_open: (t) => t('dashboard.readiness.requirements.category_open'),
};
