import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatRupiah, localeFor } from './format';

describe('formatRupiah', () => {
  it('formats whole rupiah with dots and a no-break space', () => {
    expect(formatRupiah(1250000)).toBe('Rp\u00a01.250.000');
  });
  it('formats zero and billions', () => {
    expect(formatRupiah(0)).toBe('Rp\u00a00');
    expect(formatRupiah(5_000_000_000)).toBe('Rp\u00a05.000.000.000');
  });
  it('shows a dash for missing values', () => {
    expect(formatRupiah(null)).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats a calendar date in Indonesian without shifting the day', () => {
    expect(formatDate('2021-03-05')).toBe('5 Maret 2021');
  });
  it('formats in English when asked', () => {
    expect(formatDate('2021-03-05', 'en-GB')).toBe('5 March 2021');
  });
});

describe('formatDateTime', () => {
  it('converts an instant to WIB (UTC+7)', () => {
    expect(formatDateTime('2024-03-05T20:30:00Z')).toMatch(/^6 Maret 2024.*03[.:]30 WIB$/);
  });
  it('respects offsets in the input', () => {
    expect(formatDateTime('2024-03-05T10:00:00+07:00')).toMatch(/10[.:]00 WIB$/);
  });
});

describe('formatNumber and localeFor', () => {
  it('groups with dots in Indonesian', () => {
    expect(formatNumber(1825)).toBe('1.825');
  });
  it('maps UI languages to locales', () => {
    expect(localeFor('id')).toBe('id-ID');
    expect(localeFor('en')).toBe('en-GB');
  });
});
