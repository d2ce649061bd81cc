import type { TFunction } from 'i18next';
import type { BusinessScale, BusinessSector, BusinessStatus, EkatalogStatus, UserRole } from '@/lib/api/types';

/**
 * The words for the API's status and code values, one place for every feature: a business status
 * reads the same on the business list, the group members and the export page. The strings are the
 * shell's `status.<family>.<value>` (src/i18n/{id,en}.json); keys are literal (no template strings)
 * so the translation test sees every one, and Record<Value, ...> makes the compiler flag a value
 * the client does not list yet. The badge style of each status family is here too (StatusBadge).
 */
export type Labels<T extends string> = Record<T, (t: TFunction) => string>;

/** The label of a value, or the raw value when the API sends one this client does not know yet; '—' for none. */
export function label<T extends string>(labels: Partial<Labels<T>>, value: T | null | undefined, t: TFunction): string {
  if (value === null || value === undefined) return '—';
  return labels[value]?.(t) ?? value;
}

/** The values of a label map, in its order (for filters and selects). */
export const valuesOf = <T extends string>(labels: Labels<T>) => Object.keys(labels) as T[];

/** A select's options, one a value, in the order of the label map. */
export const labelOptions = <T extends string>(labels: Labels<T>, t: TFunction) => valuesOf(labels).map((value) => ({ value, label: labels[value](t) }));

export const businessStatusLabels: Labels<BusinessStatus> = {
  active: (t) => t('status.business.active'),
  inactive: (t) => t('status.business.inactive'),
};

export const ekatalogStatusLabels: Labels<EkatalogStatus> = {
  not_started: (t) => t('status.ekatalog.not_started'),
  preparing: (t) => t('status.ekatalog.preparing'),
  submitted: (t) => t('status.ekatalog.submitted'),
  listed: (t) => t('status.ekatalog.listed'),
  rejected: (t) => t('status.ekatalog.rejected'),
  delisted: (t) => t('status.ekatalog.delisted'),
};

export type ExportStage =
  | 'intake'
  | 'legal_check'
  | 'commodity_licence'
  | 'buyer_contract'
  | 'certification'
  | 'customs'
  | 'certificate_of_origin'
  | 'shipped'
  | 'post_export'
  | 'closed'
  | 'rejected'
  | 'withdrawn';

export const exportStageLabels: Labels<ExportStage> = {
  intake: (t) => t('status.exportStage.intake'),
  legal_check: (t) => t('status.exportStage.legal_check'),
  commodity_licence: (t) => t('status.exportStage.commodity_licence'),
  buyer_contract: (t) => t('status.exportStage.buyer_contract'),
  certification: (t) => t('status.exportStage.certification'),
  customs: (t) => t('status.exportStage.customs'),
  certificate_of_origin: (t) => t('status.exportStage.certificate_of_origin'),
  shipped: (t) => t('status.exportStage.shipped'),
  post_export: (t) => t('status.exportStage.post_export'),
  closed: (t) => t('status.exportStage.closed'),
  rejected: (t) => t('status.exportStage.rejected'),
  withdrawn: (t) => t('status.exportStage.withdrawn'),
};

/**
 * The dashboard chart's words for the export stages. In Indonesian three differ from the export
 * cases' own (Dikirim / Dikapalkan, Pascaekspor / Pasca-ekspor, Dibatalkan / Ditarik); kept as they
 * were so no visible text changes. Which wording is right is the office's call, then this goes.
 */
export const exportStageChartLabels: Labels<ExportStage> = {
  intake: (t) => t('status.exportStageChart.intake'),
  legal_check: (t) => t('status.exportStageChart.legal_check'),
  commodity_licence: (t) => t('status.exportStageChart.commodity_licence'),
  buyer_contract: (t) => t('status.exportStageChart.buyer_contract'),
  certification: (t) => t('status.exportStageChart.certification'),
  customs: (t) => t('status.exportStageChart.customs'),
  certificate_of_origin: (t) => t('status.exportStageChart.certificate_of_origin'),
  shipped: (t) => t('status.exportStageChart.shipped'),
  post_export: (t) => t('status.exportStageChart.post_export'),
  closed: (t) => t('status.exportStageChart.closed'),
  rejected: (t) => t('status.exportStageChart.rejected'),
  withdrawn: (t) => t('status.exportStageChart.withdrawn'),
};

