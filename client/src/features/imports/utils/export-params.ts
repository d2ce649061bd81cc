import type { BusinessScale, BusinessSector, BusinessStatus, EkatalogStatus } from '@/lib/api/types';
import type { ExportQuery, FileFormat } from '../api/imports';

// The same filter names as the business list's URL, so /businesses?q=kopi&scale=micro
// becomes /exports/businesses?q=kopi&scale=micro. Record<Enum, true> keeps them in step with the API.
const SCALES: Record<BusinessScale, true> = { micro: true, small: true, medium: true };
const SECTORS: Record<BusinessSector, true> = {
  food_beverage: true,
  fashion: true,
  craft: true,
  agriculture: true,
  trade: true,
  services: true,
  manufacturing: true,
  other: true,
};
const STATUSES: Record<BusinessStatus, true> = { active: true, inactive: true };
const EKATALOG: Record<EkatalogStatus, true> = {
  not_started: true,
  preparing: true,
  submitted: true,
  listed: true,
  rejected: true,
  delisted: true,
};
export const scaleValues = Object.keys(SCALES) as BusinessScale[];
export const sectorValues = Object.keys(SECTORS) as BusinessSector[];
export const statusValues = Object.keys(STATUSES) as BusinessStatus[];
export const ekatalogValues = Object.keys(EKATALOG) as EkatalogStatus[];

export type ExportParams = {
  format: FileFormat;
  q: string;
  kecamatan: string;
  scale: BusinessScale | '';
  sector: BusinessSector | '';
  status: BusinessStatus | '';
  ekatalogStatus: EkatalogStatus | '';
  sort: string;
};

function oneOf<T extends string>(allowed: Record<T, true>, value: string | null): T | '' {
  return value !== null && Object.prototype.hasOwnProperty.call(allowed, value) ? (value as T) : '';
}

export function parseExportParams(search: URLSearchParams): ExportParams {
  const kecamatan = search.get('kecamatan') ?? '';
  const sort = search.get('sort') ?? '';
  return {
    format: search.get('format') === 'xlsx' ? 'xlsx' : 'csv',
    q: (search.get('q') ?? '').trim(),
    kecamatan: /^12\.71\.\d{2}$/.test(kecamatan) ? kecamatan : '',
    scale: oneOf(SCALES, search.get('scale')),
    sector: oneOf(SECTORS, search.get('sector')),
    status: oneOf(STATUSES, search.get('status')),
    ekatalogStatus: oneOf(EKATALOG, search.get('ekatalogStatus')),
    sort: /^-?[A-Za-z]+$/.test(sort) ? sort : '',
  };
}

const FILTERS = ['q', 'kecamatan', 'scale', 'sector', 'status', 'ekatalogStatus', 'sort'] as const;

export function toExportSearchParams(params: ExportParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTERS) if (params[key]) search.set(key, params[key]);
  if (params.format !== 'csv') search.set('format', params.format);
  return search;
}

/** Only the filters given (the API builds its WHERE clause from them). */
export function toExportQuery(params: ExportParams): ExportQuery {
  const query: ExportQuery = { format: params.format };
  for (const key of FILTERS) if (params[key]) query[key] = params[key];
  return query;
}
