import type { TFunction } from 'i18next';
import type { LoanBank, LoanProduct, LoanStatus } from '../api/types';

type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const bankLabels: Labels<LoanBank> = {
  bank_sumut: (t) => t('loans.bank.bank_sumut'),
  bri: (t) => t('loans.bank.bri'),
  bni: (t) => t('loans.bank.bni'),
  mandiri: (t) => t('loans.bank.mandiri'),
  bsi: (t) => t('loans.bank.bsi'),
  btn: (t) => t('loans.bank.btn'),
  other: (t) => t('loans.bank.other'),
};

export const productLabels: Labels<LoanProduct> = {
  kur_super_micro: (t) => t('loans.product.kur_super_micro'),
  kur_micro: (t) => t('loans.product.kur_micro'),
  kur_small: (t) => t('loans.product.kur_small'),
  commercial: (t) => t('loans.product.commercial'),
  other: (t) => t('loans.product.other'),
};

export const statusLabels: Labels<LoanStatus> = {
  referred: (t) => t('loans.status.referred'),
  submitted: (t) => t('loans.status.submitted'),
  approved: (t) => t('loans.status.approved'),
  rejected: (t) => t('loans.status.rejected'),
  disbursed: (t) => t('loans.status.disbursed'),
};

export const bankValues = Object.keys(bankLabels) as LoanBank[];
export const productValues = Object.keys(productLabels) as LoanProduct[];
export const statusValues = Object.keys(statusLabels) as LoanStatus[];

/** The moves the API allows (referred -> submitted -> approved | rejected; approved -> disbursed). */
export const NEXT_STATUSES: Record<LoanStatus, LoanStatus[]> = {
  referred: ['submitted'],
  submitted: ['approved', 'rejected'],
  approved: ['disbursed'],
  rejected: [],
  disbursed: [],
};

export function label<T extends string>(labels: Labels<T>, value: T, t: TFunction): string {
  return labels[value]?.(t) ?? value;
}

export function recentYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 6 }, (_, i) => year - i);
}
