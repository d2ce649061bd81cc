import type { EkatalogStatus, ReadinessListQuery } from '../api/types';
import { isRequirementCode, STATUS_VALUES, type RequirementCode } from './workflow';

// Every filter of the readiness list lives in the URL, so officers can share a call list.
export type ReadyFilter = 'false' | 'true' | 'all';
export type ReadinessParams = {
  page: number;
  sort: 'missingCount' | '-missingCount' | 'name' | '-name';
  q: string;
  ready: ReadyFilter;
  maxMissing: '' | '1' | '2' | '3';
  missing: RequirementCode | '';
  kecamatan: string;
  ekatalogStatus: EkatalogStatus | '';
};

export const PAGE_SIZE = 25;
const SORTS: ReadinessParams['sort'][] = ['missingCount', '-missingCount', 'name', '-name'];
const KECAMATAN_CODE = /^12\.71\.\d{2}$/;

export function parseReadinessParams(search: URLSearchParams): ReadinessParams {
  const page = Number(search.get('page'));
  const sort = search.get('sort') as ReadinessParams['sort'];
  const ready = search.get('ready');
  const maxMissing = search.get('maxMissing');
  const missing = search.get('missing') ?? '';
  const kecamatan = search.get('kecamatan') ?? '';
  const status = search.get('ekatalogStatus') ?? '';
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    // almost ready first: the fewest missing items on top
    sort: SORTS.includes(sort) ? sort : 'missingCount',
    q: (search.get('q') ?? '').trim(),
    // by default the list is the work still to do: businesses that are not ready
    ready: ready === 'true' || ready === 'all' ? ready : 'false',
    maxMissing: maxMissing === '1' || maxMissing === '2' || maxMissing === '3' ? maxMissing : '',
    missing: isRequirementCode(missing) ? missing : '',
    kecamatan: KECAMATAN_CODE.test(kecamatan) ? kecamatan : '',
    ekatalogStatus: (STATUS_VALUES as string[]).includes(status) ? (status as EkatalogStatus) : '',
  };
}

export function toSearchParams(p: ReadinessParams): URLSearchParams {
  const s = new URLSearchParams();
  if (p.q) s.set('q', p.q);
  if (p.ready !== 'false') s.set('ready', p.ready);
  if (p.maxMissing) s.set('maxMissing', p.maxMissing);
  if (p.missing) s.set('missing', p.missing);
  if (p.kecamatan) s.set('kecamatan', p.kecamatan);
  if (p.ekatalogStatus) s.set('ekatalogStatus', p.ekatalogStatus);
  if (p.sort !== 'missingCount') s.set('sort', p.sort);
  if (p.page !== 1) s.set('page', String(p.page));
  return s;
}

/** Only the filters given (the API builds its WHERE clause from them). */
export function toApiQuery(p: ReadinessParams): ReadinessListQuery {
  const q: ReadinessListQuery = { page: p.page, pageSize: PAGE_SIZE, sort: p.sort };
  if (p.q) q.q = p.q;
  if (p.ready !== 'all') q.ready = p.ready === 'true';
  if (p.maxMissing) q.maxMissing = Number(p.maxMissing);
  if (p.missing) q.missing = p.missing;
  if (p.kecamatan) q.kecamatan = p.kecamatan;
  if (p.ekatalogStatus) q.ekatalogStatus = p.ekatalogStatus;
  return q;
}
