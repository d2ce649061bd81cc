/** A percentage given as 0-100 (as the API sends it), e.g. `11,2%` in id-ID. */
export function formatPercent(value: number | null | undefined, locale = 'id-ID'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** `listed` as a share of `total` in percent (0 when there is no total). */
export function share(part: number, total: number): number {
  return total > 0 ? (part / total) * 100 : 0;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2026-Q4" -> { quarter: "IV", year: "2026" }; null for anything else. */
export function quarterParts(value: string): { quarter: string; year: string } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(value);
  return match ? { quarter: ROMAN[Number(match[2]) - 1]!, year: match[1]! } : null;
}
