import type { BusinessScale } from '@/lib/api/types';
import { isKecamatanCode, oneOf, parseListState, toListSearch, type ListSpec, type ListState } from '@/lib/list-params';
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
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

type ReportFilter = 'quarters' | 'kecamatan' | 'scale' | 'from' | 'to';

const isQuarterCount = (value: string) => /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 20;

/** The report page's URL: the untrained list's filters, sort and page, and the period of the other sections. */
export const reportListSpec: ListSpec<ReportFilter> = {
  filters: { quarters: isQuarterCount, kecamatan: isKecamatanCode, scale: oneOf(...scaleValues), from: isDate, to: isDate },
  sortKeys: ['name', 'lastTrainedAt', 'kecamatan', 'fosteredSince'],
  defaultSort: 'name',
};

export function reportParams({ filters: f, page, sort }: ListState<ReportFilter>): ReportParams {
  return {
    quarters: f.quarters ? Number(f.quarters) : DEFAULT_QUARTERS,
    kecamatan: f.kecamatan,
    scale: f.scale as BusinessScale | '',
    page,
    sort: sort as UntrainedSort,
    from: f.from,
    to: f.to,
  };
}

export const parseReportParams = (search: URLSearchParams) => reportParams(parseListState(reportListSpec, search));

export function toReportSearchParams(p: ReportParams): URLSearchParams {
  const quarters = p.quarters !== DEFAULT_QUARTERS ? String(p.quarters) : '';
  return toListSearch(reportListSpec, {
    page: p.page,
    pageSize: 25,
    sort: p.sort,
    filters: { quarters, kecamatan: p.kecamatan, scale: p.scale, from: p.from, to: p.to },
  });
}

export function toUntrainedQuery(p: ReportParams): UntrainedQuery {
  const query: UntrainedQuery = { quarters: p.quarters, page: p.page, pageSize: 25, sort: p.sort };
  if (p.kecamatan) query.kecamatan = p.kecamatan;
  if (p.scale) query.scale = p.scale;
  return query;
}
