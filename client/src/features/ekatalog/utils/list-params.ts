import { anyText, isKecamatanCode, oneOf, type ListSpec, type ListState } from '@/lib/list-params';
import type { ReadinessListQuery } from '../api/types';
import { isRequirementCode, STATUS_VALUES } from './workflow';

// Every filter of the readiness list lives in the URL, so officers can share a call list.
export type ReadinessFilter = 'q' | 'ready' | 'maxMissing' | 'missing' | 'kecamatan' | 'ekatalogStatus';
/** "false" (not ready: the work still to do) is the default and is left out of the URL. */
export type ReadyFilter = 'false' | 'true' | 'all';

export const PAGE_SIZE = 25;

export const readinessListSpec: ListSpec<ReadinessFilter> = {
  filters: {
    q: anyText,
    ready: oneOf('true', 'all'),
    maxMissing: oneOf('1', '2', '3'),
    missing: isRequirementCode,
    kecamatan: isKecamatanCode,
    ekatalogStatus: oneOf(...STATUS_VALUES),
  },
  // almost ready first: the fewest missing items on top
  sortKeys: ['missingCount', 'name'],
  defaultSort: 'missingCount',
};

export type ReadinessState = ListState<ReadinessFilter>;

export const readyOf = (state: ReadinessState) => (state.filters.ready || 'false') as ReadyFilter;

/** Only the filters given (the API builds its WHERE clause from them). */
export function toApiQuery(state: ReadinessState): ReadinessListQuery {
  const { q, maxMissing, missing, kecamatan, ekatalogStatus } = state.filters;
  const ready = readyOf(state);
  const query: ReadinessListQuery = { page: state.page, pageSize: PAGE_SIZE, sort: state.sort };
  if (q) query.q = q;
  if (ready !== 'all') query.ready = ready === 'true';
  if (maxMissing) query.maxMissing = Number(maxMissing);
  if (missing) query.missing = missing;
  if (kecamatan) query.kecamatan = kecamatan;
  if (ekatalogStatus) query.ekatalogStatus = ekatalogStatus as ReadinessListQuery['ekatalogStatus']; // from the URL; the server validates it
  return query;
}