export type DocumentStatus = 'missing' | 'submitted' | 'verified' | 'rejected';
export const documentStatusLabels: Labels<DocumentStatus> = {
  missing: (t) => t('status.document.missing'),
  submitted: (t) => t('status.document.submitted'),
  verified: (t) => t('status.document.verified'),
  rejected: (t) => t('status.document.rejected'),
};

export type RequirementStatus = 'met' | 'missing' | 'expiring' | 'advisory' | 'not_applicable';
export const requirementStatusLabels: Labels<RequirementStatus> = {
  met: (t) => t('status.requirement.met'),
  missing: (t) => t('status.requirement.missing'),
  expiring: (t) => t('status.requirement.expiring'),
  advisory: (t) => t('status.requirement.advisory'),
  not_applicable: (t) => t('status.requirement.not_applicable'),
};

export type AidStatus = 'planned' | 'delivered' | 'cancelled';
export const aidStatusLabels: Labels<AidStatus> = {
  planned: (t) => t('status.aid.planned'),
  delivered: (t) => t('status.aid.delivered'),
  cancelled: (t) => t('status.aid.cancelled'),
};

export type LoanStatus = 'referred' | 'submitted' | 'approved' | 'rejected' | 'disbursed';
export const loanStatusLabels: Labels<LoanStatus> = {
  referred: (t) => t('status.loan.referred'),
  submitted: (t) => t('status.loan.submitted'),
  approved: (t) => t('status.loan.approved'),
  rejected: (t) => t('status.loan.rejected'),
  disbursed: (t) => t('status.loan.disbursed'),
};

export type TrainingStatus = 'planned' | 'open' | 'completed' | 'cancelled';
export const trainingStatusLabels: Labels<TrainingStatus> = {
  planned: (t) => t('status.training.planned'),
  open: (t) => t('status.training.open'),
  completed: (t) => t('status.training.completed'),
  cancelled: (t) => t('status.training.cancelled'),
};

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';
export const registrationStatusLabels: Labels<RegistrationStatus> = {
  confirmed: (t) => t('status.registration.confirmed'),
  waitlisted: (t) => t('status.registration.waitlisted'),
  cancelled: (t) => t('status.registration.cancelled'),
};

/** The import job states (the API's ImportStatus), in the order a job goes through them. */
export type ImportStatus = 'queued' | 'validating' | 'committing' | 'succeeded' | 'failed';
export const importStatusLabels: Labels<ImportStatus> = {
  queued: (t) => t('status.import.queued'),
  validating: (t) => t('status.import.validating'),
  committing: (t) => t('status.import.committing'),
  succeeded: (t) => t('status.import.succeeded'),
  failed: (t) => t('status.import.failed'),
};

/** A user account: active, disabled, or locked after failed sign-ins. */
export type UserStatus = 'active' | 'disabled' | 'locked';
export const userStatusLabels: Labels<UserStatus> = {
  active: (t) => t('status.user.active'),
  disabled: (t) => t('status.user.disabled'),
  locked: (t) => t('status.user.locked'),
};

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';
export const apiKeyStatusLabels: Labels<ApiKeyStatus> = {
  active: (t) => t('status.apiKey.active'),
  expired: (t) => t('status.apiKey.expired'),
  revoked: (t) => t('status.apiKey.revoked'),
};

export const scaleLabels: Labels<BusinessScale> = {
  micro: (t) => t('status.scale.micro'),
  small: (t) => t('status.scale.small'),
  medium: (t) => t('status.scale.medium'),
};

