import { describe, expect, it } from 'vitest';
import { nextSort, parseListParams, sortDirection, toApiQuery, toSearchParams } from './list-params';

describe('list params', () => {
  it('reads filters from the URL and ignores invalid values', () => {
    const params = parseListParams(
      new URLSearchParams('q=%20kopi%20&kecamatan=12.71.05&scale=micro&status=bogus&ekatalogStatus=listed&page=3&pageSize=500&sort=-nib'),
    );
    expect(params).toEqual({
      q: 'kopi',
      kecamatan: '12.71.05',
      scale: 'micro',
      status: '',
      ekatalogStatus: 'listed',
      page: 3,
      pageSize: 25,
      sort: '-nib',
    });
  });

  it('uses defaults for an empty URL and writes them back as nothing', () => {
    const params = parseListParams(new URLSearchParams());
    expect(params.page).toBe(1);
    expect(params.sort).toBe('name');
    expect(toSearchParams(params).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const search = 'q=batik&kecamatan=12.71.17&scale=small&status=active&ekatalogStatus=preparing&sort=-name&page=2';
    expect(toSearchParams(parseListParams(new URLSearchParams(search))).toString()).toBe(search);
  });

  it('sends only the given filters to the API', () => {
    expect(toApiQuery(parseListParams(new URLSearchParams('scale=medium')))).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'name',
      scale: 'medium',
    });
  });

  it('toggles the sort direction of a column', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('name', 'nib')).toBe('nib');
    expect(sortDirection('-scale', 'scale')).toBe('descending');
    expect(sortDirection('name', 'scale')).toBe('none');
  });
});
