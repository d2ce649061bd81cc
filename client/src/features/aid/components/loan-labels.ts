import type { TFunction } from 'i18next';
import type { MemberLoan } from '../api/types';

type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const bankLabels: Labels<MemberLoan['bank']> = {
  bank_sumut: (t) => t('aid.loanBank.bank_sumut'),
  bri: (t) => t('aid.loanBank.bri'),
  bni: (t) => t('aid.loanBank.bni'),
  mandiri: (t) => t('aid.loanBank.mandiri'),
  bsi: (t) => t('aid.loanBank.bsi'),
  btn: (t) => t('aid.loanBank.btn'),
  other: (t) => t('aid.loanBank.other'),
};

export const productLabels: Labels<MemberLoan['product']> = {
  kur_super_micro: (t) => t('aid.loanProduct.kur_super_micro'),
  kur_micro: (t) => t('aid.loanProduct.kur_micro'),
  kur_small: (t) => t('aid.loanProduct.kur_small'),
  commercial: (t) => t('aid.loanProduct.commercial'),
  other: (t) => t('aid.loanProduct.other'),
};

export const loanStatusLabels: Labels<MemberLoan['status']> = {
  referred: (t) => t('aid.loanStatus.referred'),
  submitted: (t) => t('aid.loanStatus.submitted'),
  approved: (t) => t('aid.loanStatus.approved'),
  rejected: (t) => t('aid.loanStatus.rejected'),
  disbursed: (t) => t('aid.loanStatus.disbursed'),
};
