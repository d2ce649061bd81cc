import { loanBankLabels, loanProductLabels, loanStatusLabels, valuesOf } from '@/lib/status-labels';
import type { LoanStatus } from '../api/types';

export { label, loanBankLabels as bankLabels, loanProductLabels as productLabels, loanStatusLabels as statusLabels } from '@/lib/status-labels';

export const bankValues = valuesOf(loanBankLabels);
export const productValues = valuesOf(loanProductLabels);
export const statusValues = valuesOf(loanStatusLabels);

/** The moves the API allows (referred -> submitted -> approved | rejected; approved -> disbursed). */
export const NEXT_STATUSES: Record<LoanStatus, LoanStatus[]> = {
  referred: ['submitted'],
  submitted: ['approved', 'rejected'],
  approved: ['disbursed'],
  rejected: [],
  disbursed: [],
};

export function recentYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 6 }, (_, i) => year - i);
}
