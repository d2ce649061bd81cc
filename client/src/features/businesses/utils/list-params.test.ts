import { describe, expect, it } from 'vitest';
import { parseListState, toListSearch } from '@/lib/list-params';
import { businessListSpec, toApiQuery } from './list-params';

const parse = (search: string) => parseListState(businessListSpec, new URLSearchParams(search));

describe('business list params', () => {
  it('reads filters from the URL and ignores invalid values', () => {
    const state = parse('q=%20kopi%20&kecamatan=12.71.05&scale=micro&status=bogus&ekatalogStatus=listed&page=3&pageSize=500&sort=-nib');
    expect(state).toEqual({
      filters: { q: 'kopi', kecamatan: '12.71.05', scale: 'micro', status: '', ekatalogStatus: 'listed' },
      page: 3,
      pageSize: 25,
      sort: '-nib',
    });
  });

  it('uses defaults for an empty URL and writes them back as nothing', () => {
    const state = parse('');
    expect(state.page).toBe(1);
    expect(state.sort).toBe('name');
    expect(toListSearch(businessListSpec, state).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const search = 'q=batik&kecamatan=12.71.17&scale=small&status=active&ekatalogStatus=preparing&sort=-name&page=2';
    expect(toListSearch(businessListSpec, parse(search)).toString()).toBe(search);
  });

  it('sends only the given filters to the API', () => {
    expect(toApiQuery(parse('scale=medium'))).toEqual({ page: 1, pageSize: 25, sort: 'name', scale: 'medium' });
  });

  it('accepts createdAt as a sort but no unknown column', () => {
    expect(parse('sort=-createdAt').sort).toBe('-createdAt');
    expect(parse('sort=owner').sort).toBe('name');
  });
});
