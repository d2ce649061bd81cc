import { describe, expect, it } from 'vitest';
import { formatPercent, quarterParts, share } from './format';
import { links, parseKecamatan, withKecamatan } from './dashboard-params';

describe('dashboard formatting', () => {
  it('formats percentages the Indonesian way', () => {
    expect(formatPercent(11.2).replace(/\s/g, '')).toBe('11,2%');
    expect(formatPercent(30)).toMatch(/^30\s?%$/);
    expect(formatPercent(null)).toBe('—');
  });

  it('computes a share without dividing by zero', () => {
    expect(share(200, 1825)).toBeCloseTo(10.96, 2);
    expect(share(3, 0)).toBe(0);
  });

  it('names the quarter in Roman numerals', () => {
    expect(quarterParts('2026-Q4')).toEqual({ quarter: 'IV', year: '2026' });
    expect(quarterParts('2026-4')).toBeNull();
  });
});

describe('dashboard params', () => {
  it('accepts only Medan kecamatan codes from the URL', () => {
    expect(parseKecamatan(new URLSearchParams('kecamatan=12.71.05'))).toBe('12.71.05');
    expect(parseKecamatan(new URLSearchParams('kecamatan=99'))).toBe('');
    expect(withKecamatan(new URLSearchParams('kecamatan=12.71.05&x=1'), '').toString()).toBe('x=1');
  });

  it('links to the readiness list with the kecamatan carried over', () => {
    expect(links.almostReady('')).toBe('/ekatalog?maxMissing=1');
    expect(links.missing('kswp', '12.71.01')).toBe('/ekatalog?missing=kswp&kecamatan=12.71.01');
  });
});
