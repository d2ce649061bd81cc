import { aidStatusLabels, valuesOf } from '@/lib/status-labels';

export { aidStatusLabels as statusLabels, label } from '@/lib/status-labels';
export const statusValues = valuesOf(aidStatusLabels);

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
