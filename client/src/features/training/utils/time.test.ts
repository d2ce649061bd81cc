import { describe, expect, it } from 'vitest';
import { parseSessionListParams, toSessionApiQuery, toSessionSearchParams } from './session-list-params';
import { checkSessionValues, emptySessionValues, toSessionInput } from './session-form';
import { daysCovered, fromWibInput, jakartaDate, monthWeeks, parseQuarter, quarterOf, quarterRange, shiftQuarter, toWibInput } from './time';

describe('Jakarta time and quarters', () => {
  it('takes the quarter of the Jakarta date, not the UTC one', () => {
    // 30 Sept 17:30 UTC is 1 Oct 00:30 WIB
    expect(quarterOf(new Date('2026-09-30T17:30:00Z'))).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf(new Date('2026-09-30T16:59:00Z'))).toEqual({ year: 2026, quarter: 3 });
    expect(jakartaDate('2026-09-30T17:30:00Z')).toBe('2026-10-01');
  });

  it('moves across years and parses only real quarters', () => {
    expect(shiftQuarter({ year: 2026, quarter: 4 }, 1)).toEqual({ year: 2027, quarter: 1 });
    expect(shiftQuarter({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 });
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, quarter: 4 });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(quarterRange({ year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('reads and writes WIB wall-clock values whatever the browser time zone', () => {
    expect(toWibInput('2027-01-14T02:00:00Z')).toBe('2027-01-14T09:00');
    expect(toWibInput('2027-01-14T09:00:00+07:00')).toBe('2027-01-14T09:00');
    expect(fromWibInput('2027-01-14T09:00')).toBe('2027-01-14T09:00:00+07:00');
    expect(fromWibInput('14/01/2027')).toBeNull();
  });

  it('lays out a month Monday first and spreads a multi-day session over its days', () => {
    const weeks = monthWeeks(2026, 10); // 1 Oct 2026 is a Thursday
    expect(weeks[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(daysCovered('2026-10-14T09:00:00+07:00', '2026-10-16T15:00:00+07:00')).toEqual(['2026-10-14', '2026-10-15', '2026-10-16']);
  });
});

describe('session list URL', () => {
  const now = new Date('2026-11-02T03:00:00Z');
  it('defaults to the current quarter and ignores unknown values', () => {
    const p = parseSessionListParams(new URLSearchParams('topic=cooking&status=open&kecamatan=99&page=0'), now);
    expect(p).toMatchObject({ quarter: { year: 2026, quarter: 4 }, view: 'list', topic: '', status: 'open', kecamatan: '', page: 1 });
  });

  it('round-trips filters and asks the API only for the filters given', () => {
    const search = new URLSearchParams('quarter=2027-Q1&topic=packaging&kecamatan=12.71.17&page=2&sort=-title');
    const p = parseSessionListParams(search, now);
    expect(toSessionSearchParams(p).toString()).toBe('quarter=2027-Q1&topic=packaging&kecamatan=12.71.17&sort=-title&page=2');
    expect(toSessionApiQuery(p)).toEqual({ quarter: '2027-Q1', page: 2, pageSize: 25, sort: '-title', topic: 'packaging', kecamatan: '12.71.17' });
    // the calendar takes the whole quarter at once
    expect(toSessionApiQuery({ ...p, view: 'calendar' })).toMatchObject({ page: 1, pageSize: 100, sort: 'startsAt' });
  });
});

describe('session form values', () => {
  it('checks the obvious and sends WIB times with their offset', () => {
    const values = { ...emptySessionValues(), title: 'Kemasan', topic: 'packaging' as const, trainer: 'Budi', venue: 'Aula', kecamatanCode: '12.71.01' };
    expect(checkSessionValues({ ...values, startsAt: '2027-01-14T09:00', endsAt: '2027-01-14T08:00' })).toEqual({ endsAt: 'endBeforeStart' });
    expect(checkSessionValues({ ...values, capacity: 'tiga' })).toMatchObject({ capacity: 'capacity', startsAt: 'required' });
    expect(toSessionInput({ ...values, description: '  ', startsAt: '2027-01-14T09:00', endsAt: '2027-01-14T15:00', capacity: ' 25 ' })).toEqual({
      title: 'Kemasan',
      topic: 'packaging',
      description: null,
      trainer: 'Budi',
      venue: 'Aula',
      kecamatanCode: '12.71.01',
      startsAt: '2027-01-14T09:00:00+07:00',
      endsAt: '2027-01-14T15:00:00+07:00',
      capacity: 25,
    });
  });
});
