export const JAKARTA_TIME_ZONE = 'Asia/Jakarta';

/** BCP 47 locale for a UI language code. */
export function localeFor(language: string | undefined): string {
  return language?.startsWith('en') ? 'en-GB' : 'id-ID';
}

const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * Whole rupiah in the Indonesian convention, whatever the UI language: `Rp 1.250.000`.
 * The space after "Rp" is a no-break space (U+00A0) so the amount never wraps.
 */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '—';
  return rupiahFormat.format(amount).replace(/\s/u, '\u00a0');
}

export function formatNumber(value: number | null | undefined, locale = 'id-ID'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale).format(value);
}

/** A calendar date `YYYY-MM-DD` (no time zone: it is shown as the same day everywhere). */
export function formatDate(value: string | null | undefined, locale = 'id-ID'): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An ISO 8601 instant shown in Western Indonesian Time, e.g. `5 Maret 2024 14.30 WIB`. */
export function formatDateTime(value: string | null | undefined, locale = 'id-ID'): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const formatted = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: JAKARTA_TIME_ZONE,
  }).format(date);
  return `${formatted} WIB`;
}
