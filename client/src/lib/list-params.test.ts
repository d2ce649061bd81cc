import { describe, expect, it } from 'vitest';
import { isKecamatanCode, oneOf, parseListState, toListQuery, toListSearch, type ListSpec } from './list-params';

const spec: ListSpec<'kind' | 'kecamatan'> = {
  filters: { kind: oneOf('cooperative', 'other'), kecamatan: isKecamatanCode },
  sortKeys: ['name', 'createdAt'],
  defaultSort: 'name',
};

describe('list params', () => {
  it('reads valid values from the URL and ignores the rest', () => {
    const state = parseListState(spec, new URLSearchParams('kind=cooperative&kecamatan=bad&sort=-createdAt&page=3&pageSize=500'));
    expect(state).toEqual({ page: 3, pageSize: 25, sort: '-createdAt', filters: { kind: 'cooperative', kecamatan: '' } });
    expect(parseListState(spec, new URLSearchParams('sort=evil')).sort).toBe('name');
  });

  it('writes only what differs from the defaults, and sends only the filters given', () => {
    const state = parseListState(spec, new URLSearchParams('kecamatan=12.71.01'));
    expect(toListSearch(spec, { ...state, page: 2 }).toString()).toBe('kecamatan=12.71.01&page=2');
    expect(toListQuery(state)).toEqual({ page: 1, pageSize: 25, sort: 'name', kecamatan: '12.71.01' });
  });
});
