/** US dollars with cents in the UI language (USD 95,400.50 / US$95.400,50). */
export function formatUsd(value: number | null | undefined, locale = 'id-ID'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A volume with up to 3 decimals in the UI language. */
export function formatVolume(value: number | null | undefined, locale = 'id-ID'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/** HS code digits shown the BTKI way: 09011190 -> 0901.11.90. */
export function formatHsCode(digits: string | null | undefined): string {
  if (!digits) return '—';
  const d = digits.replace(/\D/g, '');
  if (d.length <= 4) return d;
  return [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)].filter(Boolean).join('.');
}