export const sectorLabels: Labels<BusinessSector> = {
  food_beverage: (t) => t('status.sector.food_beverage'),
  fashion: (t) => t('status.sector.fashion'),
  craft: (t) => t('status.sector.craft'),
  agriculture: (t) => t('status.sector.agriculture'),
  trade: (t) => t('status.sector.trade'),
  services: (t) => t('status.sector.services'),
  manufacturing: (t) => t('status.sector.manufacturing'),
  other: (t) => t('status.sector.other'),
};

export type LoanBank = 'bank_sumut' | 'bri' | 'bni' | 'mandiri' | 'bsi' | 'btn' | 'other';
export const loanBankLabels: Labels<LoanBank> = {
  bank_sumut: (t) => t('status.loanBank.bank_sumut'),
  bri: (t) => t('status.loanBank.bri'),
  bni: (t) => t('status.loanBank.bni'),
  mandiri: (t) => t('status.loanBank.mandiri'),
  bsi: (t) => t('status.loanBank.bsi'),
  btn: (t) => t('status.loanBank.btn'),
  other: (t) => t('status.loanBank.other'),
};

export type LoanProduct = 'kur_super_micro' | 'kur_micro' | 'kur_small' | 'commercial' | 'other';
export const loanProductLabels: Labels<LoanProduct> = {
  kur_super_micro: (t) => t('status.loanProduct.kur_super_micro'),
  kur_micro: (t) => t('status.loanProduct.kur_micro'),
  kur_small: (t) => t('status.loanProduct.kur_small'),
  commercial: (t) => t('status.loanProduct.commercial'),
  other: (t) => t('status.loanProduct.other'),
};

export const roleLabels: Labels<UserRole> = {
  admin: (t) => t('roles.admin'),
  officer: (t) => t('roles.officer'),
  viewer: (t) => t('roles.viewer'),
};

/** A user's role in words (the shell's roles.*); an unknown role as it is. */
export const roleLabel = (role: string, t: TFunction) => label(roleLabels as Partial<Labels<string>>, role, t);

const activeOrNot = (value: string) => (value === 'active' ? 'badge-status-active' : 'badge-status-inactive');

/** Each status family: its labels and the class of its badge (the styles are in styles.css and the features' css). */
export const statusFamilies = {
  business: { labels: businessStatusLabels, badge: (v: string) => `badge-status-${v}` },
  ekatalog: { labels: ekatalogStatusLabels, badge: (v: string) => `badge-ekatalog-${v}` },
  document: { labels: documentStatusLabels, badge: (v: string) => `ec-doc-${v}` },
  requirement: { labels: requirementStatusLabels, badge: (v: string) => `badge-req-${v}` },
  aid: { labels: aidStatusLabels, badge: (v: string) => `badge-aid-${v}` },
  loan: { labels: loanStatusLabels, badge: (v: string) => `badge-loan-${v}` },
  training: { labels: trainingStatusLabels, badge: (v: string) => `training-badge-${v}` },
  registration: { labels: registrationStatusLabels, badge: (v: string) => `training-reg-${v}` },
  import: { labels: importStatusLabels, badge: (v: string) => `badge-import-${v}` },
  user: { labels: userStatusLabels, badge: activeOrNot },
  apiKey: { labels: apiKeyStatusLabels, badge: activeOrNot },
} as const;

export type StatusFamily = keyof typeof statusFamilies;
export type StatusOf<F extends StatusFamily> = keyof (typeof statusFamilies)[F]['labels'] & string;

export function statusLabel<F extends StatusFamily>(family: F, value: StatusOf<F> | string, t: TFunction): string {
  return label(statusFamilies[family].labels as Partial<Labels<string>>, value, t);
}

/** "badge badge-loan-approved": the class of a status badge. */
export const statusBadgeClass = (family: StatusFamily, value: string) => `badge ${statusFamilies[family].badge(value)}`;
