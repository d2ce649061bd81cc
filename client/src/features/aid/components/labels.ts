import type { TFunction } from 'i18next';
import type { AidStatus } from '../api/types';

type Labels<T extends string> = Record<T, (t: TFunction) => string>;

export const statusLabels: Labels<AidStatus> = {
  planned: (t) => t('aid.status.planned'),
  delivered: (t) => t('aid.status.delivered'),
  cancelled: (t) => t('aid.status.cancelled'),
};
export const statusValues = Object.keys(statusLabels) as AidStatus[];

export function label<T extends string>(labels: Labels<T>, value: T, t: TFunction): string {
  return labels[value]?.(t) ?? value;
}

/** Programmes the office uses; the field is free text, these are suggestions. */
export const PROGRAMMES = [
  'APBD Kota Medan',
  'APBD Provinsi Sumatera Utara',
  'DAK',
  'CSR Bank Sumut',
  'CSR PTPN IV',
  'CSR Pelindo',
];

/** This year and the five before it (budget years offered in filters). */
export function recentYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 6 }, (_, i) => year - i);
}
