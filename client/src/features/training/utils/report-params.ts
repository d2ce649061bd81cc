import type { BusinessScale } from '@/lib/api/types';
import type { UntrainedQuery } from '../api/types';
import { scaleValues } from './labels';

export type ReportParams = {
  quarters: number;
  kecamatan: string;
  scale: BusinessScale | '';
  page: number;
  sort: UntrainedSort;
  from: string;
  to: string;
};

export const UNTRAINED_SORTS = ['name', '-name', 'lastTrainedAt', '-lastTrainedAt', 'kecamatan', '-kecamatan', 'fosteredSince', '-fosteredSince'] as const;
export type UntrainedSort = (typeof UNTRAINED_SORTS)[number];
export const QUARTER_CHOICES = [1, 2, 3, 4, 6, 8, 12, 20] as const;
export const DEFAULT_QUARTERS = 4;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KECAMATAN_CODE = /^12\.71\.\d{2}$/;

export function parseReportParams(search: URLSearchParams): ReportParams {
  const quarters = Number(search.get('quarters'));
  const page = Number(search.get('page'));
  const sort = search.get('sort') ?? '';
  const scale = search.get('scale') ?? '';
  const kecamatan = search.get('kecamatan') ?? '';
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    quarters: Number.isInteger(quarters) && quarters >= 1 && quarters <= 20 ? quarters : DEFAULT_QUARTERS,
    kecamatan: KECAMATAN_CODE.test(kecamatan) ? kecamatan : '',
    scale: (scaleValues as string[]).includes(scale) ? (scale as BusinessScale) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    sort: (UNTRAINED_SORTS as readonly string[]).includes(sort) ? (sort as UntrainedSort) : 'name',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

export function toReportSearchParams(p: ReportParams): URLSearchParams {
  const search = new URLSearchParams();
  if (p.quarters !== DEFAULT_QUARTERS) search.set('quarters', String(p.quarters));
  if (p.kecamatan) search.set('kecamatan', p.kecamatan);
  if (p.scale) search.set('scale', p.scale);
  if (p.sort !== 'name') search.set('sort', p.sort);
  if (p.page !== 1) search.set('page', String(p.page));
  if (p.from) search.set('from', p.from);
  if (p.to) search.set('to', p.to);
  return search;
}

export function toUntrainedQuery(p: ReportParams): UntrainedQuery {
  const query: UntrainedQuery = { quarters: p.quarters, page: p.page, pageSize: 25, sort: p.sort };
  if (p.kecamatan) query.kecamatan = p.kecamatan;
  if (p.scale) query.scale = p.scale;
  return query;
}
