import type { BusinessListQuery, BusinessScale, BusinessSort, BusinessStatus, EkatalogStatus } from '@/lib/api/types';

// Every filter of the list lives in the URL, so a view can be bookmarked and shared.
// Record<Union, true> makes the compiler insist that these lists match the generated enums.
const SCALES: Record<BusinessScale, true> = { micro: true, small: true, medium: true };
const STATUSES: Record<BusinessStatus, true> = { active: true, inactive: true };
const EKATALOG: Record<EkatalogStatus, true> = {
  not_started: true,
  preparing: true,
  submitted: true,
  listed: true,
  rejected: true,
  delisted: true,
};
export const SORTABLE_COLUMNS = ['name', 'nib', 'scale'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_SORT: BusinessSort = 'name';
const KECAMATAN_CODE = /^12\.71\.\d{2}$/;

export type ListParams = {
  page: number;
  pageSize: number;
  sort: BusinessSort;
  q: string;
  kecamatan: string;
  scale: BusinessScale | '';
  status: BusinessStatus | '';
  ekatalogStatus: EkatalogStatus | '';
};

export const scaleValues = Object.keys(SCALES) as BusinessScale[];
export const statusValues = Object.keys(STATUSES) as BusinessStatus[];
export const ekatalogValues = Object.keys(EKATALOG) as EkatalogStatus[];

function oneOf<T extends string>(allowed: Record<T, true>, value: string | null): T | '' {
  return value !== null && Object.prototype.hasOwnProperty.call(allowed, value) ? (value as T) : '';
}

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

function isSort(value: string | null): value is BusinessSort {
  if (!value) return false;
  const column = value.startsWith('-') ? value.slice(1) : value;
  return (SORTABLE_COLUMNS as readonly string[]).includes(column) || column === 'createdAt';
}

export function parseListParams(search: URLSearchParams): ListParams {
  const kecamatan = search.get('kecamatan') ?? '';
  const sort = search.get('sort');
  return {
    page: positiveInt(search.get('page'), 1),
    pageSize: positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    q: (search.get('q') ?? '').trim(),
    kecamatan: KECAMATAN_CODE.test(kecamatan) ? kecamatan : '',
    scale: oneOf(SCALES, search.get('scale')),
    status: oneOf(STATUSES, search.get('status')),
    ekatalogStatus: oneOf(EKATALOG, search.get('ekatalogStatus')),
  };
}

/** The URL form: defaults and empty filters are left out so links stay short. */
export function toSearchParams(params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.kecamatan) search.set('kecamatan', params.kecamatan);
  if (params.scale) search.set('scale', params.scale);
  if (params.status) search.set('status', params.status);
  if (params.ekatalogStatus) search.set('ekatalogStatus', params.ekatalogStatus);
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.page !== 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** The API query: only the filters actually given (the API builds its WHERE clause from them). */
export function toApiQuery(params: ListParams): BusinessListQuery {
  const query: BusinessListQuery = { page: params.page, pageSize: params.pageSize, sort: params.sort };
  if (params.q) query.q = params.q;
  if (params.kecamatan) query.kecamatan = params.kecamatan;
  if (params.scale) query.scale = params.scale;
  if (params.status) query.status = params.status;
  if (params.ekatalogStatus) query.ekatalogStatus = params.ekatalogStatus;
  return query;
}

/** Clicking a header sorts by it ascending; clicking it again flips the direction. */
export function nextSort(current: BusinessSort, column: SortableColumn): BusinessSort {
  return (current === column ? `-${column}` : column);
}

export function sortDirection(current: BusinessSort, column: SortableColumn): 'ascending' | 'descending' | 'none' {
  if (current === column) return 'ascending';
  if (current === `-${column}`) return 'descending';
  return 'none';
}

export function hasFilters(params: ListParams): boolean {
  return Boolean(params.q || params.kecamatan || params.scale || params.status || params.ekatalogStatus);
}
